package jp.tsunagu.matching.outcome;

/**
 * Figures of one solve.
 *
 * @param firstFeasibleMillis time until the first solution with no broken hard rule
 * @param scoreCalculationSpeed score calculations per second, as the solver reports it
 * @param assemblyMillis        building the solution from the problem (journeys, value ranges)
 * @param seedMillis            the flow seed (0 when it did not run)
 * @param searchMillis          the construction and the local search after the seed
 */
public record SolveStatistics(long millis, long firstFeasibleMillis, long scoreCalculationSpeed,
                              long assemblyMillis, long seedMillis, long searchMillis) {
}
