package jp.tsunagu.matching.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import jp.tsunagu.matching.optimum.FlowAssignment;
import jp.tsunagu.matching.optimum.FlowNetwork;
import jp.tsunagu.matching.optimum.FlowOptimum;
import org.junit.jupiter.api.Test;

class FlowSeedCostRangeTest {

    /** 6,000 people, each reaching two of 3,000 slots at a cost of 200 or 235, weight 1,000. */
    private static FlowNetwork national(int[][] costs) {
        int people = costs.length;
        long[] weight = new long[people];
        Arrays.fill(weight, 1000);
        int[][] slots = new int[people][];
        for (int c = 0; c < people; c++) {
            slots[c] = new int[] {c % 3000, (c + 1) % 3000};
        }
        int[] capacity = new int[3000];
        Arrays.fill(capacity, 1);
        int[] noSupervisor = new int[3000];
        Arrays.fill(noSupervisor, -1);
        int[] notPinned = new int[people];
        Arrays.fill(notPinned, -1);
        return new FlowNetwork(weight, slots, costs, capacity, noSupervisor, new int[0], notPinned);
    }

    private static int[][] costs(int people) {
        int[][] costs = new int[people][];
        for (int c = 0; c < people; c++) {
            costs[c] = new int[] {200, 235};
        }
        return costs;
    }

    @Test
    void aNationalNetworksUnplacedEdgesWouldPassTheFlowLibrarysLimitUnscaled() {
        int[][] costs = costs(6000);
        assertThatThrownBy(() -> FlowOptimum.solve(national(costs)))
                .hasMessageContaining("infinite cost");
    }

    @Test
    void scaledCostsStayWithinTheLimitAndStillPlaceEveryoneTheNetworkCan() {
        int[][] costs = costs(6000);
        long[] weight = new long[6000];
        Arrays.fill(weight, 1000);
        int[][] scaled = FlowSeed.withinSolverRange(weight, costs);

        assertThat(scaled).isNotSameAs(costs);
        assertThat(scaled[0][0]).as("the dearer pair stays dearer").isLessThan(scaled[0][1]);
        FlowAssignment seeded = FlowOptimum.solve(national(scaled));
        assertThat(seeded.placed()).isEqualTo(3000);
    }

    @Test
    void aNetworkWithinTheLimitKeepsItsCosts() {
        int[][] costs = costs(300);
        long[] weight = new long[300];
        Arrays.fill(weight, 1000);
        assertThat(FlowSeed.withinSolverRange(weight, costs)).isSameAs(costs);
    }
}
