package jp.tsunagu.matching.optimum;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import jp.tsunagu.matching.problem.CandidateFact;
import jp.tsunagu.matching.problem.HostFact;
import jp.tsunagu.matching.problem.MatchingProblem;
import jp.tsunagu.matching.problem.SlotFact;
import jp.tsunagu.matching.problem.SupervisorFact;
import jp.tsunagu.matching.problem.TaskFact;
import jp.tsunagu.matching.rules.PairJudge;
import jp.tsunagu.sample.SampleWeekGenerator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ProblemNetworksTest {

    private static MatchingProblem week;
    private static ProblemNetwork exact;

    @BeforeAll
    static void build() {
        week = SampleWeekGenerator.defaultWeek();
        exact = ProblemNetworks.allFeasiblePairs(week);
    }

    @Test
    void everyPairInTheNetworkPassesEveryRuleAndNoFeasiblePairIsMissing() {
        PairJudge judge = PairJudge.of(week);
        Map<Long, TaskFact> tasks = new HashMap<>();
        week.tasks().forEach(t -> tasks.put(t.id(), t));
        Map<Long, HostFact> hosts = new HashMap<>();
        week.hosts().forEach(h -> hosts.put(h.id(), h));
        long feasible = 0;
        for (int c = 0; c < week.candidates().size(); c++) {
            CandidateFact candidate = week.candidates().get(c);
            for (int s = 0; s < week.slots().size(); s++) {
                SlotFact slot = week.slots().get(s);
                TaskFact task = tasks.get(slot.taskId());
                boolean ok = judge.brokenRules(candidate, slot, task, hosts.get(task.hostId())) == 0;
                int minutes = exact.network().travelMinutes(c, s);
                assertThat(minutes >= 0).as("person %d, slot %d", candidate.id(), slot.id()).isEqualTo(ok);
                if (ok) {
                    feasible++;
                    assertThat(minutes).isEqualTo(judge.journey(candidate, slot, hosts.get(task.hostId())).minutes());
                }
            }
        }
        assertThat(exact.network().pairs()).isEqualTo(feasible).isEqualTo(exact.feasiblePairsFound());
        assertThat(exact.restricted()).isFalse();
    }

    @Test
    void theOptimumRespectsEveryCapacityAndKeepsRunningPlacements() {
        FlowAssignment optimum = FlowOptimum.solve(exact.network());
        Map<Long, Long> proposals = exact.proposalsOf(optimum);

        Map<Long, Integer> perSlot = new HashMap<>();
        proposals.values().forEach(slot -> perSlot.merge(slot, 1, Integer::sum));
        Map<Long, TaskFact> tasks = new HashMap<>();
        week.tasks().forEach(t -> tasks.put(t.id(), t));
        Map<Long, Integer> perSupervisor = new HashMap<>();
        for (SlotFact slot : week.slots()) {
            int used = perSlot.getOrDefault(slot.id(), 0);
            assertThat(used).isLessThanOrEqualTo(slot.capacity());
            perSupervisor.merge(tasks.get(slot.taskId()).supervisorId(), used, Integer::sum);
        }
        for (SupervisorFact supervisor : week.supervisors()) {
            assertThat(perSupervisor.getOrDefault(supervisor.id(), 0)).isLessThanOrEqualTo(supervisor.capacity());
        }
        week.candidates().stream().filter(c -> c.pinnedSlotId() != null)
                .forEach(c -> assertThat(proposals.get(c.id())).isEqualTo(c.pinnedSlotId()));
        assertThat(optimum.placed()).isGreaterThan(week.candidates().size() / 3);
        assertThat(FlowOptimum.evaluate(exact.network(), exact.assignmentOf(proposals)))
                .usingRecursiveComparison().isEqualTo(optimum);
    }

    @Test
    void aRestrictedNetworkKeepsOnlyTheNearestSlotsAndCannotBeatTheExactOne() {
        ProblemNetwork nearest = ProblemNetworks.nearestFeasible(week, 2);
        for (int c = 0; c < week.candidates().size(); c++) {
            int[] kept = nearest.network().travelMinutesOfCandidate()[c];
            int pinnedSlot = nearest.network().pinnedSlotOfCandidate()[c];
            assertThat(kept.length).isLessThanOrEqualTo(pinnedSlot >= 0 ? 3 : 2);
            if (pinnedSlot >= 0 && exact.network().travelMinutes(c, pinnedSlot) >= 0) {
                assertThat(nearest.network().travelMinutes(c, pinnedSlot)).isEqualTo(exact.network().travelMinutes(c, pinnedSlot));
            }
            int[] all = exact.network().travelMinutesOfCandidate()[c];
            int longestNearest = java.util.Arrays.stream(kept).limit(Math.min(2, kept.length)).max().orElse(0);
            long shorterLeftOut = java.util.Arrays.stream(all).filter(m -> m < longestNearest).count();
            assertThat(shorterLeftOut).isLessThanOrEqualTo(kept.length);
        }
        assertThat(nearest.restricted()).isTrue();
        assertThat(FlowOptimum.solve(nearest.network()).placedWeight())
                .isLessThanOrEqualTo(FlowOptimum.solve(exact.network()).placedWeight());
    }
}
