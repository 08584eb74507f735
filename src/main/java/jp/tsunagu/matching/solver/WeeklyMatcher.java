package jp.tsunagu.matching.solver;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.ConcurrentHashMap;
import jp.tsunagu.matching.problem.MatchingProblem;
import jp.tsunagu.matching.problem.MatchingSettings;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.phase.PhaseConfig;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;

/**
 * Solves weekly rounds (週次マッチング). Holds the solver configuration and the solver factories built
 * from it: a factory compiles the constraints, so it is built once per distinct termination
 * (settings' solveSeconds and unimprovedSeconds) and reused for every round. Thread-safe.
 *
 * <p>The outcome of a round (explanations, alternatives, reasons) is written by an
 * {@link OutcomeWriting} from outside this package, so that the solver does not depend on the
 * explanations that read it: by default the one registered as a service
 * ({@code jp.tsunagu.matching.explain.OutcomeWriter}).
 */
public final class WeeklyMatcher {

    public static final String CONFIG_RESOURCE = "solver-config/solverConfig.xml";

    private final SolverConfig baseConfig;
    private final boolean flowSeed;
    private final OutcomeWriting outcomeWriting;
    private final Map<List<Object>, SolverFactory<MatchingSolution>> factories;

    private WeeklyMatcher(SolverConfig baseConfig, boolean flowSeed, OutcomeWriting outcomeWriting,
                          Map<List<Object>, SolverFactory<MatchingSolution>> factories) {
        this.baseConfig = baseConfig;
        this.flowSeed = flowSeed;
        this.outcomeWriting = outcomeWriting;
        this.factories = factories;
    }

    /** The matcher of {@value #CONFIG_RESOURCE} on the class path, its default factory built now. */
    public static WeeklyMatcher fromDefaultConfig() {
        WeeklyMatcher matcher = fromConfig(SolverConfig.createFromXmlResource(CONFIG_RESOURCE,
                WeeklyMatcher.class.getClassLoader()));
        matcher.factoryFor(MatchingSettings.defaults());
        return matcher;
    }

    /**
     * A matcher of another configuration (tests, benchmarks). A termination it sets (e.g. a best
     * score limit) applies besides the settings' time limits, whichever comes first.
     */
    public static WeeklyMatcher fromConfig(SolverConfig config) {
        return new WeeklyMatcher(config.copyConfig(), FlowSeed.enabledByDefault(), registeredOutcomeWriting(),
                new ConcurrentHashMap<>());
    }

    /** The outcome writing registered as a service; exactly one is expected on the class path. */
    private static OutcomeWriting registeredOutcomeWriting() {
        return ServiceLoader.load(OutcomeWriting.class, WeeklyMatcher.class.getClassLoader()).findFirst()
                .orElseThrow(() -> new IllegalStateException("no " + OutcomeWriting.class.getName()
                        + " is registered under META-INF/services"));
    }

    /**
     * The same configuration with the flow seed phase on or off (on by default, unless the system
     * property {@code tsunagu.matching.flowSeed=false}); a benchmark compares the two.
     */
    public WeeklyMatcher withFlowSeed(boolean on) {
        // The factories are keyed by the seed switch too, so they can be shared.
        return on == flowSeed ? this : new WeeklyMatcher(baseConfig, on, outcomeWriting, factories);
    }

    /** The same configuration with another outcome writing (e.g. a benchmark's that skips the explanations). */
    public WeeklyMatcher withOutcomeWriting(OutcomeWriting writing) {
        return new WeeklyMatcher(baseConfig, flowSeed, java.util.Objects.requireNonNull(writing), factories);
    }

    OutcomeWriting outcomeWriting() {
        return outcomeWriting;
    }

    public boolean flowSeed() {
        return flowSeed;
    }

    /** A run of one round; {@code problem.settings()} null means {@link MatchingSettings#defaults()}. */
    public MatchingRun newRun(MatchingProblem problem) {
        MatchingProblem resolved = problem.settings() != null ? problem
                : problem.withSettings(MatchingSettings.defaults());
        return new MatchingRun(this, resolved);
    }

    SolverFactory<MatchingSolution> factoryFor(MatchingSettings settings) {
        boolean seed = flowSeed;
        List<Object> key = List.of(settings.solveSeconds(), settings.unimprovedSeconds(), seed);
        return factories.computeIfAbsent(key, k -> SolverFactory.create(configFor(settings, seed)));
    }

    private SolverConfig configFor(MatchingSettings settings, boolean seed) {
        SolverConfig config = baseConfig.copyConfig();
        TerminationConfig termination = config.getTerminationConfig() == null ? new TerminationConfig()
                : config.getTerminationConfig().copyConfig();
        termination.setSecondsSpentLimit((long) settings.solveSeconds());
        config.setTerminationConfig(termination);
        List<PhaseConfig> phases = new ArrayList<>(config.getPhaseConfigList());
        // Unimproved time counts in the local search only: the construction improves only at its end.
        for (PhaseConfig phase : phases) {
            if (phase instanceof LocalSearchPhaseConfig localSearch) {
                TerminationConfig local = localSearch.getTerminationConfig() == null ? new TerminationConfig()
                        : localSearch.getTerminationConfig().copyConfig();
                local.setUnimprovedSecondsSpentLimit((long) settings.unimprovedSeconds());
                localSearch.setTerminationConfig(local);
            }
        }
        if (seed) {
            // Before the construction heuristic, which then only places people the optimum left out.
            phases.add(0, FlowSeed.phaseConfig(settings.solveSeconds()));
        }
        config.setPhaseConfigList(phases);
        return config;
    }
}
