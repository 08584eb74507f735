package jp.tsunagu.matching.outcome;

/** A new best solution during a solve, as the coordinator's progress view shows it. */
public record SolveProgress(long elapsedMillis, String bestScore, int placed, int candidates) {
}
