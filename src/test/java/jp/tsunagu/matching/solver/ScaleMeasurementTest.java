package jp.tsunagu.matching.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jp.tsunagu.matching.outcome.MatchingOutcome;
import jp.tsunagu.matching.problem.MatchingProblem;
import jp.tsunagu.matching.problem.MatchingSettings;
import jp.tsunagu.sample.SampleScale;
import jp.tsunagu.sample.SampleWeekGenerator;
import org.junit.jupiter.api.Test;

/**
 * Times a larger sample week end to end (assembly, seed, search, re-check, explanations). Skipped
 * unless asked for, since it occupies the machine: {@code -Dtsunagu.measure=10x} (or 100x).
 */
class ScaleMeasurementTest {

    @Test
    void solvesALargerSampleWeek() {
        String scale = System.getProperty("tsunagu.measure");
        assumeTrue(scale != null && !scale.isBlank(), "set -Dtsunagu.measure=10x to run");
        MatchingProblem week = new SampleWeekGenerator().generate(SampleWeekGenerator.DEFAULT_SEED,
                SampleScale.parse(scale)).withSettings(MatchingSettings.defaults().withSolveTime(20, 3));

        long start = System.nanoTime();
        MatchingSolution assembled = SolutionAssembler.toSolution(week);
        long assembleMillis = (System.nanoTime() - start) / 1_000_000;
        long pairs = assembled.getPlacements().stream().mapToLong(p -> p.getSlotOptions().size()).sum();

        start = System.nanoTime();
        var network = FlowSeed.network(assembled.getPlacements(), assembled.getSlots());
        var parts = jp.tsunagu.matching.optimum.FlowParts.of(network);
        System.out.printf("%d parts, largest %d pairs / %d people, second %d pairs, cut in %d ms%n", parts.size(),
                parts.get(0).pairs(), parts.get(0).candidates().length, parts.size() > 1 ? parts.get(1).pairs() : 0,
                (System.nanoTime() - start) / 1_000_000);
        start = System.nanoTime();
        var optimum = jp.tsunagu.matching.optimum.FlowParts.solve(network);
        System.out.printf("flow optimum placed %d weight %d travel %d in %d ms%n", optimum.placed(),
                optimum.placedWeight(), optimum.totalTravelMinutes(), (System.nanoTime() - start) / 1_000_000);

        boolean seed = !"false".equals(System.getProperty("tsunagu.matching.flowSeed"));
        MatchingOutcome outcome = WeeklyMatcher.fromDefaultConfig().withFlowSeed(seed).newRun(week).solve();
        System.out.printf("%s: %d people, %d slots, %d pairs in range, assembled in %d ms%n", scale,
                week.candidates().size(), week.slots().size(), pairs, assembleMillis);
        System.out.printf("%s placed %d weight %d travel %d; %d ms total, first feasible %d ms, %d calc/s%n",
                outcome.score(), outcome.placed(), outcome.placedWeight(), outcome.totalTravelMinutes(),
                outcome.statistics().millis(), outcome.statistics().firstFeasibleMillis(),
                outcome.statistics().scoreCalculationSpeed());
        assertThat(outcome.score()).startsWith("0hard/");
    }
}
