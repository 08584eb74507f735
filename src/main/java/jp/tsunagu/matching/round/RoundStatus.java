package jp.tsunagu.matching.round;

/** Where a round stands. Only RUNNING rounds hold the prefecture's lock. */
public enum RoundStatus {
    RUNNING,
    /** Solved to its time limit or until no longer improving; proposals saved. */
    COMPLETED,
    /** Stopped early by the coordinator; the best proposals found so far are saved. */
    STOPPED,
    /** The solve failed; nothing of it was saved. */
    FAILED,
    /** Its service instance stopped heart-beating (crash, restart): nothing was saved, the round can be started again. */
    ABANDONED
}
