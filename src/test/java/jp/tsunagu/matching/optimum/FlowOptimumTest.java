package jp.tsunagu.matching.optimum;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class FlowOptimumTest {

    private static final int NONE = -1;

    @Test
    void greedyByNearestSlotIsWrong() {
        // A could take either slot and is nearer to s0; B can only take s0. Greedy puts A in s0 and
        // leaves B out; the optimum moves A to s1 and places both.
        FlowNetwork network = new FlowNetwork(
                new long[] {200, 100},
                new int[][] {{0, 1}, {0}},
                new int[][] {{10, 30}, {5}},
                new int[] {1, 1}, new int[] {NONE, NONE}, new int[0]);

        FlowAssignment optimum = FlowOptimum.solve(network);

        assertThat(optimum.slotOfCandidate()).containsExactly(1, 0);
        assertThat(optimum.placedWeight()).isEqualTo(300);
        assertThat(optimum.totalTravelMinutes()).isEqualTo(35);
        assertThat(optimum.placed()).isEqualTo(2);
    }

    @Test
    void supervisorCapacityBindsAcrossTheirSlots() {
        // Two slots of one supervisor who can look after one person: only the heavier person is placed,
        // in their nearer slot.
        FlowNetwork network = new FlowNetwork(
                new long[] {120, 180},
                new int[][] {{0, 1}, {0, 1}},
                new int[][] {{5, 6}, {40, 20}},
                new int[] {1, 1}, new int[] {0, 0}, new int[] {1});

        FlowAssignment optimum = FlowOptimum.solve(network);

        assertThat(optimum.slotOfCandidate()).containsExactly(NONE, 1);
        assertThat(optimum.placedWeight()).isEqualTo(180);
        assertThat(optimum.totalTravelMinutes()).isEqualTo(20);
    }

    @Test
    void weightComesBeforeTravel() {
        FlowNetwork network = new FlowNetwork(
                new long[] {161, 160},
                new int[][] {{0}, {0}},
                new int[][] {{90}, {1}},
                new int[] {1}, new int[] {NONE}, new int[0]);

        assertThat(FlowOptimum.solve(network).slotOfCandidate()).containsExactly(0, NONE);
    }

    @Test
    void amongEqualWeightsTheShortestJourneysWin() {
        FlowNetwork network = new FlowNetwork(
                new long[] {100, 100, 100},
                new int[][] {{0}, {0}, {0}},
                new int[][] {{30}, {10}, {20}},
                new int[] {2}, new int[] {NONE}, new int[0]);

        FlowAssignment optimum = FlowOptimum.solve(network);

        assertThat(optimum.slotOfCandidate()).containsExactly(NONE, 0, 0);
        assertThat(optimum.totalTravelMinutes()).isEqualTo(30);
    }

    @Test
    void aRunningPlacementKeepsItsSlotEvenAgainstAHeavierPerson() {
        FlowNetwork network = new FlowNetwork(
                new long[] {100, 300},
                new int[][] {{0}, {0}},
                new int[][] {{10}, {10}},
                new int[] {1}, new int[] {0}, new int[] {1},
                new int[] {0, NONE});

        FlowAssignment optimum = FlowOptimum.solve(network);

        assertThat(optimum.slotOfCandidate()).containsExactly(0, NONE);
        assertThat(optimum.placedWeight()).isEqualTo(100);
    }

    @Test
    void nobodyReachableMeansNobodyPlaced() {
        FlowNetwork network = new FlowNetwork(
                new long[] {100, 100},
                new int[][] {{}, {}},
                new int[][] {{}, {}},
                new int[] {3}, new int[] {NONE}, new int[0]);

        FlowAssignment optimum = FlowOptimum.solve(network);

        assertThat(optimum.placed()).isZero();
        assertThat(optimum.placedWeight()).isZero();
    }

    @Test
    void matchesExhaustiveSearchOnRandomSmallRounds() {
        Random random = new Random(42);
        for (int round = 0; round < 300; round++) {
            FlowNetwork network = randomNetwork(random);
            FlowAssignment optimum = FlowOptimum.solve(network);
            long[] best = exhaustive(network);
            assertThat(optimum.placedWeight()).as("round %d weight", round).isEqualTo(best[0]);
            assertThat(optimum.totalTravelMinutes()).as("round %d travel", round).isEqualTo(best[1]);
            assertFeasible(network, optimum);
        }
    }

    private static FlowNetwork randomNetwork(Random random) {
        int n = 1 + random.nextInt(6);
        int slots = 1 + random.nextInt(4);
        int supervisors = 1 + random.nextInt(2);
        long[] weight = new long[n];
        int[][] feasible = new int[n][];
        int[][] minutes = new int[n][];
        for (int c = 0; c < n; c++) {
            weight[c] = 100 + random.nextInt(5) * 20;
            feasible[c] = random.ints(0, slots).distinct().limit(random.nextInt(slots + 1)).toArray();
            minutes[c] = random.ints(feasible[c].length, 0, 90).toArray();
        }
        int[] capacity = random.ints(slots, 1, 3).toArray();
        int[] supervisorOf = random.ints(slots, -1, supervisors).toArray();
        int[] supervisorCapacity = random.ints(supervisors, 0, 3).toArray();
        return new FlowNetwork(weight, feasible, minutes, capacity, supervisorOf, supervisorCapacity);
    }

    /** {best weight, least travel at that weight} over every assignment. */
    private static long[] exhaustive(FlowNetwork network) {
        long[] best = {-1, Long.MAX_VALUE};
        search(network, 0, new int[network.candidates()], best);
        return best;
    }

    private static void search(FlowNetwork network, int c, int[] slotOf, long[] best) {
        if (c == network.candidates()) {
            if (!withinCapacity(network, slotOf)) {
                return;
            }
            FlowAssignment value = FlowOptimum.evaluate(network, slotOf.clone());
            if (value.placedWeight() > best[0]
                    || (value.placedWeight() == best[0] && value.totalTravelMinutes() < best[1])) {
                best[0] = value.placedWeight();
                best[1] = value.totalTravelMinutes();
            }
            return;
        }
        slotOf[c] = NONE;
        search(network, c + 1, slotOf, best);
        for (int slot : network.feasibleSlotsOfCandidate()[c]) {
            slotOf[c] = slot;
            search(network, c + 1, slotOf, best);
        }
        slotOf[c] = NONE;
    }

    private static boolean withinCapacity(FlowNetwork network, int[] slotOf) {
        int[] slotUse = new int[network.slots()];
        int[] supervisorUse = new int[network.supervisorCapacity().length];
        for (int slot : slotOf) {
            if (slot == NONE) {
                continue;
            }
            if (++slotUse[slot] > network.slotCapacity()[slot]) {
                return false;
            }
            int supervisor = network.slotSupervisor()[slot];
            if (supervisor >= 0 && ++supervisorUse[supervisor] > network.supervisorCapacity()[supervisor]) {
                return false;
            }
        }
        return true;
    }

    private static void assertFeasible(FlowNetwork network, FlowAssignment assignment) {
        assertThat(withinCapacity(network, assignment.slotOfCandidate())).isTrue();
        for (int c = 0; c < network.candidates(); c++) {
            int slot = assignment.slotOfCandidate()[c];
            if (slot != NONE) {
                assertThat(network.travelMinutes(c, slot)).isGreaterThanOrEqualTo(0);
            }
        }
    }
}
