package jp.tsunagu.audit;

/** Whether the server let the request through. */
public enum AuditOutcome {
    ALLOWED,
    /** Refused: the record belongs to someone else's scope, or the role may not do this. */
    DENIED
}
