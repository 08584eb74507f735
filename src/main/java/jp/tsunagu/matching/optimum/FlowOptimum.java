package jp.tsunagu.matching.optimum;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jgrapht.Graph;
import org.jgrapht.alg.flow.mincost.CapacityScalingMinimumCostFlow;
import org.jgrapht.alg.flow.mincost.MinimumCostFlowProblem;
import org.jgrapht.alg.interfaces.MinimumCostFlowAlgorithm;
import org.jgrapht.graph.DefaultDirectedWeightedGraph;
import org.jgrapht.graph.DefaultWeightedEdge;

/**
 * The exact optimum of the core objective of a round: the greatest total placement weight, and
 * among those the least total travel, under the feasible pairs, the slot capacities and the
 * supervisor capacities. Running placements stay where they are.
 *
 * <p>Minimum-cost flow: each free person supplies one unit; person → slot (1, travel minutes) →
 * supervisor (capacity) → sink, or slot → sink for a slot without a supervisor limit. Each person
 * also has an "unplaced" edge straight to the sink costing weight × M, so that a flow of every
 * person always exists; with M larger than any possible travel total, one unit of weight outweighs
 * all travel, which makes the order of the two goals strict.
 *
 * <p>Computed by JGraphT's capacity scaling ({@link #solve}). Its costs are doubles, exact here
 * because every cost stays far below 2^53. The benchmark checks it against Google OR-Tools.
 */
public final class FlowOptimum {

    private FlowOptimum() {
    }

    /**
     * The exact optimum by JGraphT's {@code CapacityScalingMinimumCostFlow}. Its time grows with
     * people × pairs: a fraction of a second for the sample week, seconds to tens of seconds at ten
     * times its size (see {@code docs/benchmark.md}).
     */
    public static FlowAssignment solve(FlowNetwork network) {
        int n = network.candidates();
        int slotCount = network.slots();
        int supervisorCount = network.supervisorCapacity().length;
        Residual residual = Residual.of(network);
        int[] slotOfCandidate = residual.slotOfCandidate();
        int[] slotLeft = residual.slotLeft();
        int[] supervisorLeft = residual.supervisorLeft();
        boolean[] free = residual.free();
        int freeCount = residual.freeCount();

        if (freeCount > 0) {
            Network graph = new Network(n, slotCount, supervisorCount, free);
            double m = residual.bigM();
            int[][] pairEdge = new int[n][];
            for (int c = 0; c < n; c++) {
                if (!free[c]) {
                    continue;
                }
                graph.arc(graph.candidate(c), graph.sink(), 1, network.candidateWeight()[c] * m);
                int[] slots = network.feasibleSlotsOfCandidate()[c];
                pairEdge[c] = new int[slots.length];
                for (int i = 0; i < slots.length; i++) {
                    pairEdge[c][i] = slotLeft[slots[i]] > 0
                            ? graph.arc(graph.candidate(c), graph.slot(slots[i]), 1,
                                    network.travelMinutesOfCandidate()[c][i])
                            : -1;
                }
            }
            for (int s = 0; s < slotCount; s++) {
                if (slotLeft[s] > 0) {
                    int supervisor = network.slotSupervisor()[s];
                    graph.arc(graph.slot(s), supervisor >= 0 ? graph.supervisor(supervisor) : graph.sink(),
                            slotLeft[s], 0);
                }
            }
            for (int k = 0; k < supervisorCount; k++) {
                if (supervisorLeft[k] > 0) {
                    graph.arc(graph.supervisor(k), graph.sink(), supervisorLeft[k], 0);
                }
            }

            double[] flow = graph.minimumCostFlow(freeCount);
            for (int c = 0; c < n; c++) {
                if (!free[c]) {
                    continue;
                }
                int[] slots = network.feasibleSlotsOfCandidate()[c];
                for (int i = 0; i < slots.length; i++) {
                    if (pairEdge[c][i] >= 0 && flow[pairEdge[c][i]] > 0.5) {
                        slotOfCandidate[c] = slots[i];
                    }
                }
            }
        }
        return evaluate(network, slotOfCandidate);
    }

    /**
     * What is left of a round once its running placements have taken their capacity, and the M that
     * ranks one unit of placement weight above all travel: the network any min-cost-flow solver of
     * this optimum is given (so that another library can be checked against this one on the same
     * problem).
     *
     * @param slotOfCandidate running placements in their slots, everyone else {@link FlowAssignment#UNPLACED}
     * @param free            who is still to be placed (supplies one unit of flow)
     * @param freeCount       how many are free
     * @param slotLeft        each slot's capacity left
     * @param supervisorLeft  each supervisor's capacity left
     * @param bigM            cost factor of the "unplaced" edge: weight × M exceeds any travel total
     */
    public record Residual(int[] slotOfCandidate, boolean[] free, int freeCount, int[] slotLeft,
                           int[] supervisorLeft, long bigM) {

        public static Residual of(FlowNetwork network) {
            int n = network.candidates();
            int[] slotOfCandidate = new int[n];
            Arrays.fill(slotOfCandidate, FlowAssignment.UNPLACED);
            int[] slotLeft = network.slotCapacity().clone();
            int[] supervisorLeft = network.supervisorCapacity().clone();
            boolean[] free = new boolean[n];
            int freeCount = 0;
            long maxTravelTotal = 0;
            for (int c = 0; c < n; c++) {
                int pinned = network.pinnedSlotOfCandidate()[c];
                if (pinned >= 0) {
                    slotOfCandidate[c] = pinned;
                    slotLeft[pinned] = Math.max(0, slotLeft[pinned] - 1);
                    int supervisor = network.slotSupervisor()[pinned];
                    if (supervisor >= 0) {
                        supervisorLeft[supervisor] = Math.max(0, supervisorLeft[supervisor] - 1);
                    }
                } else {
                    free[c] = true;
                    freeCount++;
                    maxTravelTotal += Arrays.stream(network.travelMinutesOfCandidate()[c]).max().orElse(0);
                }
            }
            return new Residual(slotOfCandidate, free, freeCount, slotLeft, supervisorLeft, maxTravelTotal + 1);
        }
    }

    /** The core figures of any assignment (the optimum's, or a solver's for comparison). */
    public static FlowAssignment evaluate(FlowNetwork network, int[] slotOfCandidate) {
        long weight = 0;
        long travel = 0;
        for (int c = 0; c < slotOfCandidate.length; c++) {
            int slot = slotOfCandidate[c];
            if (slot == FlowAssignment.UNPLACED) {
                continue;
            }
            weight += network.candidateWeight()[c];
            int minutes = network.travelMinutes(c, slot);
            travel += Math.max(minutes, 0);
        }
        return new FlowAssignment(slotOfCandidate, weight, travel);
    }

    /**
     * The flow graph: vertices are consecutive integers, each edge carries its capacity and index.
     * Every free person supplies one unit and the sink takes them all; there is no common source, so
     * that each of the algorithm's shortest-path searches starts at one person and stops at the
     * nearest slot with room instead of first spreading over everybody. The algorithm reads arc
     * costs from the graph's edge weights (not from the problem's cost function, which JGraphT
     * 1.5.2 ignores), so the graph is weighted.
     */
    private static final class Network {
        private final int n;
        private final int slotCount;
        private final int supervisorCount;
        private final boolean[] free;
        private final Graph<Integer, Arc> graph = new DefaultDirectedWeightedGraph<>(null, null);
        private final List<Arc> arcs = new ArrayList<>();

        Network(int n, int slotCount, int supervisorCount, boolean[] free) {
            this.n = n;
            this.slotCount = slotCount;
            this.supervisorCount = supervisorCount;
            this.free = free;
            for (int v = 0; v < sink() + 1; v++) {
                graph.addVertex(v);
            }
        }

        int candidate(int c) {
            return c;
        }

        int slot(int s) {
            return n + s;
        }

        int supervisor(int k) {
            return n + slotCount + k;
        }

        int sink() {
            return n + slotCount + supervisorCount;
        }

        int arc(int from, int to, int capacity, double cost) {
            Arc arc = new Arc(arcs.size(), capacity);
            graph.addEdge(from, to, arc);
            graph.setEdgeWeight(arc, cost);
            arcs.add(arc);
            return arc.index;
        }

        /** Flow per arc index. */
        double[] minimumCostFlow(int people) {
            MinimumCostFlowProblem<Integer, Arc> problem = new MinimumCostFlowProblem.MinimumCostFlowProblemImpl<>(
                    graph,
                    v -> v == sink() ? -people : v < n && free[v] ? 1 : 0,
                    arc -> arc.capacity);
            MinimumCostFlowAlgorithm.MinimumCostFlow<Arc> flow =
                    new CapacityScalingMinimumCostFlow<Integer, Arc>().getMinimumCostFlow(problem);
            double[] byIndex = new double[arcs.size()];
            flow.getFlowMap().forEach((arc, amount) -> byIndex[arc.index] = amount);
            return byIndex;
        }
    }

    /** An edge of the flow graph; identity equality, as JGraphT expects of edge objects. */
    private static final class Arc extends DefaultWeightedEdge {
        private static final long serialVersionUID = 1L;
        final int index;
        final int capacity;

        Arc(int index, int capacity) {
            this.index = index;
            this.capacity = capacity;
        }
    }
}
