package jp.tsunagu.matching.round;

import static jp.tsunagu.matching.fixture.Fixture.MATSUMOTO;
import static jp.tsunagu.matching.fixture.Fixture.ROUND;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import jp.tsunagu.registry.WorkKind;
import jp.tsunagu.matching.fixture.Fixture;
import jp.tsunagu.matching.outcome.MatchingOutcome;
import jp.tsunagu.matching.outcome.ProposalOutcome;
import jp.tsunagu.matching.problem.CandidateFact;
import jp.tsunagu.matching.problem.HostFact;
import jp.tsunagu.matching.problem.MatchingProblem;
import jp.tsunagu.matching.problem.SlotFact;
import jp.tsunagu.matching.problem.TaskFact;
import jp.tsunagu.matching.rules.PairJudge;
import jp.tsunagu.matching.rules.PairRule;
import jp.tsunagu.matching.solver.WeeklyMatcher;
import jp.tsunagu.matching.travel.TravelTimes;
import org.junit.jupiter.api.Test;

/**
 * A task or host exclusion reaches the solver as every slot of that task or host in the pool, read
 * by the one rule {@code slotExclusionRespected}: for the person it names, and nobody else.
 */
class ExcludedSlotsTest {

    /** Host 1: task 10 (slots 101, 102), task 11 (slot 111); host 2: task 20 (slot 201). All in 松本市. */
    private static final List<TaskFact> TASKS = List.of(
            Fixture.task(10, 1, 1, WorkKind.GARDENING), Fixture.task(11, 1, 1, WorkKind.CLEANING),
            Fixture.task(20, 2, 2, WorkKind.GARDENING));
    private static final List<SlotFact> SLOTS = List.of(Fixture.slot(101, 10).capacity(3).build(),
            Fixture.slot(102, 10).capacity(3).build(), Fixture.slot(111, 11).capacity(3).build(),
            Fixture.slot(201, 20).capacity(3).build());
    private static final Map<Long, HostFact> HOSTS = Map.of(1L, Fixture.host(1, MATSUMOTO), 2L, Fixture.host(2, MATSUMOTO));

    @Test
    void anExcludedHostsEverySlotIsInfeasibleForThatPersonOnly() {
        ExcludedSlots excluded = new ExcludedSlots();
        excluded.host(1, 1);
        Map<Long, Set<Long>> expanded = excluded.expand(TASKS, SLOTS, Map.of());

        CandidateFact excludedPerson = person(1, expanded);
        CandidateFact someoneElse = person(2, expanded);
        assertThat(infeasible(excludedPerson)).containsExactlyInAnyOrder(101L, 102L, 111L);
        assertThat(infeasible(someoneElse)).isEmpty();
    }

    @Test
    void anExcludedTaskLeavesTheHostsOtherTasksOpen() {
        ExcludedSlots excluded = new ExcludedSlots();
        excluded.task(1, 10);
        assertThat(infeasible(person(1, excluded.expand(TASKS, SLOTS, Map.of())))).containsExactlyInAnyOrder(101L, 102L);
    }

    @Test
    void aSlotExclusionStaysThePairAlone() {
        ExcludedSlots excluded = new ExcludedSlots();
        excluded.slot(1, 101);
        excluded.slot(1, 999);
        assertThat(excluded.expand(TASKS, SLOTS, Map.of())).isEqualTo(Map.of(1L, Set.of(101L, 999L)));
    }

    /** A running placement or a proposal being decided is ended by a decline, not withdrawn under the counter. */
    @Test
    void theSlotThePersonHoldsIsNotTakenByAHostExclusion() {
        ExcludedSlots excluded = new ExcludedSlots();
        excluded.host(1, 1);
        excluded.slot(2, 111);
        Map<Long, Set<Long>> expanded = excluded.expand(TASKS, SLOTS, Map.of(1L, 111L, 2L, 111L));
        assertThat(expanded.get(1L)).containsExactlyInAnyOrder(101L, 102L);
        assertThat(expanded.get(2L)).as("a slot named by itself stays excluded").containsExactly(111L);
    }

    @Test
    void theSolverProposesNoSlotOfAnExcludedHost() {
        ExcludedSlots excluded = new ExcludedSlots();
        excluded.host(1, 1);
        Map<Long, Set<Long>> expanded = excluded.expand(TASKS, SLOTS, Map.of());
        // Host 1 is the better choice for both (more slots, interests); person 1 must still go to host 2.
        MatchingProblem problem = Fixture.problem()
                .host(HOSTS.get(1L)).host(HOSTS.get(2L))
                .supervisor(Fixture.supervisor(1, 1, 3)).supervisor(Fixture.supervisor(2, 2, 3))
                .task(TASKS.get(0)).task(TASKS.get(1)).task(TASKS.get(2))
                .slot(SLOTS.get(0)).slot(SLOTS.get(1)).slot(SLOTS.get(2)).slot(SLOTS.get(3))
                .candidate(person(1, expanded)).candidate(person(2, expanded))
                .settings(Fixture.settings().withSolveTime(1, 1))
                .build();
        MatchingOutcome outcome = WeeklyMatcher.fromDefaultConfig().newRun(problem).solve();
        Map<Long, Long> slotOf = outcome.proposals().stream()
                .collect(Collectors.toMap(ProposalOutcome::candidateId, ProposalOutcome::slotId));
        assertThat(slotOf).containsEntry(1L, 201L);
        assertThat(slotOf).containsKey(2L);
    }

    private static CandidateFact person(long id, Map<Long, Set<Long>> expanded) {
        return Fixture.candidate(id).in(MATSUMOTO).interests(WorkKind.CLEANING)
                .excludesSlots(expanded.getOrDefault(id, Set.of()).toArray(Long[]::new)).build();
    }

    /** The slots the pair judge rules out for the person by the slot-exclusion rule. */
    private static Set<Long> infeasible(CandidateFact person) {
        PairJudge judge = new PairJudge(ROUND, TravelTimes.of(Fixture.MUNICIPALITIES, List.of(), Fixture.settings()));
        Map<Long, TaskFact> tasks = TASKS.stream().collect(Collectors.toMap(TaskFact::id, t -> t));
        return SLOTS.stream().filter(slot -> {
            TaskFact task = tasks.get(slot.taskId());
            int broken = judge.brokenRules(person, slot, task, HOSTS.get(task.hostId()));
            return PairRule.SLOT_EXCLUSION_RESPECTED.brokenIn(broken);
        }).map(SlotFact::id).collect(Collectors.toSet());
    }
}
