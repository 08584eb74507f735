package jp.tsunagu.benchmark;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import jp.tsunagu.matching.problem.ProblemFiles;
import jp.tsunagu.matching.solver.FlowSeed;
import jp.tsunagu.matching.solver.WeeklyMatcher;
import jp.tsunagu.sample.SampleScale;
import jp.tsunagu.sample.SampleWeekGenerator;
import org.optaplanner.benchmark.api.PlannerBenchmarkFactory;
import org.optaplanner.benchmark.config.PlannerBenchmarkConfig;
import org.optaplanner.benchmark.config.SolverBenchmarkConfig;
import org.optaplanner.core.config.phase.PhaseConfig;
import org.optaplanner.core.config.phase.custom.CustomPhaseConfig;
import org.optaplanner.core.config.solver.SolverConfig;

/**
 * Runs the OptaPlanner Benchmarker of {@value #CONFIG} over the sample weeks, which it first writes
 * to {@code target/benchmark/instances}, and leaves its HTML report under {@code target/benchmark/report}.
 *
 * <p>The configuration names the solver benchmarks and their limits only; their phases are taken
 * from {@code solver-config/solverConfig.xml} here, so that the benchmark always measures the
 * solver the service runs (one configuration, one place). A benchmark whose name starts with
 * "flow seed" gets the flow seed phase first, as {@link WeeklyMatcher} adds it.
 */
final class BenchmarkerReport {

    static final String CONFIG = "solver-config/benchmarkConfig.xml";
    static final Path INSTANCES = MatchingBenchmark.OUTPUT.resolve("instances");

    private BenchmarkerReport() {
    }

    static void run(long seed) throws Exception {
        Files.createDirectories(INSTANCES);
        for (SampleScale scale : SampleScale.values()) {
            Path file = INSTANCES.resolve("nagano-" + scale.label() + ".json");
            System.out.println("writing " + file);
            ProblemFiles.write(new SampleWeekGenerator().generate(seed, scale), file);
        }
        PlannerBenchmarkConfig config = PlannerBenchmarkConfig.createFromXmlFile(new File(CONFIG));
        List<PhaseConfig> phases = SolverConfig.createFromXmlResource(WeeklyMatcher.CONFIG_RESOURCE,
                BenchmarkerReport.class.getClassLoader()).getPhaseConfigList();
        for (SolverBenchmarkConfig benchmark : config.getSolverBenchmarkConfigList()) {
            SolverConfig solver = benchmark.getSolverConfig() == null ? new SolverConfig() : benchmark.getSolverConfig();
            List<PhaseConfig> own = new ArrayList<>();
            if (benchmark.getName() != null && benchmark.getName().startsWith("flow seed")) {
                own.add(new CustomPhaseConfig().withCustomPhaseCommandClassList(List.of(FlowSeed.class)));
            }
            phases.forEach(phase -> own.add((PhaseConfig) phase.copyConfig()));
            solver.setPhaseConfigList(own);
            benchmark.setSolverConfig(solver);
        }
        File directory = PlannerBenchmarkFactory.create(config).buildPlannerBenchmark().benchmark();
        // The Benchmarker writes each run into a time-stamped folder of the benchmark directory.
        try (var runs = Files.list(directory.toPath())) {
            runs.filter(run -> Files.exists(run.resolve("index.html")))
                    .max(java.util.Comparator.naturalOrder())
                    .ifPresent(run -> System.out.println("Benchmarker report: " + run.resolve("index.html").toAbsolutePath()));
        }
    }
}
