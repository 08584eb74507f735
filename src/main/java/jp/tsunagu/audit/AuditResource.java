package jp.tsunagu.audit;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import jp.tsunagu.access.AccessPolicy;
import jp.tsunagu.access.Caller;
import jp.tsunagu.access.CurrentCaller;
import jp.tsunagu.access.Role;
import jp.tsunagu.platform.InvalidInputException;

/** Who accessed which case: the coordinator reads the trail, newest first. */
@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    /** One audit line as the coordinator reads it. */
    public record AuditView(long id, Instant occurredAt, String username, String role, AuditAction action,
                            String subjectType, Long subjectId, String caseCode, AuditOutcome outcome, String detail) {
    }

    static final int MAX_LIMIT = 5000;

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentCaller caller;

    @Inject
    AccessPolicy access;

    @Inject
    AuditSealer sealer;

    /**
     * Seals what is pending, then checks the whole chain: "intact" with the number of entries checked,
     * or the first entry that was changed or deleted and what differs.
     */
    @GET
    @Path("chain")
    public ChainReport chain() {
        access.requireRole(caller.get(), AuditAction.READ, "audit", Role.COORDINATOR);
        return sealer.sealAndCheck();
    }

    @GET
    @Transactional
    public List<AuditView> trail(@QueryParam("subjectType") String subjectType, @QueryParam("subjectId") Long subjectId,
                                 @QueryParam("username") String username,
                                 @QueryParam("limit") @DefaultValue("200") int limit) {
        Caller c = caller.get();
        access.requireRole(c, AuditAction.READ, "audit", Role.COORDINATOR);
        if (limit < 1 || limit > MAX_LIMIT) {
            // Checked here rather than with @Min/@Max: Payara's OpenAPI generator fails on those on a query parameter.
            throw new InvalidInputException("limit", "1〜" + MAX_LIMIT + " の値にしてください");
        }
        return em.createQuery("select a from AuditEntry a where (:type is null or a.subjectType = :type)"
                        + " and (:sid is null or a.subjectId = :sid) and (:user is null or a.username = :user)"
                        + " order by a.id desc", AuditEntry.class)
                .setParameter("type", subjectType).setParameter("sid", subjectId).setParameter("user", username)
                .setMaxResults(limit).getResultStream()
                .map(a -> new AuditView(a.getId(), a.getOccurredAt(), a.getUsername(), a.getRole(), a.getAction(),
                        a.getSubjectType(), a.getSubjectId(), a.getCaseCode(), a.getOutcome(), a.getDetail()))
                .toList();
    }
}
