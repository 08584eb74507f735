package jp.tsunagu.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import jp.tsunagu.access.Caller;
import jp.tsunagu.access.Role;

/**
 * Writes the audit trail. An allowed access is recorded in the caller's transaction, so it exists
 * exactly when the access took effect; a refusal is recorded in a transaction of its own, so the
 * trace survives the failed request.
 */
@ApplicationScoped
public class AuditLog {

    @PersistenceContext
    EntityManager em;

    @Transactional(Transactional.TxType.MANDATORY)
    public void allowed(Caller caller, AuditAction action, String subjectType, Long subjectId, String caseCode,
                        String detail) {
        em.persist(entry(caller, action, subjectType, subjectId, caseCode, AuditOutcome.ALLOWED, detail));
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

    private static AuditEntry entry(Caller caller, AuditAction action, String subjectType, Long subjectId,
                                    String caseCode, AuditOutcome outcome, String detail) {
        return new AuditEntry(Instant.now(), caller.username(), caller.role().name(), action, subjectType, subjectId,
                caseCode, outcome, detail);
    }
}
