package jp.tsunagu.candidate;

/**
 * A counter withdraws a person from matching: fired inside the withdrawing transaction, so that
 * what the person still holds (a running placement, an accepted proposal) can refuse it, and their
 * undecided proposals can be closed with it.
 */
public record CandidateWithdrawn(Candidate person) {
}
