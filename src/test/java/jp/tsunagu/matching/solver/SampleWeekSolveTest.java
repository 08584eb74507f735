package jp.tsunagu.matching.solver;

import static org.assertj.core.api.Assertions.assertThat;

import jp.tsunagu.matching.optimum.FlowAssignment;
import jp.tsunagu.matching.optimum.FlowOptimum;
import jp.tsunagu.matching.outcome.MatchingOutcome;
import jp.tsunagu.matching.problem.MatchingProblem;
import jp.tsunagu.matching.problem.MatchingSettings;
import jp.tsunagu.sample.SampleWeekGenerator;
import org.junit.jupiter.api.Test;

/**
 * The sample week of Nagano (about 300 people, 450 slots) solved with the default configuration
 * and short time limits, with and without the flow seed, against the exact optimum of the core
 * objective over the same pruned pairs.
 */
class SampleWeekSolveTest {

    @Test
    void theSampleWeekIsSolvedFeasiblyAndPlacesTheOptimalWeight() {
        MatchingProblem week = SampleWeekGenerator.defaultWeek();
        MatchingProblem quick = week.withSettings(MatchingSettings.defaults().withSolveTime(6, 2));
        MatchingSolution assembled = SolutionAssembler.toSolution(quick);
        FlowAssignment optimum = FlowOptimum.solve(FlowSeed.network(assembled.getPlacements(), assembled.getSlots()));

        WeeklyMatcher matcher = WeeklyMatcher.fromDefaultConfig();
        MatchingOutcome seeded = matcher.withFlowSeed(true).newRun(quick).solve();
        MatchingOutcome searched = matcher.withFlowSeed(false).newRun(quick).solve();

        System.out.printf("sample week %d people, %d slots; optimum placed %d weight %d travel %d%n",
                week.candidates().size(), week.slots().size(), optimum.placed(), optimum.placedWeight(),
                optimum.totalTravelMinutes());
        for (var entry : java.util.Map.of("with flow seed", seeded, "without", searched).entrySet()) {
            MatchingOutcome o = entry.getValue();
            System.out.printf("%s: %s placed %d weight %d travel %d in %d ms, first feasible %d ms, %d calc/s%n",
                    entry.getKey(), o.score(), o.placed(), o.placedWeight(), o.totalTravelMinutes(),
                    o.statistics().millis(), o.statistics().firstFeasibleMillis(),
                    o.statistics().scoreCalculationSpeed());
        }

        assertThat(seeded.score()).startsWith("0hard/");
        assertThat(searched.score()).startsWith("0hard/");
        assertThat(seeded.placedWeight()).isEqualTo(optimum.placedWeight());
        assertThat(searched.placedWeight()).isGreaterThanOrEqualTo(optimum.placedWeight() * 95 / 100);
        assertThat(seeded.proposals().size() + seeded.unplaced().size()).isEqualTo(week.candidates().size());
        assertThat(seeded.unplaced()).allSatisfy(u -> assertThat(u.summaryJa()).isNotBlank());
    }
}
