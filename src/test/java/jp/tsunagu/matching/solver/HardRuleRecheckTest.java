package jp.tsunagu.matching.solver;

import static jp.tsunagu.matching.fixture.Fixture.MATSUMOTO;
import static jp.tsunagu.matching.fixture.Fixture.NAGANO;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import jp.tsunagu.candidate.TravelMode;
import jp.tsunagu.matching.fixture.Fixture;
import jp.tsunagu.registry.WorkKind;
import org.junit.jupiter.api.Test;

class HardRuleRecheckTest {

    private static MatchingSolution assigned(Fixture.ProblemBuilder builder, Map<Long, Long> assignment) {
        MatchingSolution solution = SolutionAssembler.toSolution(builder.build());
        for (Placement p : solution.getPlacements()) {
            Long slot = assignment.get(p.getId());
            p.setSlot(slot == null ? null : solution.slotById(slot));
        }
        return solution;
    }

    private static Map<Long, String> breaches(MatchingSolution solution) {
        return HardRuleRecheck.findBreaches(solution).stream().collect(java.util.stream.Collectors.toMap(
                b -> b.placement().getId(), HardRuleRecheck.Breach::rule));
    }

    @Test
    void aFeasibleSolutionHasNoBreaches() {
        MatchingSolution solution = assigned(Fixture.problem()
                .site(1, MATSUMOTO, WorkKind.FARMING, 2, Fixture.slot(11, 10), Fixture.slot(12, 10))
                .candidate(Fixture.candidate(1)).candidate(Fixture.candidate(2)), Map.of(1L, 11L, 2L, 12L));
        assertThat(breaches(solution)).isEmpty();
    }

    @Test
    void anOverFullSlotLosesItsLightestUnpinnedPeople() {
        MatchingSolution solution = assigned(Fixture.problem()
                .site(1, MATSUMOTO, WorkKind.FARMING, 5, Fixture.slot(11, 10))
                .candidate(Fixture.candidate(1).priority(1))
                .candidate(Fixture.candidate(2).priority(5))
                .candidate(Fixture.candidate(3).priority(1).pinned(11L)), Map.of(1L, 11L, 2L, 11L, 3L, 11L));
        // Three in a slot for one: the pinned one stays, the lighter of the others leaves first.
        assertThat(breaches(solution)).containsExactlyInAnyOrderEntriesOf(
                Map.of(1L, "slotCapacity", 2L, "slotCapacity"));
    }

    @Test
    void aSupervisorOverTheirLimitAcrossSlotsLosesTheLightest() {
        MatchingSolution solution = assigned(Fixture.problem()
                .site(1, MATSUMOTO, WorkKind.FARMING, 1, Fixture.slot(11, 10), Fixture.slot(12, 10))
                .candidate(Fixture.candidate(1).priority(4))
                .candidate(Fixture.candidate(2).priority(2)), Map.of(1L, 11L, 2L, 12L));
        assertThat(breaches(solution)).containsExactlyEntriesOf(Map.of(2L, "supervisorCapacity"));
    }

    @Test
    void aPairwiseRuleIsJudgedFromTheFactsNotFromThePrecomputedFigures() {
        MatchingSolution solution = assigned(Fixture.problem()
                .site(1, MATSUMOTO, WorkKind.FARMING, 5, Fixture.slot(11, 10))
                .candidate(Fixture.candidate(1).in(NAGANO).travel(TravelMode.CAR, 60)), Map.of(1L, 11L));
        assertThat(breaches(solution)).containsExactlyEntriesOf(Map.of(1L, "travelWithinReach"));
    }
}
