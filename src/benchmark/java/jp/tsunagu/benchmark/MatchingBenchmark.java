package jp.tsunagu.benchmark;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import jp.tsunagu.matching.optimum.FlowAssignment;
import jp.tsunagu.matching.optimum.FlowOptimum;
import jp.tsunagu.matching.optimum.MunicipalityAlone;
import jp.tsunagu.matching.optimum.ProblemNetwork;
import jp.tsunagu.matching.optimum.ProblemNetworks;
import jp.tsunagu.matching.outcome.MatchingOutcome;
import jp.tsunagu.matching.outcome.ProposalOutcome;
import jp.tsunagu.matching.problem.MatchingProblem;
import jp.tsunagu.matching.problem.MatchingSettings;
import jp.tsunagu.matching.problem.ProblemFiles;
import jp.tsunagu.matching.solver.WeeklyMatcher;
import jp.tsunagu.sample.SampleScale;
import jp.tsunagu.sample.SampleWeekGenerator;

/**
 * Measures the weekly solver on sample weeks (or a problem file) against the exact optimum of the
 * core objective: placed people, the gap in placed weight, time to the first feasible solution,
 * wall time and peak heap. Run by {@code mvn -o -Pbenchmark verify -Dbenchmark.scale=default|10x|100x|all}
 * (see {@code docs/benchmark.md}); system properties:
 * <ul>
 *   <li>{@code benchmark.scale} default | 10x | 100x | all; {@code benchmark.problem} a problem file instead</li>
 *   <li>{@code benchmark.seed} generator seed (20261130)</li>
 *   <li>{@code benchmark.seconds} the solver's limit (30 s at default scale, 60 s above);
 *       {@code benchmark.unimproved} its limit without improvement (the settings', 5 s)</li>
 *   <li>{@code benchmark.flowSeed} on | off | both (both)</li>
 *   <li>{@code benchmark.optimumMaxPairs} above this many feasible pairs the optimum is taken over each
 *       person's nearest slots only, and the output says so (20,000,000)</li>
 *   <li>{@code benchmark.crossCheckMaxPairs} up to this many pairs in the optimum's network, JGraphT
 *       ({@link FlowOptimum#solve}, the service's) computes it as well and must agree with OR-Tools
 *       (1,000,000: the default and 10x weeks, not 100x)</li>
 *   <li>{@code benchmark.stability} false: no second week and no churn (true)</li>
 *   <li>{@code benchmark.weightStability} another weight of the {@code stableProposals} rule (the settings', 120)</li>
 *   <li>{@code benchmark.churnDiagnose} true: the second week also solved by the seed and construction
 *       alone, to tell their churn from the local search's (false)</li>
 *   <li>{@code benchmark.report} true: then also the OptaPlanner Benchmarker report ({@link BenchmarkerReport})</li>
 * </ul>
 * The exact optimum is Google OR-Tools' min-cost flow ({@link OrToolsOptimum}) over every feasible pair.
 * Before the first measured run the JVM is warmed up with a short solve of another default week, as
 * the service's JVM would be by its first round; that run is not reported.
 */
public final class MatchingBenchmark {

    static final Path OUTPUT = Path.of("target/benchmark");
    static final Path SUMMARY = OUTPUT.resolve("summary.jsonl");

    private MatchingBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Files.createDirectories(OUTPUT);
        long seed = Long.parseLong(property("benchmark.seed", String.valueOf(SampleWeekGenerator.DEFAULT_SEED)));
        String problemFile = property("benchmark.problem", "");
        String flowSeed = property("benchmark.flowSeed", "both").toLowerCase(Locale.ROOT);
        long maxPairs = Long.parseLong(property("benchmark.optimumMaxPairs", "20000000"));
        long crossCheckMaxPairs = Long.parseLong(property("benchmark.crossCheckMaxPairs", "1000000"));
        boolean stability = Boolean.parseBoolean(property("benchmark.stability", "true"));

        List<Instance> instances = new ArrayList<>();
        if (!problemFile.isEmpty()) {
            Path file = Path.of(problemFile);
            instances.add(new Instance(file.getFileName().toString().replaceFirst("\\.json$", ""),
                    () -> ProblemFiles.read(file), 30));
        } else {
            String scales = property("benchmark.scale", "default");
            List<SampleScale> chosen = scales.equalsIgnoreCase("all") ? List.of(SampleScale.values())
                    : List.of(SampleScale.parse(scales));
            for (SampleScale scale : chosen) {
                instances.add(new Instance("nagano-" + scale.label() + "-seed" + seed,
                        () -> new SampleWeekGenerator().generate(seed, scale), scale == SampleScale.DEFAULT ? 30 : 60));
            }
        }
        List<Boolean> seedModes = switch (flowSeed) {
            case "on", "true" -> List.of(true);
            case "off", "false" -> List.of(false);
            default -> List.of(true, false);
        };

        System.out.println("warming up the JVM on another default week (not reported) ...");
        WeeklyMatcher matcher = WeeklyMatcher.fromDefaultConfig();
        MatchingProblem warmUp = new SampleWeekGenerator().generate(seed + 1, SampleScale.DEFAULT);
        matcher.newRun(warmUp.withSettings(MatchingSettings.defaults().withSolveTime(4, 2))).solve();

        Table table = new Table();
        table.header();
        for (Instance instance : instances) {
            MatchingProblem problem = instance.problem().load();
            int seconds = Integer.parseInt(property("benchmark.seconds", String.valueOf(instance.defaultSeconds())));
            MatchingSettings defaults = problem.settings() != null ? problem.settings() : MatchingSettings.defaults();
            String stabilityWeight = property("benchmark.weightStability", "");
            if (!stabilityWeight.isEmpty()) {
                // Another weight of the stableProposals rule, to measure what it does to the churn.
                java.util.Properties properties = MatchingSettings.defaultProperties();
                properties.setProperty("weight.stability", stabilityWeight);
                defaults = MatchingSettings.fromProperties(properties);
                System.out.println("weight.stability = " + stabilityWeight);
            }
            int unimproved = Integer.parseInt(property("benchmark.unimproved", String.valueOf(defaults.unimprovedSeconds())));
            MatchingProblem limited = problem.withSettings(defaults.withSolveTime(seconds, Math.min(unimproved, seconds)));

            Optimum optimum = optimum(limited, maxPairs, crossCheckMaxPairs);
            long aloneStart = System.nanoTime();
            int aloneTotal = MunicipalityAlone.total(MunicipalityAlone.of(limited));
            double aloneSeconds = (System.nanoTime() - aloneStart) / 1e9;
            System.out.printf(Locale.ROOT, "each municipality alone: %d placed in all (%.2f s)%n", aloneTotal, aloneSeconds);
            for (boolean seedOn : seedModes) {
                Run run = solve(matcher.withFlowSeed(seedOn), limited);
                Double churn = null;
                if (stability && seedOn) {
                    churn = WeekToWeek.churnPct(matcher.withFlowSeed(true), limited, run.outcome(), seed);
                }
                Row row = new Row(instance.name(), seedOn, problem, run, optimum, seconds, aloneTotal, aloneSeconds,
                        churn);
                table.print(row);
                append(row.toJson());
            }
        }
        table.footer();
        System.out.println("summary: " + SUMMARY.toAbsolutePath());

        if (Boolean.parseBoolean(property("benchmark.report", "false"))) {
            BenchmarkerReport.run(seed);
        }
        System.exit(0); // the solver's thread pools must not keep the forked JVM alive
    }

    private static Optimum optimum(MatchingProblem problem, long maxPairs, long crossCheckMaxPairs) {
        System.gc();
        long start = System.nanoTime();
        ProblemNetwork network = ProblemNetworks.allFeasiblePairs(problem);
        if (network.feasiblePairsFound() > maxPairs) {
            int perPerson = (int) Math.max(1, maxPairs / Math.max(1, problem.candidates().size()));
            network = ProblemNetworks.nearestFeasible(problem, perPerson);
        }
        double networkSeconds = (System.nanoTime() - start) / 1e9;
        OrToolsOptimum.load();
        start = System.nanoTime();
        FlowAssignment assignment = OrToolsOptimum.solve(network.network());
        double orToolsSeconds = (System.nanoTime() - start) / 1e9;

        double jgraphtSeconds = Double.NaN;
        long pairs = network.network().pairs();
        if (pairs <= crossCheckMaxPairs) {
            start = System.nanoTime();
            FlowAssignment jgrapht = FlowOptimum.solve(network.network());
            jgraphtSeconds = (System.nanoTime() - start) / 1e9;
            if (jgrapht.placedWeight() != assignment.placedWeight()
                    || jgrapht.totalTravelMinutes() != assignment.totalTravelMinutes()) {
                throw new IllegalStateException(String.format(Locale.ROOT,
                        "cross-check FAILED over %,d pairs: OR-Tools weight %d travel %d, JGraphT weight %d travel %d",
                        pairs, assignment.placedWeight(), assignment.totalTravelMinutes(), jgrapht.placedWeight(),
                        jgrapht.totalTravelMinutes()));
            }
            System.out.printf(Locale.ROOT, "cross-check: OR-Tools = JGraphT over %,d pairs (placed %d, weight %d, travel %d;"
                            + " OR-Tools %.2f s, JGraphT %.2f s)%n", pairs, assignment.placed(), assignment.placedWeight(),
                    assignment.totalTravelMinutes(), orToolsSeconds, jgraphtSeconds);
        } else {
            System.out.printf(Locale.ROOT, "optimum by OR-Tools only over %,d pairs (placed %d, weight %d, travel %d;"
                            + " OR-Tools %.2f s); JGraphT cross-check above %,d pairs skipped%n", pairs, assignment.placed(),
                    assignment.placedWeight(), assignment.totalTravelMinutes(), orToolsSeconds, crossCheckMaxPairs);
        }
        return new Optimum(network, assignment, networkSeconds, orToolsSeconds, jgraphtSeconds);
    }

    private static Run solve(WeeklyMatcher matcher, MatchingProblem problem) throws InterruptedException {
        System.gc();
        List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
        HeapSampler sampler = new HeapSampler();
        sampler.start();
        long start = System.nanoTime();
        MatchingOutcome outcome = matcher.newRun(problem).solve();
        double seconds = (System.nanoTime() - start) / 1e9;
        sampler.halt();
        long poolPeaks = heapPools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        return new Run(outcome, seconds, sampler.peakBytes(), poolPeaks);
    }

    private static void append(String jsonLine) throws IOException {
        Files.writeString(SUMMARY, jsonLine + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
    }

    static String property(String name, String fallback) {
        String value = System.getProperty(name);
        return value == null || value.isBlank() ? fallback : value.trim();
    }

    @FunctionalInterface
    interface ProblemSource {
        MatchingProblem load() throws Exception;
    }

    record Instance(String name, ProblemSource problem, int defaultSeconds) {
    }

    /** The optimum by OR-Tools; {@code jgraphtSeconds} is NaN when JGraphT did not cross-check it. */
    record Optimum(ProblemNetwork network, FlowAssignment assignment, double networkSeconds, double orToolsSeconds,
                   double jgraphtSeconds) {

        /** Building the exact network and solving it with OR-Tools. */
        double seconds() {
            return networkSeconds + orToolsSeconds;
        }

        boolean crossChecked() {
            return !Double.isNaN(jgraphtSeconds);
        }
    }

    record Run(MatchingOutcome outcome, double seconds, long peakHeapBytes, long heapPoolPeaksBytes) {
    }

    /** One solver run against the optimum, as a table row and a JSON line. */
    record Row(String instance, boolean flowSeed, MatchingProblem problem, Run run, Optimum optimum, int limitSeconds,
               int muniAlonePlaced, double muniAloneSeconds, Double churnPct) {

        /** The share of the unplaced given a hint: a change on their side or the network's gap. */
        double unplacedWithHintPct() {
            var unplaced = run.outcome().unplaced();
            if (unplaced.isEmpty()) {
                return 100.0;
            }
            long hinted = unplaced.stream().filter(u -> u.smallestChange() != null || u.gap() != null).count();
            return 100.0 * hinted / unplaced.size();
        }

        /** The solve's wall time after the search: re-check, explanations, alternatives and hints. */
        double explainSeconds() {
            return Math.max(0, run.seconds() - run.outcome().statistics().millis() / 1000.0);
        }

        double gapPct() {
            long best = optimum.assignment().placedWeight();
            return best == 0 ? 0 : 100.0 * (best - run.outcome().placedWeight()) / best;
        }

        /** The solver's proposals judged in the optimum's own network (a check that both count alike). */
        long placedWeightInNetwork() {
            Map<Long, Long> proposals = new HashMap<>();
            for (ProposalOutcome p : run.outcome().proposals()) {
                proposals.put(p.candidateId(), p.slotId());
            }
            ProblemNetwork network = optimum.network();
            return FlowOptimum.evaluate(network.network(), network.assignmentOf(proposals)).placedWeight();
        }

        String toJson() {
            MatchingOutcome o = run.outcome();
            JsonObjectBuilder json = Json.createObjectBuilder()
                    .add("instance", instance)
                    .add("candidates", problem.candidates().size())
                    .add("slots", problem.slots().size())
                    .add("placed", o.placed())
                    .add("optimum_placed", optimum.assignment().placed())
                    .add("core_gap_pct", round(gapPct(), 3))
                    .add("first_feasible_s", round(o.statistics().firstFeasibleMillis() / 1000.0, 3))
                    .add("seconds", round(run.seconds(), 2))
                    .add("peak_heap_mb", run.peakHeapBytes() >> 20)
                    .add("flow_seed", flowSeed ? "on" : "off")
                    .add("placed_weight", o.placedWeight())
                    .add("optimum_weight", optimum.assignment().placedWeight())
                    .add("travel", o.totalTravelMinutes())
                    .add("optimum_travel", optimum.assignment().totalTravelMinutes())
                    .add("score", o.score())
                    .add("score_calc_speed", o.statistics().scoreCalculationSpeed())
                    .add("alternatives_ge2_pct", round(o.twoAlternativesSharePct(), 1))
                    .add("unplaced_with_hint_pct", round(unplacedWithHintPct(), 1))
                    .add("unplaced", o.unplaced().size())
                    .add("unplaced_with_change", o.unplaced().stream().filter(u -> u.smallestChange() != null).count())
                    .add("unplaced_with_gap", o.unplaced().stream().filter(u -> u.gap() != null).count())
                    .add("muni_alone_placed", muniAlonePlaced)
                    .add("muni_alone_s", round(muniAloneSeconds, 2))
                    .add("assembly_s", round(o.statistics().assemblyMillis() / 1000.0, 2))
                    .add("seed_s", round(o.statistics().seedMillis() / 1000.0, 2))
                    .add("search_s", round(o.statistics().searchMillis() / 1000.0, 2))
                    .add("explain_s", round(explainSeconds(), 2))
                    .add("solver_limit_s", limitSeconds)
                    .add("heap_pool_peaks_mb", run.heapPoolPeaksBytes() >> 20)
                    .add("optimum_seconds", round(optimum.seconds(), 2))
                    .add("optimum_network_s", round(optimum.networkSeconds(), 2))
                    .add("optimum_solver", "OR-Tools")
                    .add("ortools_s", round(optimum.orToolsSeconds(), 3))
                    .add("optimum_pairs", optimum.network().network().pairs())
                    .add("feasible_pairs", optimum.network().feasiblePairsFound())
                    .add("optimum_restricted", optimum.network().restricted());
            if (optimum.network().restricted()) {
                json.add("optimum_nearest_slots_per_person", optimum.network().maxSlotsPerCandidate());
            }
            if (churnPct != null) {
                json.add("churn_pct", round(churnPct, 2));
            }
            if (optimum.crossChecked()) {
                json.add("jgrapht_s", round(optimum.jgraphtSeconds(), 3)).add("cross_check", "OR-Tools = JGraphT");
            }
            return json.build().toString();
        }

        private static double round(double value, int digits) {
            double scale = Math.pow(10, digits);
            return Math.round(value * scale) / scale;
        }
    }

    /** The printed table. */
    static final class Table {
        private static final String FORMAT =
                "| %-28s | %-4s | %6s | %6s | %6s | %6s | %7s | %8s | %7s | %7s | %8s | %9s | %6s | %6s | %6s | %6s | %6s |%n";

        void header() {
            System.out.println();
            System.out.printf(Locale.ROOT, FORMAT, "instance", "seed", "people", "slots", "placed", "opt.pl", "gap %",
                    "1st feas", "seconds", "heap MB", "calc/s", "opt s", "OR s", "JGT s", "hint %", "alone", "churn%");
            System.out.printf(Locale.ROOT, FORMAT, "-".repeat(28), "----", "------", "------", "------", "------",
                    "-------", "--------", "-------", "-------", "--------", "---------", "------", "------", "------",
                    "------", "------");
        }

        void print(Row row) {
            MatchingOutcome o = row.run().outcome();
            System.out.printf(Locale.ROOT, FORMAT, row.instance(), row.flowSeed() ? "on" : "off",
                    row.problem().candidates().size(), row.problem().slots().size(), o.placed(),
                    row.optimum().assignment().placed(), String.format(Locale.ROOT, "%.3f", row.gapPct()),
                    String.format(Locale.ROOT, "%.2f s", o.statistics().firstFeasibleMillis() / 1000.0),
                    String.format(Locale.ROOT, "%.1f", row.run().seconds()), row.run().peakHeapBytes() >> 20,
                    o.statistics().scoreCalculationSpeed(),
                    String.format(Locale.ROOT, "%.1f%s", row.optimum().seconds(),
                            row.optimum().network().restricted() ? " (k=" + row.optimum().network().maxSlotsPerCandidate() + ")" : ""),
                    String.format(Locale.ROOT, "%.2f", row.optimum().orToolsSeconds()),
                    row.optimum().crossChecked() ? String.format(Locale.ROOT, "%.2f", row.optimum().jgraphtSeconds()) : "-",
                    String.format(Locale.ROOT, "%.1f", row.unplacedWithHintPct()), row.muniAlonePlaced(),
                    row.churnPct() == null ? "-" : String.format(Locale.ROOT, "%.2f", row.churnPct()));
            System.out.printf(Locale.ROOT, "  phases: assembly %.2f s, seed %.2f s, search %.2f s, explanations %.2f s%n",
                    o.statistics().assemblyMillis() / 1000.0, o.statistics().seedMillis() / 1000.0,
                    o.statistics().searchMillis() / 1000.0, row.explainSeconds());
            long inNetwork = row.placedWeightInNetwork();
            if (inNetwork != o.placedWeight()) {
                System.out.printf("  note: the solver's proposals weigh %d in the optimum's network, %d in its outcome%n",
                        inNetwork, o.placedWeight());
            }
        }

        void footer() {
            System.out.println();
            System.out.println("gap % = (optimum placed weight - solver placed weight) / optimum placed weight x 100;"
                    + " opt s = building the exact network and solving it with OR-Tools (k = nearest slots per person if"
                    + " restricted); OR s = the OR-Tools min-cost flow alone; JGT s = JGraphT's on the same network"
                    + " (the service's method; - when not cross-checked)");
        }
    }

    /** Samples the used heap every 20 ms: the peak of the whole heap at one moment. */
    static final class HeapSampler extends Thread {
        private final AtomicLong peak = new AtomicLong();
        private volatile boolean running = true;

        HeapSampler() {
            super("heap-sampler");
            setDaemon(true);
        }

        @Override
        public void run() {
            var memory = ManagementFactory.getMemoryMXBean();
            while (running) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        void halt() throws InterruptedException {
            running = false;
            join();
            peak.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
        }

        long peakBytes() {
            return peak.get();
        }
    }
}
