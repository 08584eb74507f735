package jp.tsunagu.matching.outcome;

/** A new best solution during a solve, as the coordinator's progress view shows it. */
public record SolveProgress(long elapsedMillis, String bestScore, int placed, int candidates) {

    /**
     * The same progress without {@code continuing} people who hold a slot and are placed by being
     * pinned there: the figures a round reports count the people it was free to place.
     */
    public SolveProgress without(int continuing) {
        return new SolveProgress(elapsedMillis, bestScore, Math.max(0, placed - continuing),
                Math.max(0, candidates - continuing));
    }
}
