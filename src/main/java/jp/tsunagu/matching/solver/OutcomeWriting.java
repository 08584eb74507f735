package jp.tsunagu.matching.solver;

import jp.tsunagu.matching.outcome.MatchingOutcome;
import jp.tsunagu.matching.outcome.SolveStatistics;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.impl.score.director.InnerScoreDirector;

/**
 * Turns a solved and re-checked round into what the counter reads: each proposal with its
 * explanation and alternatives, each unplaced person with reasons. The solver knows nothing of
 * explanations; the writing is provided from outside it ({@code jp.tsunagu.matching.explain}, found
 * as a service by {@link WeeklyMatcher#fromDefaultConfig()}, or given with
 * {@link WeeklyMatcher#withOutcomeWriting(OutcomeWriting)}).
 */
@FunctionalInterface
public interface OutcomeWriting {

    /**
     * @param solution      the solved round, every hard rule re-checked
     * @param scoreDirector a score director whose working solution is {@code solution}, e.g. to price
     *                      alternatives; to be left with the solution as it was
     */
    MatchingOutcome write(MatchingSolution solution,
                          InnerScoreDirector<MatchingSolution, HardMediumSoftLongScore> scoreDirector,
                          SolveStatistics statistics);
}
