package jp.tsunagu.matching.solver;

import static jp.tsunagu.matching.fixture.Fixture.AZUMINO;
import static jp.tsunagu.matching.fixture.Fixture.MATSUMOTO;
import static jp.tsunagu.matching.fixture.Fixture.NAGANO;
import static jp.tsunagu.matching.fixture.Fixture.ROUND;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import jp.tsunagu.candidate.TravelMode;
import jp.tsunagu.matching.fixture.Fixture;
import jp.tsunagu.matching.outcome.MatchingOutcome;
import jp.tsunagu.matching.outcome.ProposalOutcome;
import jp.tsunagu.matching.outcome.SolveProgress;
import jp.tsunagu.matching.outcome.UnplacedOutcome;
import jp.tsunagu.matching.problem.MatchingProblem;
import jp.tsunagu.registry.WorkKind;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;

class WeeklyMatcherTest {

    /**
     * Three places for five people free to move: person 2 reaches only Azumino (bicycle) and
     * outranks person 6, so person 1 (who would like Azumino's cleaning) takes slot 11; person 3
     * (by bus, Mondays and Wednesdays only) outranks person 6 for slot 12 although person 6 would
     * travel less; person 4 lives too far; person 5's running placement fills slot 31.
     */
    static MatchingProblem knownOptimum() {
        return Fixture.problem()
                .site(1, MATSUMOTO, WorkKind.FARMING, 2,
                        Fixture.slot(11, 10).weekdays(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY),
                        Fixture.slot(12, 10))
                .site(2, AZUMINO, WorkKind.CLEANING, 1, Fixture.slot(21, 20).capacity(2))
                .site(3, MATSUMOTO, WorkKind.LIGHT_WORK, 1, Fixture.slot(31, 30))
                .candidate(Fixture.candidate(1).in(MATSUMOTO).priority(3).interests(WorkKind.CLEANING))
                .candidate(Fixture.candidate(2).in(AZUMINO).travel(TravelMode.BICYCLE, 40).priority(2))
                .candidate(Fixture.candidate(3).in(MATSUMOTO).travel(TravelMode.PUBLIC_TRANSPORT, 60)
                        .days(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY).priority(2))
                .candidate(Fixture.candidate(4).in(NAGANO).travel(TravelMode.CAR, 60))
                .candidate(Fixture.candidate(5).in(MATSUMOTO).pinned(31L))
                .candidate(Fixture.candidate(6).in(MATSUMOTO))
                .build();
    }

    static WeeklyMatcher endingAt(String bestScore) {
        return WeeklyMatcher.fromConfig(SolverConfig.createFromXmlResource(WeeklyMatcher.CONFIG_RESOURCE)
                .withTerminationConfig(new TerminationConfig().withBestScoreLimit(bestScore)));
    }

    private static Map<Long, Long> assignment(MatchingOutcome outcome) {
        return outcome.proposals().stream()
                .collect(Collectors.toMap(ProposalOutcome::candidateId, ProposalOutcome::slotId));
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "flow seed {0}")
    @org.junit.jupiter.params.provider.ValueSource(booleans = {true, false})
    void findsTheKnownOptimumOfASmallRound(boolean flowSeed) {
        // medium: persons 4 and 6 unplaced, 120 each (100 + 20 × priority 1).
        // soft: travel -(10 + 33 + 37 + 10) = -90; local +40; worst-off municipality Nagano 100 % × 3 = -300;
        //       host spread -(2² + 1 + 1) × 2 = -12; three warm hosts used +3 × 3 = 9.
        String optimum = "0hard/-240medium/-353soft";
        List<SolveProgress> progress = new CopyOnWriteArrayList<>();

        MatchingOutcome outcome = endingAt(optimum).withFlowSeed(flowSeed).newRun(knownOptimum())
                .onProgress(progress::add).solve();

        assertThat(assignment(outcome)).containsExactlyInAnyOrderEntriesOf(Map.of(1L, 11L, 2L, 21L, 3L, 12L, 5L, 31L));
        assertThat(outcome.unplaced()).extracting(UnplacedOutcome::candidateId).containsExactlyInAnyOrder(4L, 6L);
        assertThat(outcome.score()).isEqualTo(optimum);
        assertThat(outcome.placed()).isEqualTo(4);
        assertThat(outcome.candidates()).isEqualTo(6);
        assertThat(outcome.totalTravelMinutes()).isEqualTo(90);
        assertThat(outcome.proposals()).filteredOn(ProposalOutcome::pinned).extracting(ProposalOutcome::candidateId)
                .containsExactly(5L);
        assertThat(progress).isNotEmpty();
        assertThat(progress.get(progress.size() - 1).bestScore()).isEqualTo(optimum);
        assertThat(outcome.statistics().firstFeasibleMillis()).isBetween(0L, outcome.statistics().millis());
    }

    @Test
    void aPinnedPlacementThatBreaksAHardRuleIsWithdrawnBeforePublishing() {
        // Person 7's running placement asks 3 hours a day; their stage is now 2 hours (the plan was revised).
        MatchingProblem problem = Fixture.problem()
                .site(1, MATSUMOTO, WorkKind.FARMING, 2, Fixture.slot(11, 10), Fixture.slot(12, 10))
                .candidate(Fixture.candidate(7).pacing(2, 5).pinned(11L))
                .candidate(Fixture.candidate(8))
                .build();

        MatchingOutcome outcome = endingAt("-1hard/0medium/-1000000soft").newRun(problem).solve();

        assertThat(outcome.proposals()).extracting(ProposalOutcome::candidateId).containsExactly(8L);
        assertThat(outcome.unplaced()).extracting(UnplacedOutcome::candidateId).containsExactly(7L);
        assertThat(outcome.score()).startsWith("0hard/");
    }

    @Test
    void aStopBeforeTheSolveStartsReturnsAtOnceWithTheUnsolvedRound() {
        MatchingRun run = endingAt("0hard/0medium/0soft").newRun(knownOptimum());
        run.stop();
        MatchingOutcome outcome = run.solve();
        // Only the running placement: nobody else was placed.
        assertThat(assignment(outcome)).containsExactlyEntriesOf(Map.of(5L, 31L));
        assertThat(outcome.unplaced()).hasSize(5);
    }

    @Test
    void aRoundWithoutSettingsUsesTheDefaults() {
        MatchingProblem noSettings = knownOptimum().withSettings(null);
        MatchingOutcome outcome = endingAt("0hard/-240medium/-353soft").newRun(noSettings).solve();
        assertThat(outcome.placed()).isEqualTo(4);
    }

    @Test
    void theDefaultConfigurationSolvesWithinTheSettingsTimeLimits() {
        var quick = Fixture.settings().withSolveTime(2, 1);
        MatchingOutcome outcome = WeeklyMatcher.fromDefaultConfig().newRun(knownOptimum().withSettings(quick)).solve();
        assertThat(outcome.placed()).isEqualTo(4);
        assertThat(outcome.statistics().millis()).isLessThan(10_000);
        assertThat(outcome.statistics().scoreCalculationSpeed()).isPositive();
        assertThat(ROUND.getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
    }
}
