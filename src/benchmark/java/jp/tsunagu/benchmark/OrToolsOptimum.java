package jp.tsunagu.benchmark;

import com.google.ortools.Loader;
import com.google.ortools.graph.MinCostFlow;
import com.google.ortools.graph.MinCostFlowBase;
import jp.tsunagu.matching.optimum.FlowAssignment;
import jp.tsunagu.matching.optimum.FlowNetwork;
import jp.tsunagu.matching.optimum.FlowOptimum;

/**
 * The exact optimum of the core objective by Google OR-Tools' min-cost flow ({@code SimpleMinCostFlow},
 * Java class {@link MinCostFlow}), on the very network {@link FlowOptimum#solve} is given: running
 * placements first ({@link FlowOptimum.Residual}), each free person supplying one unit, person → slot
 * (1, travel minutes) → supervisor (capacity) → sink, and an "unplaced" edge person → sink costing
 * weight × M. Costs are {@code long}, so the figures are exact at any scale.
 *
 * <p>Only the benchmark uses it (its native libraries come with the {@code benchmark} profile alone);
 * the service computes the same optimum with JGraphT.
 */
final class OrToolsOptimum {

    private static boolean loaded;

    private OrToolsOptimum() {
    }

    static synchronized void load() {
        if (!loaded) {
            Loader.loadNativeLibraries();
            loaded = true;
        }
    }

    static FlowAssignment solve(FlowNetwork network) {
        load();
        int n = network.candidates();
        int slotCount = network.slots();
        int supervisorCount = network.supervisorCapacity().length;
        FlowOptimum.Residual residual = FlowOptimum.Residual.of(network);
        int[] slotOfCandidate = residual.slotOfCandidate();
        if (residual.freeCount() == 0) {
            return FlowOptimum.evaluate(network, slotOfCandidate);
        }
        int sink = n + slotCount + supervisorCount;
        long pairs = network.pairs();
        MinCostFlow flow = new MinCostFlow(sink + 1, (int) Math.min(Integer.MAX_VALUE, pairs + n + slotCount + supervisorCount));
        try {
            int[][] pairArc = new int[n][];
            for (int c = 0; c < n; c++) {
                if (!residual.free()[c]) {
                    continue;
                }
                flow.setNodeSupply(c, 1);
                flow.addArcWithCapacityAndUnitCost(c, sink, 1, network.candidateWeight()[c] * residual.bigM());
                int[] slots = network.feasibleSlotsOfCandidate()[c];
                pairArc[c] = new int[slots.length];
                for (int i = 0; i < slots.length; i++) {
                    pairArc[c][i] = residual.slotLeft()[slots[i]] > 0
                            ? flow.addArcWithCapacityAndUnitCost(c, n + slots[i], 1, network.travelMinutesOfCandidate()[c][i])
                            : -1;
                }
            }
            for (int s = 0; s < slotCount; s++) {
                if (residual.slotLeft()[s] > 0) {
                    int supervisor = network.slotSupervisor()[s];
                    flow.addArcWithCapacityAndUnitCost(n + s, supervisor >= 0 ? n + slotCount + supervisor : sink,
                            residual.slotLeft()[s], 0);
                }
            }
            for (int k = 0; k < supervisorCount; k++) {
                if (residual.supervisorLeft()[k] > 0) {
                    flow.addArcWithCapacityAndUnitCost(n + slotCount + k, sink, residual.supervisorLeft()[k], 0);
                }
            }
            flow.setNodeSupply(sink, -residual.freeCount());

            MinCostFlowBase.Status status = flow.solve();
            if (status != MinCostFlowBase.Status.OPTIMAL) {
                throw new IllegalStateException("OR-Tools min-cost flow ended " + status);
            }
            for (int c = 0; c < n; c++) {
                if (!residual.free()[c]) {
                    continue;
                }
                for (int i = 0; i < pairArc[c].length; i++) {
                    if (pairArc[c][i] >= 0 && flow.getFlow(pairArc[c][i]) > 0) {
                        slotOfCandidate[c] = network.feasibleSlotsOfCandidate()[c][i];
                    }
                }
            }
            return FlowOptimum.evaluate(network, slotOfCandidate);
        } finally {
            flow.delete(); // the native graph, at 100x some hundreds of MB, is not left to finalization
        }
    }
}
