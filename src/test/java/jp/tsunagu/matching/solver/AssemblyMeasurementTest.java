package jp.tsunagu.matching.solver;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jp.tsunagu.matching.problem.MatchingProblem;
import jp.tsunagu.sample.SampleScale;
import jp.tsunagu.sample.SampleWeekGenerator;
import org.junit.jupiter.api.Test;

/**
 * Times {@link SolutionAssembler#toSolution} alone on a larger sample week and prints a fingerprint
 * of every value range, so that two builds can be compared at a scale too big for the reference
 * assembly of {@link SolutionAssemblerTest}. Skipped unless asked for, since it occupies the machine:
 * {@code -Dtsunagu.measureAssembly=100x}; or run {@link #main} with {@code -Xmx4g}.
 */
class AssemblyMeasurementTest {

    @Test
    void assemblesALargerSampleWeek() {
        String scale = System.getProperty("tsunagu.measureAssembly");
        assumeTrue(scale != null && !scale.isBlank(), "set -Dtsunagu.measureAssembly=100x to run");
        measure(scale, 1);
    }

    /** {@code scale [repetitions]}, e.g. {@code 100x 2}. */
    public static void main(String[] args) {
        measure(args.length > 0 ? args[0] : "10x", args.length > 1 ? Integer.parseInt(args[1]) : 1);
    }

    private static void measure(String scale, int repetitions) {
        long start = System.nanoTime();
        MatchingProblem week = new SampleWeekGenerator().generate(SampleWeekGenerator.DEFAULT_SEED,
                SampleScale.parse(scale));
        System.out.printf("%s: %d people, %d slots, generated in %d ms%n", scale, week.candidates().size(),
                week.slots().size(), (System.nanoTime() - start) / 1_000_000);
        for (int r = 0; r < repetitions; r++) {
            start = System.nanoTime();
            MatchingSolution solution = SolutionAssembler.toSolution(week);
            long millis = (System.nanoTime() - start) / 1_000_000;
            long pairs = 0;
            long fingerprint = 17;
            for (Placement p : solution.getPlacements()) {
                pairs += p.getSlotOptions().size();
                fingerprint = fingerprint * 31 + p.getId();
                for (Slot slot : p.getSlotOptions()) {
                    fingerprint = fingerprint * 31 + slot.id();
                }
            }
            System.out.printf("%s: assembled in %d ms, %d pairs in range, fingerprint %016x%n", scale, millis,
                    pairs, fingerprint);
        }
    }
}
