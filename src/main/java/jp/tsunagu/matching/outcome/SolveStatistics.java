package jp.tsunagu.matching.outcome;

/**
 * Figures of one solve.
 *
 * @param firstFeasibleMillis time until the first solution with no broken hard rule
 * @param scoreCalculationSpeed score calculations per second, as the solver reports it
 */
public record SolveStatistics(long millis, long firstFeasibleMillis, long scoreCalculationSpeed) {
}
