package jp.tsunagu.audit;

/** What was done to a record. */
public enum AuditAction {
    READ, LIST, CREATE, UPDATE, WITHDRAW, IMPORT, EXPORT, START, STOP, CANCEL,
    /** Personal fields cleared after the retention period or on request (docs/privacy.md). */
    ANONYMISE
}
