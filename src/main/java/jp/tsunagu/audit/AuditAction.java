package jp.tsunagu.audit;

/** What was done to a record. */
public enum AuditAction {
    READ, LIST, CREATE, UPDATE, WITHDRAW, IMPORT, EXPORT, START, STOP, CANCEL,
    /** A sign-in with a password: on the sign-in page, or a refused HTTP Basic request. */
    SIGN_IN,
    SIGN_OUT,
    /** Personal fields cleared after the retention period or on request (docs/privacy.md). */
    ANONYMISE
}
