package jp.tsunagu.tools;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import jp.tsunagu.matching.problem.MatchingProblem;
import jp.tsunagu.matching.problem.ProblemFiles;
import jp.tsunagu.sample.SampleScale;
import jp.tsunagu.sample.SampleWeekGenerator;

/**
 * Writes a sample week of the Nagano sample prefecture as a problem file.
 *
 * <pre>
 * GenerateSample [--scale default|10x|100x] [--seed N] [--out FILE]
 * </pre>
 * Defaults: scale {@code default}, seed {@value SampleWeekGenerator#DEFAULT_SEED},
 * out {@code target/sample/week-<scale>.json}. See {@code docs/offline-solving.md}.
 */
public final class GenerateSample {

    private GenerateSample() {
    }

    public static void main(String[] args) throws Exception {
        CommandLine options;
        SampleScale scale;
        long seed;
        try {
            options = new CommandLine(args, Set.of("scale", "seed", "out"));
            scale = SampleScale.parse(options.get("scale", "default"));
            seed = Long.parseLong(options.get("seed", String.valueOf(SampleWeekGenerator.DEFAULT_SEED)));
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println("usage: GenerateSample [--scale default|10x|100x] [--seed N] [--out FILE]");
            System.exit(2);
            return;
        }
        Path out = Path.of(options.get("out", "target/sample/week-" + scale.label() + ".json"));
        MatchingProblem problem = new SampleWeekGenerator().generate(seed, scale);
        ProblemFiles.write(problem, out);
        System.out.printf("%s: %s, round %s, seed %d, scale %s: %d people, %d hosts, %d supervisors, %d tasks, "
                        + "%d slots (%,d bytes)%n",
                out, problem.prefectureName(), problem.roundStart(), seed, scale.label(), problem.candidates().size(),
                problem.hosts().size(), problem.supervisors().size(), problem.tasks().size(), problem.slots().size(),
                Files.size(out));
    }
}
