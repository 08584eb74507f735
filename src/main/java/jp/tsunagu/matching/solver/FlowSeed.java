package jp.tsunagu.matching.solver;

import java.time.Duration;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import jp.tsunagu.matching.optimum.FlowAssignment;
import jp.tsunagu.matching.optimum.FlowNetwork;
import jp.tsunagu.matching.optimum.FlowParts;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.config.phase.custom.CustomPhaseConfig;
import org.optaplanner.core.impl.phase.custom.CustomPhaseCommand;

/**
 * A seed phase before the construction heuristic: every movable person starts in the slot of the
 * exact min-cost-flow optimum over their pruned, feasible range (the greatest placement weight,
 * then the best of the soft terms of one person and one slot, {@link PairCosts}, under slot and
 * supervisor capacities; running placements take their capacity first). The search then only has the soft goals and the pruned-away slots left to improve.
 *
 * <p>The network is solved in its independent parts (see {@link FlowParts}), on every core, within
 * a time budget: a share of the round's time limit ({@value #BUDGET_SHARE_PERCENT}%). Parts not
 * started within it keep their people for the construction heuristic and the local search, so a
 * very large round is seeded as far as time allows instead of not at all. On by default; the
 * system property {@value #PROPERTY}{@code =false} (or {@link WeeklyMatcher#withFlowSeed(boolean)})
 * switches it off, e.g. for a benchmark comparison.
 */
public class FlowSeed implements CustomPhaseCommand<MatchingSolution> {

    static final String PROPERTY = "tsunagu.matching.flowSeed";
    /**
     * The seed's share of the round's time limit. Measured on two cores: 0.02 s for the sample week,
     * about 1 s for the 10x week (one part of 95,000 pairs); the 100x week's 3.3 million pairs took
     * 48 s with JGraphT (docs/benchmark.md), within half of a five-minute round.
     */
    static final int BUDGET_SHARE_PERCENT = 50;
    private static final String VARIABLE = "slot";
    private static final System.Logger LOG = System.getLogger(FlowSeed.class.getName());

    /** The default of the switch: on unless the system property says {@code false}. */
    static boolean enabledByDefault() {
        return !"false".equalsIgnoreCase(System.getProperty(PROPERTY, "true"));
    }

    private long budgetMillis = Long.MAX_VALUE;

    /** The seed's phase, with its share of a round of {@code solveSeconds}. */
    static CustomPhaseConfig phaseConfig(double solveSeconds) {
        long budget = Math.max(1, Math.round(solveSeconds * 10 * BUDGET_SHARE_PERCENT));
        return new CustomPhaseConfig().withCustomPhaseCommandClassList(List.of(FlowSeed.class))
                .withCustomProperties(Map.of("budgetMillis", Long.toString(budget)));
    }

    /** Set by OptaPlanner from the phase's custom properties. */
    public void setBudgetMillis(long budgetMillis) {
        this.budgetMillis = budgetMillis;
    }

    @Override
    public void changeWorkingSolution(ScoreDirector<MatchingSolution> scoreDirector) {
        MatchingSolution solution = scoreDirector.getWorkingSolution();
        List<Placement> placements = solution.getPlacements();
        List<Slot> slots = solution.getSlots();
        long started = System.nanoTime();
        FlowNetwork network = network(placements, slots, PairCosts.of(solution.getSettings()));
        FlowParts.Outcome outcome = FlowParts.solve(network, Duration.ofMillis(budgetMillis),
                Runtime.getRuntime().availableProcessors());
        LOG.log(System.Logger.Level.INFO, "flow seed: {0} feasible pairs in {1} parts (largest {2}), {3} solved in {4} ms",
                network.pairs(), outcome.parts(), outcome.largestPairs(), outcome.solvedParts(),
                (System.nanoTime() - started) / 1_000_000);
        int[] slotOf = outcome.assignment().slotOfCandidate();
        for (int c = 0; c < placements.size(); c++) {
            Placement placement = placements.get(c);
            if (placement.isPinned() || !outcome.solvedCandidate()[c]) {
                continue;
            }
            Slot seeded = slotOf[c] == FlowAssignment.UNPLACED ? null : slots.get(slotOf[c]);
            if (placement.getSlot() != seeded) {
                scoreDirector.beforeVariableChanged(placement, VARIABLE);
                placement.setSlot(seeded);
                scoreDirector.afterVariableChanged(placement, VARIABLE);
            }
        }
        scoreDirector.triggerVariableListeners();
    }

    private static int reward(SlotOption option, PairCosts costs) {
        return (option.interestMatched() ? Math.max(0, costs.interest()) : 0)
                + (costs.localHosts() ? Math.max(0, option.localWeight()) : 0);
    }

    /** The round as a flow network: the feasible pairs of each person's pruned range, costing their minutes. */
    static FlowNetwork network(List<Placement> placements, List<Slot> slots) {
        return network(placements, slots, new PairCosts(1, 0, false, 0));
    }

    /**
     * The soft score's terms that depend on one person and one slot alone, as a flow cost: travel
     * per minute, the interest and local-host rewards, and the stability cost of a slot other than
     * last round's proposal. Host load spread, cold hosts and fairness depend on several people at
     * once and stay with the local search.
     *
     * @param travelMinute per minute of one-way travel
     * @param interest     reward of a slot whose kind of work the person likes
     * @param localHosts   whether the local-host reward counts (its weight is in each {@link SlotOption})
     * @param stability    cost of a slot other than last round's proposal, or of none
     */
    record PairCosts(int travelMinute, int interest, boolean localHosts, int stability) {

        static PairCosts of(jp.tsunagu.matching.problem.MatchingSettings settings) {
            return new PairCosts(settings.weightTravelMinute(), settings.weightInterest(), true,
                    settings.weightStability());
        }
    }

    /**
     * The round as a flow network whose pair costs are the soft score's per-pair terms (see
     * {@link PairCosts}). A flow cost cannot be negative, so a reward is written as the reward
     * forgone: every pair costs the network's greatest reward less its own, a constant per placed
     * person that changes no comparison between assignments placing the same people. Placement
     * weight still comes strictly first (the unplaced edge's M exceeds every cost total), so the
     * seed places exactly as many as the travel-only optimum.
     *
     * <p>The stability cost is charged on every pair but the person's own slot of last week, for
     * people without a proposal last week too. The rule also costs a person who had one and is
     * left out, which the unplaced edge cannot carry; charged this way the seed's cost equals the
     * rule's up to the same constant per placed person. Between two people of equal weight
     * competing for last week's slot of one of them, the seed then keeps its holder, as the score
     * does; charged only to people who had a proposal, it let a newcomer a few minutes nearer take
     * the slot and left the holder out.
     *
     * <p>Among equal placements the seed then keeps last week's proposals and the slots the search
     * chose last week for a liked kind of work or a local host. With travel and stability alone it
     * moved everyone whose proposal lay more than {@code stability} minutes beyond their nearest
     * slot back to the nearer one, undoing last week's interest and local-host choices, and the
     * search did not move them all back: at 10x, 66 of 2,895 people got another slot that way.
     */
    static FlowNetwork network(List<Placement> placements, List<Slot> slots, PairCosts costs) {
        int n = placements.size();
        long[] weight = new long[n];
        int[][] feasibleSlots = new int[n][];
        int[][] minutes = new int[n][];
        int[] pinned = new int[n];
        int greatestReward = 0;
        for (Placement p : placements) {
            for (Slot slot : p.getSlotOptions()) {
                greatestReward = Math.max(greatestReward, reward(p.optionFor(slot), costs));
            }
        }
        for (int c = 0; c < n; c++) {
            Placement p = placements.get(c);
            weight[c] = p.getWeight();
            pinned[c] = p.isPinned() && p.getSlot() != null ? p.getSlot().index() : -1;
            List<Slot> range = p.getSlotOptions();
            int feasible = 0;
            int[] s = new int[range.size()];
            int[] m = new int[range.size()];
            Slot previous = p.getPreviousSlot();
            for (Slot slot : range) {
                SlotOption option = p.optionFor(slot);
                if (option.feasible()) {
                    s[feasible] = slot.index();
                    m[feasible++] = costs.travelMinute() * option.journey().minutes()
                            + greatestReward - reward(option, costs)
                            + (slot != previous ? costs.stability() : 0);
                }
            }
            feasibleSlots[c] = java.util.Arrays.copyOf(s, feasible);
            minutes[c] = java.util.Arrays.copyOf(m, feasible);
        }
        Map<Supervisor, Integer> supervisorIndex = new IdentityHashMap<>();
        int[] slotCapacity = new int[slots.size()];
        int[] slotSupervisor = new int[slots.size()];
        for (Slot slot : slots) {
            slotCapacity[slot.index()] = slot.capacity();
            Supervisor supervisor = slot.supervisor();
            // A supervisor without a registered limit does not bind: leave it out of the network.
            slotSupervisor[slot.index()] = supervisor.capacity() == Integer.MAX_VALUE ? -1
                    : supervisorIndex.computeIfAbsent(supervisor, k -> supervisorIndex.size());
        }
        int[] supervisorCapacity = new int[supervisorIndex.size()];
        supervisorIndex.forEach((supervisor, index) -> supervisorCapacity[index] = supervisor.capacity());
        return new FlowNetwork(weight, feasibleSlots, withinSolverRange(weight, minutes), slotCapacity,
                slotSupervisor, supervisorCapacity, pinned);
    }

    /** The largest edge cost the flow library accepts (its "infinite" cost), with room to spare. */
    static final double MAX_EDGE_COST = 0.9 * org.jgrapht.alg.flow.mincost.CapacityScalingMinimumCostFlow.COST_INF;

    /**
     * The pair costs, scaled down where the network's "unplaced" edges would otherwise cost more
     * than the flow library accepts. An unplaced person costs weight × M, M being one more than all
     * free people's dearest pairs together: at national scale, with the rewards and the stability
     * term in the pair costs, that passed 10⁹ (30,000 people × about 235 × a weight of 200). Costs
     * divided by a common factor (rounded up, so a dearer pair never becomes cheaper) keep placement
     * weight strictly first and the soft terms' order up to the rounding: a seed, not the optimum.
     */
    static int[][] withinSolverRange(long[] weight, int[][] costs) {
        long greatestWeight = java.util.Arrays.stream(weight).max().orElse(0);
        double m = 1;
        for (int[] pairs : costs) {
            m += java.util.Arrays.stream(pairs).max().orElse(0);
        }
        double factor = Math.ceil(greatestWeight * m / MAX_EDGE_COST);
        if (factor <= 1) {
            return costs;
        }
        int divisor = (int) Math.min(Integer.MAX_VALUE, (long) factor);
        int[][] scaled = new int[costs.length][];
        for (int c = 0; c < costs.length; c++) {
            scaled[c] = new int[costs[c].length];
            for (int i = 0; i < costs[c].length; i++) {
                scaled[c][i] = (costs[c][i] + divisor - 1) / divisor;
            }
        }
        return scaled;
    }
}
