package jp.tsunagu.candidate;

/** Where a person stands in the pool. */
public enum CandidateStatus {
    /** In the pool; matched once consent to matching is recorded. */
    ACTIVE,
    /** Withdrawn by the counter (found work, moved, stopped support): kept for the audit trail, never matched. */
    WITHDRAWN
}
