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
 * <p>Minimum-cost flow over source → person (1) → slot (capacity) → supervisor (capacity) → sink.
 * Each person also has an "unplaced" edge straight to the sink costing weight × M, so that a flow
 * of every person always exists; with M larger than any possible travel total, one unit of weight
 * outweighs all travel, which makes the order of the two goals strict.
 *
 * <p>Two methods give the same optimum: {@link #solve} (shortest augmenting paths on primitive
 * arrays, exact long costs; the one to use) and {@link #solveWithJGraphT} (JGraphT's capacity
 * scaling, the reference; its costs are doubles, exact here because every cost stays far below 2^53).
 */
public final class FlowOptimum {

    private FlowOptimum() {
    }

    /**
     * The exact optimum, by shortest augmenting paths on primitive arrays
     * ({@link ShortestAugmentingPaths}): fast enough for a hundred times the sample week.
     */
    public static FlowAssignment solve(FlowNetwork network) {
        int n = network.candidates();
        int slotCount = network.slots();
        int supervisorCount = network.supervisorCapacity().length;
        int[] slotOfCandidate = new int[n];
        Arrays.fill(slotOfCandidate, FlowAssignment.UNPLACED);
        int[] slotLeft = network.slotCapacity().clone();
        int[] supervisorLeft = network.supervisorCapacity().clone();
        boolean[] free = keepRunningPlacements(network, slotOfCandidate, slotLeft, supervisorLeft);

        long m = bigM(network, free);
        int sink = n + slotCount + supervisorCount;
        long pairs = network.pairs();
        ShortestAugmentingPaths flow = new ShortestAugmentingPaths(sink + 1, sink,
                (int) Math.min(Integer.MAX_VALUE / 4, pairs + 2L * n + slotCount + supervisorCount));
        int[][] pairArc = new int[n][];
        for (int c = 0; c < n; c++) {
            if (!free[c]) {
                continue;
            }
            flow.addArc(c, sink, 1, network.candidateWeight()[c] * m);
            int[] slots = network.feasibleSlotsOfCandidate()[c];
            pairArc[c] = new int[slots.length];
            for (int i = 0; i < slots.length; i++) {
                pairArc[c][i] = slotLeft[slots[i]] > 0
                        ? flow.addArc(c, n + slots[i], 1, network.travelMinutesOfCandidate()[c][i])
                        : -1;
            }
        }
        for (int s = 0; s < slotCount; s++) {
            if (slotLeft[s] > 0) {
                int supervisor = network.slotSupervisor()[s];
                flow.addArc(n + s, supervisor >= 0 ? n + slotCount + supervisor : sink, slotLeft[s], 0);
            }
        }
        for (int k = 0; k < supervisorCount; k++) {
            if (supervisorLeft[k] > 0) {
                flow.addArc(n + slotCount + k, sink, supervisorLeft[k], 0);
            }
        }
        flow.freeze();
        for (int c = 0; c < n; c++) {
            if (free[c] && !flow.augmentFrom(c)) {
                throw new IllegalStateException("person " + c + " has no path to the sink");
            }
        }
        for (int c = 0; c < n; c++) {
            if (!free[c]) {
                continue;
            }
            int[] slots = network.feasibleSlotsOfCandidate()[c];
            for (int i = 0; i < slots.length; i++) {
                if (pairArc[c][i] >= 0 && flow.flow(pairArc[c][i]) > 0) {
                    slotOfCandidate[c] = slots[i];
                }
            }
        }
        return evaluate(network, slotOfCandidate);
    }

    /**
     * The same optimum by JGraphT's {@code CapacityScalingMinimumCostFlow}: the reference the fast
     * method is tested against; practical up to a few tens of thousands of pairs.
     */
    public static FlowAssignment solveWithJGraphT(FlowNetwork network) {
        int n = network.candidates();
        int slotCount = network.slots();
        int supervisorCount = network.supervisorCapacity().length;
        int[] slotOfCandidate = new int[n];
        Arrays.fill(slotOfCandidate, FlowAssignment.UNPLACED);

        int[] slotLeft = network.slotCapacity().clone();
        int[] supervisorLeft = network.supervisorCapacity().clone();
        boolean[] free = keepRunningPlacements(network, slotOfCandidate, slotLeft, supervisorLeft);
        int freeCount = 0;
        for (boolean f : free) {
            freeCount += f ? 1 : 0;
        }

        if (freeCount > 0) {
            Network graph = new Network(n, slotCount, supervisorCount);
            double m = bigM(network, free);
            int[][] pairEdge = new int[n][];
            for (int c = 0; c < n; c++) {
                if (!free[c]) {
                    continue;
                }
                graph.arc(graph.source(), graph.candidate(c), 1, 0);
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

    /** Running placements take their capacity before anyone else; returns who is still free to place. */
    private static boolean[] keepRunningPlacements(FlowNetwork network, int[] slotOfCandidate, int[] slotLeft,
                                                   int[] supervisorLeft) {
        boolean[] free = new boolean[network.candidates()];
        for (int c = 0; c < free.length; c++) {
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
            }
        }
        return free;
    }

    /** M: one unit of placement weight costs more than all the travel any assignment can have. */
    private static long bigM(FlowNetwork network, boolean[] free) {
        long maxTravelTotal = 0;
        for (int c = 0; c < free.length; c++) {
            if (free[c]) {
                maxTravelTotal += Arrays.stream(network.travelMinutesOfCandidate()[c]).max().orElse(0);
            }
        }
        return maxTravelTotal + 1;
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
     * The algorithm reads arc costs from the graph's edge weights (not from the problem's cost
     * function, which JGraphT 1.5.2 ignores), so the graph is weighted.
     */
    private static final class Network {
        private final int n;
        private final int slotCount;
        private final int supervisorCount;
        private final Graph<Integer, Arc> graph = new DefaultDirectedWeightedGraph<>(null, null);
        private final List<Arc> arcs = new ArrayList<>();

        Network(int n, int slotCount, int supervisorCount) {
            this.n = n;
            this.slotCount = slotCount;
            this.supervisorCount = supervisorCount;
            for (int v = 0; v < sink() + 1; v++) {
                graph.addVertex(v);
            }
        }

        int source() {
            return 0;
        }

        int candidate(int c) {
            return 1 + c;
        }

        int slot(int s) {
            return 1 + n + s;
        }

        int supervisor(int k) {
            return 1 + n + slotCount + k;
        }

        int sink() {
            return 1 + n + slotCount + supervisorCount;
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
                    v -> v == source() ? people : v == sink() ? -people : 0,
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
