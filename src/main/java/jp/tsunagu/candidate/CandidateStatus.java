package jp.tsunagu.candidate;

/** Where a person stands in the pool. */
public enum CandidateStatus {
    /** In the pool; matched once consent to matching is recorded. */
    ACTIVE("支援中"),
    /** Withdrawn by the counter (found work, moved, stopped support): kept for the audit trail, never matched. */
    WITHDRAWN("終了（取り下げ）");

    private final String labelJa;

    CandidateStatus(String labelJa) {
        this.labelJa = labelJa;
    }

    /** The status as the counter reads it. */
    public String labelJa() {
        return labelJa;
    }
}
