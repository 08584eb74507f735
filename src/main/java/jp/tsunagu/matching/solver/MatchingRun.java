package jp.tsunagu.matching.solver;

import java.lang.System.Logger.Level;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import jp.tsunagu.matching.outcome.MatchingOutcome;
import jp.tsunagu.matching.outcome.SolveProgress;
import jp.tsunagu.matching.outcome.SolveStatistics;
import jp.tsunagu.matching.problem.MatchingProblem;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.impl.constructionheuristic.scope.ConstructionHeuristicPhaseScope;
import org.optaplanner.core.impl.phase.custom.scope.CustomPhaseScope;
import org.optaplanner.core.impl.phase.event.PhaseLifecycleListenerAdapter;
import org.optaplanner.core.impl.phase.scope.AbstractPhaseScope;
import org.optaplanner.core.impl.score.director.InnerScoreDirector;
import org.optaplanner.core.impl.solver.DefaultSolver;
import org.optaplanner.core.impl.solver.DefaultSolverFactory;
import org.optaplanner.core.impl.solver.scope.SolverScope;

/**
 * One solve of one round. {@link #solve()} blocks; {@link #stop()} may come from any thread, also
 * before the solve starts. Before the outcome is returned every hard rule is checked again without
 * the score ({@link HardRuleRecheck}); a proposal that breaks one is withdrawn, never published.
 */
public final class MatchingRun {

    private static final System.Logger LOG = System.getLogger(MatchingRun.class.getName());

    private final WeeklyMatcher matcher;
    private final MatchingProblem problem;
    private final List<Consumer<SolveProgress>> listeners = new CopyOnWriteArrayList<>();
    private final AtomicBoolean stopRequested = new AtomicBoolean();
    private volatile DefaultSolver<MatchingSolution> solver;

    MatchingRun(WeeklyMatcher matcher, MatchingProblem problem) {
        this.matcher = matcher;
        this.problem = problem;
    }

    /** Called with each new best solution, on the solving thread. */
    public MatchingRun onProgress(Consumer<SolveProgress> listener) {
        listeners.add(listener);
        return this;
    }

    /** Ends the solve early; the best solution so far is checked and returned as usual. */
    public void stop() {
        stopRequested.set(true);
        DefaultSolver<MatchingSolution> running = solver;
        if (running != null) {
            running.terminateEarly();
        }
    }

    /** Solves the round, re-checks it, and has it explained ({@link OutcomeWriting}). Blocking. */
    public MatchingOutcome solve() {
        long start = System.nanoTime();
        SolverFactory<MatchingSolution> factory = matcher.factoryFor(problem.settings());
        MatchingSolution solution = SolutionAssembler.toSolution(problem);
        long assemblyMillis = millisSince(start);
        AtomicLong seedMillis = new AtomicLong();
        AtomicLong searchMillis = new AtomicLong();
        int candidates = solution.getPlacements().size();

        // The first feasible solution is the end of the first phase that gives everyone a slot or
        // none — the flow seed when it ran, else the construction — if it breaks no hard rule; else
        // the first feasible best solution of the search after it. With a nullable slot the empty
        // round before them is feasible too, but it proposes nothing, so it does not count.
        AtomicLong firstFeasibleMillis = new AtomicLong(-1);
        AtomicBoolean placingDone = new AtomicBoolean();
        MatchingSolution best = solution;
        long scoreCalculationSpeed = 0;
        if (candidates > 0) {
            AtomicLong phaseStartNanos = new AtomicLong(System.nanoTime());
            @SuppressWarnings("unchecked")
            DefaultSolver<MatchingSolution> built = (DefaultSolver<MatchingSolution>) factory.buildSolver();
            // A stop that came before the solver reset its own flag is replayed once solving has started.
            built.addPhaseLifecycleListener(new PhaseLifecycleListenerAdapter<>() {
                @Override
                public void solvingStarted(SolverScope<MatchingSolution> solverScope) {
                    if (stopRequested.get()) {
                        built.terminateEarly();
                    }
                }

                @Override
                public void phaseStarted(AbstractPhaseScope<MatchingSolution> phaseScope) {
                    phaseStartNanos.set(System.nanoTime());
                }

                @Override
                public void phaseEnded(AbstractPhaseScope<MatchingSolution> phaseScope) {
                    long phaseMillis = millisSince(phaseStartNanos.get());
                    (phaseScope instanceof CustomPhaseScope ? seedMillis : searchMillis).addAndGet(phaseMillis);
                    if (placesEveryone(phaseScope)) {
                        placingDone.set(true);
                        if (((HardMediumSoftLongScore) phaseScope.getBestScore()).isFeasible()) {
                            firstFeasibleMillis.compareAndSet(-1, millisSince(start));
                        }
                    }
                }
            });
            built.addEventListener(event -> {
                HardMediumSoftLongScore score = (HardMediumSoftLongScore) event.getNewBestScore();
                long elapsed = millisSince(start);
                if (placingDone.get() && score.isFeasible()) {
                    // The seed and the construction left a broken rule: the search repaired it.
                    firstFeasibleMillis.compareAndSet(-1, elapsed);
                }
                if (!listeners.isEmpty()) {
                    SolveProgress progress = new SolveProgress(elapsed, score.toString(),
                            placedCount(event.getNewBestSolution()), candidates);
                    listeners.forEach(listener -> listener.accept(progress));
                }
            });
            solver = built;
            if (stopRequested.get()) {
                built.terminateEarly();
            }
            best = built.solve(solution);
            scoreCalculationSpeed = built.getSolverScope().getScoreCalculationSpeed();
            solver = null;
        }

        for (HardRuleRecheck.Breach breach : HardRuleRecheck.findBreaches(best)) {
            LOG.log(Level.WARNING, "withdrawn before publishing: {0} in slot {1} breaks {2}",
                    breach.placement().getCandidate().caseCode(), breach.placement().getSlot().id(), breach.rule());
            breach.placement().setSlot(null);
        }

        @SuppressWarnings("unchecked")
        InnerScoreDirector<MatchingSolution, HardMediumSoftLongScore> scoreDirector =
                (InnerScoreDirector<MatchingSolution, HardMediumSoftLongScore>)
                        ((DefaultSolverFactory<MatchingSolution>) factory).getScoreDirectorFactory()
                                .buildScoreDirector(false, false);
        try (scoreDirector) {
            scoreDirector.setWorkingSolution(best);
            HardMediumSoftLongScore score = scoreDirector.calculateScore();
            if (firstFeasibleMillis.get() < 0 && score.isFeasible()) {
                // No best solution was reported (stopped at once, or nothing to improve): the result itself.
                firstFeasibleMillis.set(millisSince(start));
            }
            SolveStatistics statistics = new SolveStatistics(millisSince(start), firstFeasibleMillis.get(),
                    scoreCalculationSpeed, assemblyMillis, seedMillis.get(), searchMillis.get());
            return matcher.outcomeWriting().write(best, scoreDirector, statistics);
        }
    }

    /**
     * Whether a phase decides every movable person: the construction always, the flow seed when it
     * ran (it is skipped for very large rounds and then changes nothing).
     */
    private static boolean placesEveryone(AbstractPhaseScope<MatchingSolution> phaseScope) {
        if (phaseScope instanceof ConstructionHeuristicPhaseScope) {
            return true;
        }
        return phaseScope instanceof CustomPhaseScope
                && !phaseScope.getBestScore().equals(phaseScope.getStartingScore());
    }

    private static int placedCount(MatchingSolution solution) {
        int placed = 0;
        for (Placement p : solution.getPlacements()) {
            if (p.getSlot() != null) {
                placed++;
            }
        }
        return placed;
    }

    private static long millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
