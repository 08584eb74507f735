package jp.tsunagu.matching.explain;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import jp.tsunagu.matching.solver.MatchingSolution;
import jp.tsunagu.matching.solver.Placement;
import jp.tsunagu.matching.solver.Slot;
import jp.tsunagu.matching.solver.Supervisor;

/**
 * An independent, exhaustive check for the diagnostics: whether one placed person can take a slot
 * while every other placed person stays placed, by any number of moves of anyone not pinned. A
 * maximum flow — source, each placed person, their feasible slots (a pinned person only their own,
 * the forced person only the wanted slot), slot capacity, supervisor capacity, sink — that carries
 * everyone placed. No bound on the length of the chain: an upper limit for what any search of
 * chains can find.
 */
final class EveryoneStaysPlaced {

    private EveryoneStaysPlaced() {
    }

    static boolean possible(MatchingSolution solution, Placement forced, Slot wanted) {
        List<Placement> placed = solution.getPlacements().stream().filter(p -> p.getSlot() != null).toList();
        Map<Slot, Integer> slotNode = new IdentityHashMap<>();
        Map<Supervisor, Integer> supervisorNode = new IdentityHashMap<>();
        int nodes = 1 + placed.size();
        for (Slot s : solution.getSlots()) {
            slotNode.put(s, nodes++);
        }
        for (Slot s : solution.getSlots()) {
            if (!supervisorNode.containsKey(s.supervisor())) {
                supervisorNode.put(s.supervisor(), nodes++);
            }
        }
        int sink = nodes++;
        Network net = new Network(nodes);
        for (int i = 0; i < placed.size(); i++) {
            Placement p = placed.get(i);
            net.add(0, 1 + i, 1);
            if (p == forced) {
                net.add(1 + i, slotNode.get(wanted), 1);
            } else if (p.isPinned()) {
                net.add(1 + i, slotNode.get(p.getSlot()), 1);
            } else {
                for (Slot s : p.getSlotOptions()) {
                    if (p.optionFor(s).feasible()) {
                        net.add(1 + i, slotNode.get(s), 1);
                    }
                }
            }
        }
        slotNode.forEach((s, node) -> net.add(node, supervisorNode.get(s.supervisor()), s.capacity()));
        supervisorNode.forEach((v, node) -> net.add(node, sink, v.capacity()));
        return net.maxFlow(0, sink) == placed.size();
    }

    /** Edmonds-Karp on unit augmentations: the networks of a sample week are small. */
    private static final class Network {
        private final List<List<int[]>> out = new ArrayList<>();
        /** Edge: {to, residual capacity, index of the reverse edge in out.get(to)}. */
        Network(int nodes) {
            for (int i = 0; i < nodes; i++) {
                out.add(new ArrayList<>());
            }
        }

        void add(int from, int to, int capacity) {
            out.get(from).add(new int[] {to, capacity, out.get(to).size()});
            out.get(to).add(new int[] {from, 0, out.get(from).size() - 1});
        }

        int maxFlow(int source, int sink) {
            int flow = 0;
            int[][] via = new int[out.size()][];
            while (true) {
                Arrays.fill(via, null);
                via[source] = new int[] {source, -1};
                ArrayDeque<Integer> queue = new ArrayDeque<>(List.of(source));
                while (!queue.isEmpty() && via[sink] == null) {
                    int u = queue.poll();
                    for (int e = 0; e < out.get(u).size(); e++) {
                        int[] edge = out.get(u).get(e);
                        if (edge[1] > 0 && via[edge[0]] == null) {
                            via[edge[0]] = new int[] {u, e};
                            queue.add(edge[0]);
                        }
                    }
                }
                if (via[sink] == null) {
                    return flow;
                }
                for (int v = sink; v != source; v = via[v][0]) {
                    int[] edge = out.get(via[v][0]).get(via[v][1]);
                    edge[1]--;
                    out.get(v).get(edge[2])[1]++;
                }
                flow++;
            }
        }
    }
}
