package jp.tsunagu.matching.optimum;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FlowPartsTest {

    private static final int NONE = FlowAssignment.UNPLACED;

    @Test
    void peopleWhoShareNoSlotAndNoSupervisorFallIntoSeparateParts() {
        // People 0,1 reach slot 0; person 2 reaches slot 1; person 3 reaches slot 2, whose supervisor
        // also runs slot 1: so 2 and 3 are one part through the supervisor. Person 4 reaches nothing.
        FlowNetwork network = new FlowNetwork(new long[] {100, 100, 100, 100, 100},
                new int[][] {{0}, {0}, {1}, {2}, {}}, new int[][] {{10}, {20}, {30}, {40}, {}},
                new int[] {1, 1, 1}, new int[] {-1, 0, 0}, new int[] {1});

        List<FlowParts.Part> parts = FlowParts.of(network);

        assertThat(parts).hasSize(2);
        assertThat(parts).extracting(p -> p.candidates().length).containsExactlyInAnyOrder(2, 2);
        FlowParts.Part throughSupervisor = parts.stream().filter(p -> p.candidates()[0] == 2).findFirst().orElseThrow();
        assertThat(throughSupervisor.candidates()).containsExactly(2, 3);
        assertThat(throughSupervisor.slots()).containsExactly(1, 2);
        assertThat(throughSupervisor.network().supervisorCapacity()).containsExactly(1);
    }

    @Test
    void theOptimumByPartsEqualsTheOptimumOfTheWhole() {
        Random random = new Random(7);
        for (int round = 0; round < 200; round++) {
            FlowNetwork network = randomNetwork(random);
            FlowAssignment whole = FlowOptimum.solve(network);
            FlowParts.Outcome byParts = FlowParts.solve(network, null, 2);
            assertThat(byParts.complete()).isTrue();
            assertThat(byParts.assignment().placedWeight()).as("round %d weight", round).isEqualTo(whole.placedWeight());
            assertThat(byParts.assignment().totalTravelMinutes()).as("round %d travel", round)
                    .isEqualTo(whole.totalTravelMinutes());
            assertWithinCapacity(network, byParts.assignment().slotOfCandidate());
        }
    }

    @Test
    void partsNotStartedWithinTheBudgetLeaveTheirPeopleUnplacedButRunningPlacementsStay() {
        FlowNetwork network = new FlowNetwork(new long[] {100, 100, 100}, new int[][] {{0}, {1}, {1}},
                new int[][] {{10}, {10}, {20}}, new int[] {1, 2}, new int[] {-1, -1}, new int[0],
                new int[] {-1, 1, -1});

        FlowParts.Outcome outcome = FlowParts.solve(network, Duration.ofNanos(-1), 1);

        assertThat(outcome.parts()).isEqualTo(2);
        assertThat(outcome.solvedParts()).isZero();
        assertThat(outcome.complete()).isFalse();
        assertThat(outcome.assignment().slotOfCandidate()).containsExactly(NONE, 1, NONE);
        assertThat(outcome.solvedCandidate()).containsExactly(false, false, false);
    }

    @Test
    void aPartStillBeingSolvedWhenTheBudgetIsOverIsLeftUnsolved() {
        // One part of 1,000 people each reaching 100 of 500 slots: far more than a millisecond's work.
        Random random = new Random(11);
        int people = 1000;
        int slots = 500;
        int[][] feasible = new int[people][];
        int[][] minutes = new int[people][];
        for (int c = 0; c < people; c++) {
            feasible[c] = random.ints(0, slots).distinct().limit(100).sorted().toArray();
            minutes[c] = random.ints(100, 5, 90).toArray();
        }
        long[] weight = new long[people];
        java.util.Arrays.fill(weight, 100);
        int[] none = new int[slots];
        java.util.Arrays.fill(none, -1);
        int[] notPinned = new int[people];
        java.util.Arrays.fill(notPinned, -1);
        int[] capacity = new int[slots];
        java.util.Arrays.fill(capacity, 1);
        FlowNetwork network = new FlowNetwork(weight, feasible, minutes, capacity, none, new int[0], notPinned);

        FlowParts.Outcome outcome = FlowParts.solve(network, Duration.ofMillis(1), 1);

        assertThat(outcome.parts()).isEqualTo(1);
        assertThat(outcome.solvedParts()).as("abandoned, not awaited").isZero();
        assertThat(outcome.assignment().placed()).isZero();
    }

    /** Rounds with several clusters of slots, some bridged by a shared supervisor. */
    private static FlowNetwork randomNetwork(Random random) {
        int clusters = 1 + random.nextInt(4);
        int slotsPerCluster = 1 + random.nextInt(3);
        int slots = clusters * slotsPerCluster;
        int n = 2 + random.nextInt(12);
        int supervisors = 1 + random.nextInt(3);
        int[] capacity = random.ints(slots, 1, 3).toArray();
        int[] supervisorOf = random.ints(slots, -1, supervisors).toArray();
        int[] supervisorCapacity = random.ints(supervisors, 1, 4).toArray();
        int[] slotUse = new int[slots];
        int[] supervisorUse = new int[supervisors];
        long[] weight = new long[n];
        int[][] feasible = new int[n][];
        int[][] minutes = new int[n][];
        int[] pinned = new int[n];
        for (int c = 0; c < n; c++) {
            weight[c] = 100 + random.nextInt(5) * 20;
            int cluster = random.nextInt(clusters);
            feasible[c] = random.ints(cluster * slotsPerCluster, (cluster + 1) * slotsPerCluster).distinct()
                    .limit(random.nextInt(slotsPerCluster + 1)).toArray();
            minutes[c] = random.ints(feasible[c].length, 0, 90).toArray();
            pinned[c] = -1;
            // A running placement, where its slot and supervisor still have room (as in a real round).
            if (feasible[c].length > 0 && random.nextInt(8) == 0) {
                int slot = feasible[c][0];
                int supervisor = supervisorOf[slot];
                if (slotUse[slot] < capacity[slot] && (supervisor < 0 || supervisorUse[supervisor] < supervisorCapacity[supervisor])) {
                    pinned[c] = slot;
                    slotUse[slot]++;
                    if (supervisor >= 0) {
                        supervisorUse[supervisor]++;
                    }
                }
            }
        }
        return new FlowNetwork(weight, feasible, minutes, capacity, supervisorOf, supervisorCapacity, pinned);
    }

    private static void assertWithinCapacity(FlowNetwork network, int[] slotOf) {
        int[] slotUse = new int[network.slots()];
        int[] supervisorUse = new int[network.supervisorCapacity().length];
        for (int c = 0; c < slotOf.length; c++) {
            int slot = slotOf[c];
            if (slot == NONE) {
                continue;
            }
            assertThat(network.travelMinutes(c, slot) >= 0 || network.pinnedSlotOfCandidate()[c] == slot).isTrue();
            assertThat(++slotUse[slot]).isLessThanOrEqualTo(network.slotCapacity()[slot]);
            int supervisor = network.slotSupervisor()[slot];
            if (supervisor >= 0) {
                assertThat(++supervisorUse[supervisor]).isLessThanOrEqualTo(network.supervisorCapacity()[supervisor]);
            }
        }
    }
}
