package jp.tsunagu.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import jp.tsunagu.access.Caller;
import jp.tsunagu.access.Role;

/**
 * Writes the audit trail. An allowed access is recorded in the caller's transaction, so it exists
 * exactly when the access took effect; a refusal is recorded in a transaction of its own, so the
 * trace survives the failed request.
 */
@ApplicationScoped
public class AuditLog {

    static final int ROWS_PER_STATEMENT = 500;

    @PersistenceContext
    EntityManager em;

    @Transactional(Transactional.TxType.MANDATORY)
    public void allowed(Caller caller, AuditAction action, String subjectType, Long subjectId, String caseCode,
                        String detail) {
        em.persist(entry(caller, action, subjectType, subjectId, caseCode, AuditOutcome.ALLOWED, detail));
    }

    /** A case a list answer shows: its id and case code. */
    public record Subject(Long id, String caseCode) {
    }

    /**
     * One {@code ALLOWED} entry per record of a list answer, exactly as {@link #allowed} would write
     * them, but in multi-row statements of {@value #ROWS_PER_STATEMENT} rows: a list of thousands of
     * people costs a few statements rather than one round trip to the database per person.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void allowedEach(Caller caller, AuditAction action, String subjectType, List<Subject> subjects,
                            String detail) {
        if (subjects.isEmpty()) {
            return;
        }
        LocalDateTime now = LocalDateTime.ofInstant(Instant.now(), ZoneOffset.UTC);
        String shortDetail = detail == null || detail.length() <= 400 ? detail : detail.substring(0, 400);
        // Plain JDBC on the transaction's own connection: the JPA provider's native queries look each of
        // thousands of parameters up one by one.
        Connection connection = em.unwrap(Connection.class);
        try {
            for (int from = 0; from < subjects.size(); from += ROWS_PER_STATEMENT) {
                List<Subject> chunk = subjects.subList(from, Math.min(subjects.size(), from + ROWS_PER_STATEMENT));
                try (PreparedStatement insert = connection.prepareStatement(insertRows(chunk.size()))) {
                    int p = 1;
                    for (Subject subject : chunk) {
                        insert.setObject(p++, now);
                        insert.setString(p++, caller.username());
                        insert.setString(p++, caller.role().name());
                        insert.setString(p++, action.name());
                        insert.setString(p++, subjectType);
                        insert.setObject(p++, subject.id(), Types.BIGINT);
                        insert.setString(p++, subject.caseCode());
                        insert.setString(p++, AuditOutcome.ALLOWED.name());
                        insert.setString(p++, shortDetail);
                    }
                    insert.executeUpdate();
                }
            }
        } catch (SQLException e) {
            throw new PersistenceException("could not write the audit entries", e);
        }
    }

    private static String insertRows(int rows) {
        StringBuilder sql = new StringBuilder("INSERT INTO audit_entry (occurred_at, username, role, action,"
                + " subject_type, subject_id, case_code, outcome, detail) VALUES ");
        for (int i = 0; i < rows; i++) {
            sql.append(i == 0 ? "" : ",").append("(?,?,?,?,?,?,?,?,?)");
        }
        return sql.toString();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void denied(Caller caller, AuditAction action, String subjectType, Long subjectId, String detail) {
        em.persist(entry(caller, action, subjectType, subjectId, null, AuditOutcome.DENIED, detail));
    }

    /**
     * A sign-in or sign-out, in a transaction of its own so that a refused one is kept. The username
     * is as typed (it may not exist); {@code role} is null when no account answers to it.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void signIn(AuditAction action, String username, Role role, Long sessionId, AuditOutcome outcome,
                       String detail) {
        String name = username.length() <= 60 ? username : username.substring(0, 60);
        em.persist(new AuditEntry(Instant.now(), name, role == null ? "-" : role.name(), action, "session", sessionId,
                null, outcome, detail));
    }

    /** Something the service did on its own (a scheduled check), recorded in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void bySystem(String process, AuditAction action, String subjectType, Long subjectId, String caseCode,
                         String detail) {
        em.persist(new AuditEntry(Instant.now(), process, SYSTEM_ROLE, action, subjectType, subjectId, caseCode,
                AuditOutcome.ALLOWED, detail));
    }

    /** The role recorded for what the service does on its own. */
    public static final String SYSTEM_ROLE = "SYSTEM";

    private static AuditEntry entry(Caller caller, AuditAction action, String subjectType, Long subjectId,
                                    String caseCode, AuditOutcome outcome, String detail) {
        return new AuditEntry(Instant.now(), caller.username(), caller.role().name(), action, subjectType, subjectId,
                caseCode, outcome, detail);
    }
}
