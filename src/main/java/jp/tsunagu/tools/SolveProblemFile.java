package jp.tsunagu.tools;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import jp.tsunagu.matching.optimum.FlowAssignment;
import jp.tsunagu.matching.optimum.FlowOptimum;
import jp.tsunagu.matching.optimum.ProblemNetwork;
import jp.tsunagu.matching.optimum.ProblemNetworks;
import jp.tsunagu.matching.outcome.MatchingOutcome;
import jp.tsunagu.matching.outcome.ProposalOutcome;
import jp.tsunagu.matching.outcome.UnplacedOutcome;
import jp.tsunagu.matching.outcome.UnplacedReason;
import jp.tsunagu.matching.problem.MatchingProblem;
import jp.tsunagu.matching.problem.MatchingSettings;
import jp.tsunagu.matching.problem.ProblemFileException;
import jp.tsunagu.matching.problem.ProblemFiles;
import jp.tsunagu.matching.solver.WeeklyMatcher;

/**
 * Solves a problem file offline, as the weekly round would, and writes the outcome (JSON) and a
 * short text summary.
 *
 * <pre>
 * SolveProblemFile --problem FILE [--out DIR] [--seconds N] [--unimproved N] [--flow-seed true|false]
 *                  [--optimum true|false]
 * </pre>
 * Writes {@code DIR/<name>.outcome.json} and {@code DIR/<name>.summary.txt} (DIR defaults to
 * {@code target/solve}) and prints the summary. {@code --seconds}/{@code --unimproved} override the
 * problem's time limits; {@code --optimum true} also computes the exact optimum of the core
 * objective and the gap to it. See {@code docs/offline-solving.md}.
 */
public final class SolveProblemFile {

    private static final String USAGE = "usage: SolveProblemFile --problem FILE [--out DIR] [--seconds N] "
            + "[--unimproved N] [--flow-seed true|false] [--optimum true|false]";

    private SolveProblemFile() {
    }

    public static void main(String[] args) throws Exception {
        System.exit(run(args, System.out, System.err));
    }

    /** Solves as the command line says; answers the exit code: 0 solved, 1 unreadable problem file, 2 bad options. */
    static int run(String[] args, PrintStream out, PrintStream err) throws Exception {
        CommandLine options;
        Path problemFile;
        try {
            options = new CommandLine(args, Set.of("problem", "out", "seconds", "unimproved", "flow-seed", "optimum"));
            problemFile = Path.of(options.required("problem"));
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println(USAGE);
            return 2;
        }
        MatchingProblem problem;
        try {
            problem = ProblemFiles.read(problemFile);
        } catch (ProblemFileException e) {
            err.println(e.getMessage());
            return 1;
        }
        MatchingSettings settings = problem.settings() != null ? problem.settings() : MatchingSettings.defaults();
        if (options.has("seconds") || options.has("unimproved")) {
            settings = settings.withSolveTime(
                    Integer.parseInt(options.get("seconds", String.valueOf(settings.solveSeconds()))),
                    Integer.parseInt(options.get("unimproved", String.valueOf(settings.unimprovedSeconds()))));
        }
        problem = problem.withSettings(settings);
        boolean flowSeed = Boolean.parseBoolean(options.get("flow-seed", "true"));

        out.printf("solving %s: %d people, %d slots, up to %d s (%d s without improvement), flow seed %s%n",
                problemFile, problem.candidates().size(), problem.slots().size(), settings.solveSeconds(),
                settings.unimprovedSeconds(), flowSeed ? "on" : "off");
        MatchingOutcome outcome = WeeklyMatcher.fromDefaultConfig().withFlowSeed(flowSeed).newRun(problem)
                .onProgress(p -> out.printf("  %6.1f s  %-32s placed %d/%d%n", p.elapsedMillis() / 1000.0,
                        p.bestScore(), p.placed(), p.candidates()))
                .solve();

        String optimumLine = null;
        if (Boolean.parseBoolean(options.get("optimum", "false"))) {
            optimumLine = optimumLine(problem, outcome);
        }

        Path outDir = Path.of(options.get("out", "target/solve"));
        Files.createDirectories(outDir);
        String name = problemFile.getFileName().toString().replaceFirst("\\.json$", "");
        Path outcomeFile = outDir.resolve(name + ".outcome.json");
        try (Jsonb jsonb = JsonbBuilder.create(new JsonbConfig().withFormatting(true))) {
            Files.writeString(outcomeFile, jsonb.toJson(outcome) + "\n", StandardCharsets.UTF_8);
        }
        String summary = summary(problemFile, outcome, optimumLine);
        Files.writeString(outDir.resolve(name + ".summary.txt"), summary, StandardCharsets.UTF_8);
        out.print(summary);
        out.println("outcome: " + outcomeFile);
        return 0;
    }

    /** The short text a coordinator reads first. */
    static String summary(Path problemFile, MatchingOutcome outcome, String optimumLine) {
        StringBuilder text = new StringBuilder();
        text.append("problem        ").append(problemFile).append('\n');
        text.append(String.format(Locale.ROOT, "placed         %d / %d people (%.1f%%)%n", outcome.placed(),
                outcome.candidates(), 100.0 * outcome.placed() / Math.max(1, outcome.candidates())));
        text.append("placed weight  ").append(outcome.placedWeight()).append('\n');
        text.append(String.format(Locale.ROOT, "travel         %d min in total, %.1f min per placed person%n",
                outcome.totalTravelMinutes(), (double) outcome.totalTravelMinutes() / Math.max(1, outcome.placed())));
        text.append("score          ").append(outcome.score()).append('\n');
        text.append(String.format(Locale.ROOT, "time           %.1f s, first feasible after %.2f s, %d score calculations/s%n",
                outcome.statistics().millis() / 1000.0, outcome.statistics().firstFeasibleMillis() / 1000.0,
                outcome.statistics().scoreCalculationSpeed()));
        long pickUps = outcome.proposals().stream()
                .filter(p -> p.travelledBy() == jp.tsunagu.candidate.TravelMode.PICK_UP).count();
        long pinned = outcome.proposals().stream().filter(ProposalOutcome::pinned).count();
        text.append("by pick-up     ").append(pickUps).append(", running placements kept ").append(pinned).append('\n');
        long swaps = outcome.proposals().stream().flatMap(p -> p.alternatives().stream())
                .filter(a -> a.moves().size() == 1).count();
        long chains = outcome.proposals().stream().flatMap(p -> p.alternatives().stream())
                .filter(a -> a.moves().size() > 1).count();
        text.append(String.format(Locale.ROOT, "alternatives   %.1f%% of %d placed people with 3+ feasible slots have 2+"
                        + " (%d alternatives by a swap, %d by a chain of moves)%n", outcome.twoAlternativesSharePct(),
                outcome.placedWithChoice(), swaps, chains));
        if (optimumLine != null) {
            text.append(optimumLine).append('\n');
        }
        text.append("top reasons people were left unplaced (the rule ruling out most of their slots):\n");
        Map<String, Integer> byRule = new LinkedHashMap<>();
        Map<String, String> labels = new LinkedHashMap<>();
        int noReason = 0;
        for (UnplacedOutcome u : outcome.unplaced()) {
            UnplacedReason top = u.reasons().stream().max(Comparator.comparingInt(UnplacedReason::slots)).orElse(null);
            if (top == null) {
                noReason++;
                continue;
            }
            byRule.merge(top.rule(), 1, Integer::sum);
            labels.putIfAbsent(top.rule(), top.messageJa());
        }
        byRule.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(5)
                .forEach(e -> text.append(String.format(Locale.ROOT, "  %4d  %-30s e.g. %s%n", e.getValue(), e.getKey(),
                        labels.get(e.getKey()))));
        if (noReason > 0) {
            text.append(String.format(Locale.ROOT, "  %4d  %s%n", noReason,
                    "feasible slots exist, but others were placed there (capacity)"));
        }
        return text.toString();
    }

    private static String optimumLine(MatchingProblem problem, MatchingOutcome outcome) {
        long start = System.nanoTime();
        ProblemNetwork network = ProblemNetworks.allFeasiblePairs(problem);
        FlowAssignment optimum = FlowOptimum.solve(network.network());
        double gap = optimum.placedWeight() == 0 ? 0
                : 100.0 * (optimum.placedWeight() - outcome.placedWeight()) / optimum.placedWeight();
        return String.format(Locale.ROOT, "exact optimum  placed %d, weight %d, travel %d min (over %,d feasible pairs, "
                        + "%.1f s); core gap %.2f%%", optimum.placed(), optimum.placedWeight(),
                optimum.totalTravelMinutes(), network.feasiblePairsFound(), (System.nanoTime() - start) / 1e9, gap);
    }
}
