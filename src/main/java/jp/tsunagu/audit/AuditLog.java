package jp.tsunagu.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.stream.Collectors;
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
     * One {@code ALLOWED} entry for a list answer, naming every case it showed (rows of
     * {@code audit_entry_subject}, which the chain seals with the entry): a page of fifty people costs
     * two statements, not fifty entries for the sealer to link. Nothing is written for an empty list.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void allowedList(Caller caller, AuditAction action, String subjectType, List<Subject> subjects,
                            String detail) {
        // The same case twice in one answer is named once.
        List<Subject> distinct = List.copyOf(subjects.stream()
                .collect(Collectors.toMap(Subject::id, s -> s, (first, again) -> first, LinkedHashMap::new)).values());
        if (distinct.isEmpty()) {
            return;
        }
        // Plain JDBC on the transaction's own connection: the JPA provider's native queries look each of
        // up to a thousand parameters up one by one, and its entity would need a flush to learn the id.
        Connection connection = em.unwrap(Connection.class);
        try {
            long entryId = insertEntry(connection, caller, action, subjectType, distinct.size(), detail);
            for (int from = 0; from < distinct.size(); from += ROWS_PER_STATEMENT) {
                insertSubjects(connection, entryId,
                        distinct.subList(from, Math.min(distinct.size(), from + ROWS_PER_STATEMENT)));
            }
        } catch (SQLException e) {
            throw new PersistenceException("could not write the audit entry", e);
        }
    }

    private static long insertEntry(Connection connection, Caller caller, AuditAction action, String subjectType,
                                    int subjectCount, String detail) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO audit_entry (occurred_at, username,"
                + " role, action, subject_type, subject_id, case_code, outcome, detail, subject_count)"
                + " VALUES (?,?,?,?,?,NULL,NULL,?,?,?)", Statement.RETURN_GENERATED_KEYS)) {
            insert.setObject(1, LocalDateTime.ofInstant(Instant.now(), ZoneOffset.UTC));
            insert.setString(2, caller.username());
            insert.setString(3, caller.role().name());
            insert.setString(4, action.name());
            insert.setString(5, subjectType);
            insert.setString(6, AuditOutcome.ALLOWED.name());
            insert.setString(7, detail == null || detail.length() <= 400 ? detail : detail.substring(0, 400));
            insert.setInt(8, subjectCount);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                if (!keys.next()) {
                    throw new SQLException("the database returned no id for the audit entry");
                }
                return keys.getLong(1);
            }
        }
    }

    private static void insertSubjects(Connection connection, long entryId, List<Subject> subjects)
            throws SQLException {
        StringBuilder sql = new StringBuilder("INSERT INTO audit_entry_subject (entry_id, subject_id, case_code)"
                + " VALUES ");
        for (int i = 0; i < subjects.size(); i++) {
            sql.append(i == 0 ? "" : ",").append("(?,?,?)");
        }
        try (PreparedStatement insert = connection.prepareStatement(sql.toString())) {
            int p = 1;
            for (Subject subject : subjects) {
                insert.setLong(p++, entryId);
                insert.setObject(p++, subject.id(), Types.BIGINT);
                insert.setString(p++, subject.caseCode());
            }
            insert.executeUpdate();
        }
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
