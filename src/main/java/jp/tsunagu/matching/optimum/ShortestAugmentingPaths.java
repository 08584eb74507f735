package jp.tsunagu.matching.optimum;

import java.util.Arrays;

/**
 * Minimum-cost flow of a round's network by successive shortest augmenting paths, one person at a
 * time (the Hungarian method generalised to capacities): each person's supply is routed along a
 * shortest path of the residual network to the sink, found by Dijkstra on reduced costs and cut off
 * as soon as the sink is reached. Adding one supply and augmenting along a shortest path keeps the
 * flow of minimum cost, so the last flow is optimal.
 *
 * <p>Why not only JGraphT's {@code CapacityScalingMinimumCostFlow}: it searches the whole network
 * for every unit of flow, with boxed values in hash maps; on ten times the sample week (3,000 people,
 * 100,000 pairs) that took 17 s, and a hundred times would take hours. Here the search stops at the
 * sink and usually explores a few slots around the person, on primitive arrays. Both give the same
 * optimum; the tests compare them.
 *
 * <p>Nodes: persons, slots, supervisors, sink. Arcs come in pairs (forward {@code 2i}, residual
 * reverse {@code 2i+1}); costs are exact longs. Reduced cost: {@code cost + π(u) − π(v) ≥ 0} on
 * every residual arc, kept by adding the (cut-off) distances to the potentials after each search.
 */
final class ShortestAugmentingPaths {

    private final int nodeCount;
    private final int sink;
    // arcs
    private int arcCount;
    private int[] head;
    private int[] residual;
    private long[] cost;
    private int[] tail;
    // adjacency in compressed rows, built once all arcs are added
    private int[] firstOut;
    private int[] outArcs;
    // search state
    private final long[] potential;
    private final long[] distance;
    private final int[] parentArc;
    private final int[] visitedMark;
    private int visitStamp;
    private final int[] finalised;
    private int finalisedCount;
    private final LongHeap heap;

    ShortestAugmentingPaths(int nodeCount, int sink, int expectedArcs) {
        this.nodeCount = nodeCount;
        this.sink = sink;
        int capacity = Math.max(4, 2 * expectedArcs);
        head = new int[capacity];
        tail = new int[capacity];
        residual = new int[capacity];
        cost = new long[capacity];
        potential = new long[nodeCount];
        distance = new long[nodeCount];
        parentArc = new int[nodeCount];
        visitedMark = new int[nodeCount];
        finalised = new int[nodeCount];
        heap = new LongHeap(nodeCount);
    }

    /** Adds an arc and its residual reverse; returns the forward arc's id. */
    int addArc(int from, int to, int capacity, long arcCost) {
        if (arcCount + 2 > head.length) {
            int grown = head.length * 2;
            head = Arrays.copyOf(head, grown);
            tail = Arrays.copyOf(tail, grown);
            residual = Arrays.copyOf(residual, grown);
            cost = Arrays.copyOf(cost, grown);
        }
        int arc = arcCount;
        tail[arc] = from;
        head[arc] = to;
        residual[arc] = capacity;
        cost[arc] = arcCost;
        tail[arc + 1] = to;
        head[arc + 1] = from;
        residual[arc + 1] = 0;
        cost[arc + 1] = -arcCost;
        arcCount += 2;
        return arc;
    }

    /** Call once after the last arc: builds the adjacency and potentials valid for the empty flow. */
    void freeze() {
        firstOut = new int[nodeCount + 1];
        for (int a = 0; a < arcCount; a++) {
            firstOut[tail[a] + 1]++;
        }
        for (int v = 0; v < nodeCount; v++) {
            firstOut[v + 1] += firstOut[v];
        }
        outArcs = new int[arcCount];
        int[] fill = Arrays.copyOf(firstOut, nodeCount);
        for (int a = 0; a < arcCount; a++) {
            outArcs[fill[tail[a]]++] = a;
        }
        // The network is a DAG towards the sink (person → slot → supervisor → sink) with no flow yet:
        // π(v) = −(cheapest cost from v to the sink) makes every forward arc's reduced cost ≥ 0.
        // Supervisors and slots have cost-0 arcs to the sink; persons take their cheapest arc.
        Arrays.fill(potential, 0);
        for (int v = 0; v < nodeCount; v++) {
            long cheapest = Long.MAX_VALUE;
            for (int i = firstOut[v]; i < firstOut[v + 1]; i++) {
                int a = outArcs[i];
                if ((a & 1) == 0 && residual[a] > 0) {
                    cheapest = Math.min(cheapest, cost[a]);
                }
            }
            if (cheapest != Long.MAX_VALUE && cheapest > 0) {
                potential[v] = -cheapest;
            }
        }
    }

    /**
     * Routes one unit from {@code source} to the sink along a shortest residual path.
     *
     * @return false if the sink cannot be reached (never, when the source has an arc to the sink)
     */
    boolean augmentFrom(int source) {
        visitStamp++;
        finalisedCount = 0;
        heap.clear();
        distance[source] = 0;
        parentArc[source] = -1;
        visitedMark[source] = visitStamp;
        heap.push(source, 0);
        long sinkDistance = -1;
        while (!heap.isEmpty()) {
            int u = heap.popMin();
            long du = distance[u];
            finalised[finalisedCount++] = u;
            if (u == sink) {
                sinkDistance = du;
                break;
            }
            long pu = potential[u];
            for (int i = firstOut[u]; i < firstOut[u + 1]; i++) {
                int a = outArcs[i];
                if (residual[a] <= 0) {
                    continue;
                }
                int v = head[a];
                long candidate = du + cost[a] + pu - potential[v];
                if (visitedMark[v] != visitStamp) {
                    visitedMark[v] = visitStamp;
                    distance[v] = candidate;
                    parentArc[v] = a;
                    heap.push(v, candidate);
                } else if (candidate < distance[v] && heap.contains(v)) {
                    distance[v] = candidate;
                    parentArc[v] = a;
                    heap.decrease(v, candidate);
                }
            }
        }
        if (sinkDistance < 0) {
            return false;
        }
        // Potentials: π += d for nodes settled before the sink, relative to the sink's distance.
        for (int i = 0; i < finalisedCount; i++) {
            int v = finalised[i];
            potential[v] += distance[v] - sinkDistance;
        }
        for (int v = sink; v != source; ) {
            int a = parentArc[v];
            residual[a]--;
            residual[a ^ 1]++;
            v = tail[a];
        }
        return true;
    }

    /** Units of flow on a forward arc. */
    int flow(int forwardArc) {
        return residual[forwardArc + 1];
    }

    /** A binary min-heap of node ids keyed by long distances, with decrease-key. */
    private static final class LongHeap {
        private final int[] nodes;
        private final long[] keys;
        private final int[] position;
        private int size;

        LongHeap(int capacity) {
            nodes = new int[capacity];
            keys = new long[capacity];
            position = new int[capacity];
            Arrays.fill(position, -1);
        }

        void clear() {
            for (int i = 0; i < size; i++) {
                position[nodes[i]] = -1;
            }
            size = 0;
        }

        boolean isEmpty() {
            return size == 0;
        }

        boolean contains(int node) {
            return position[node] >= 0;
        }

        void push(int node, long key) {
            nodes[size] = node;
            keys[size] = key;
            position[node] = size;
            up(size++);
        }

        void decrease(int node, long key) {
            int i = position[node];
            keys[i] = key;
            up(i);
        }

        int popMin() {
            int top = nodes[0];
            position[top] = -1;
            size--;
            if (size > 0) {
                nodes[0] = nodes[size];
                keys[0] = keys[size];
                position[nodes[0]] = 0;
                down(0);
            }
            return top;
        }

        private void up(int i) {
            int node = nodes[i];
            long key = keys[i];
            while (i > 0) {
                int parent = (i - 1) >>> 1;
                if (keys[parent] <= key) {
                    break;
                }
                nodes[i] = nodes[parent];
                keys[i] = keys[parent];
                position[nodes[i]] = i;
                i = parent;
            }
            nodes[i] = node;
            keys[i] = key;
            position[node] = i;
        }

        private void down(int i) {
            int node = nodes[i];
            long key = keys[i];
            while (true) {
                int child = 2 * i + 1;
                if (child >= size) {
                    break;
                }
                if (child + 1 < size && keys[child + 1] < keys[child]) {
                    child++;
                }
                if (keys[child] >= key) {
                    break;
                }
                nodes[i] = nodes[child];
                keys[i] = keys[child];
                position[nodes[i]] = i;
                i = child;
            }
            nodes[i] = node;
            keys[i] = key;
            position[node] = i;
        }
    }
}
