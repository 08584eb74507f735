package jp.tsunagu.matching.problem;

/**
 * A supervisor (担当者) at a host; one person can only look after so many trainees at once,
 * across all the slots they supervise.
 *
 * @param capacity people at once across all of this supervisor's slots
 */
public record SupervisorFact(long id, long hostId, int capacity) {
}
