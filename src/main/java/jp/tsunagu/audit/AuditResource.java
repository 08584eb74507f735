package jp.tsunagu.audit;

import jakarta.enterprise.context.ApplicationScoped;
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
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import jp.tsunagu.access.AccessPolicy;
import jp.tsunagu.access.Caller;
import jp.tsunagu.access.CurrentCaller;
import jp.tsunagu.access.Role;
import jp.tsunagu.platform.InvalidInputException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Who accessed which case: the coordinator reads the trail, newest first. */
@ApplicationScoped
@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "audit", description = "The audit trail and its tamper-evident chain")
public class AuditResource {

    /**
     * One audit line as the coordinator reads it. A list answer names no single subject: subjectCount
     * says how many cases it showed, and a search by subjectId finds it for each of them.
     */
    public record AuditView(long id, Instant occurredAt, String username, String role, AuditAction action,
                            String subjectType, Long subjectId, String caseCode, AuditOutcome outcome, String detail,
                            Integer subjectCount) {

        static AuditView of(AuditEntry a) {
            return new AuditView(a.getId(), a.getOccurredAt(), a.getUsername(), a.getRole(), a.getAction(),
                    a.getSubjectType(), a.getSubjectId(), a.getCaseCode(), a.getOutcome(), a.getDetail(),
                    a.getSubjectCount());
        }
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
    @Operation(operationId = "checkAuditChain", summary = "Seal the pending audit entries, then check the whole chain")
    public ChainReport chain() {
        access.requireRole(caller.get(), AuditAction.READ, "audit", Role.COORDINATOR);
        return sealer.sealAndCheck();
    }

    @GET
    @Transactional
    @Operation(operationId = "listAuditEntries", summary = "Read the audit trail, newest first")
    public List<AuditView> trail(@QueryParam("subjectType") String subjectType, @QueryParam("subjectId") Long subjectId,
                                 @QueryParam("username") String username,
                                 @QueryParam("limit") @DefaultValue("200") int limit) {
        Caller c = caller.get();
        access.requireRole(c, AuditAction.READ, "audit", Role.COORDINATOR);
        if (limit < 1 || limit > MAX_LIMIT) {
            // Checked here rather than with @Min/@Max: Payara's OpenAPI generator fails on those on a query parameter.
            throw new InvalidInputException("limit", "1〜" + MAX_LIMIT + " の値にしてください");
        }
        List<AuditEntry> about = em.createQuery("select a from AuditEntry a where (:type is null or a.subjectType = :type)"
                        + " and (:sid is null or a.subjectId = :sid) and (:user is null or a.username = :user)"
                        + " order by a.id desc", AuditEntry.class)
                .setParameter("type", subjectType).setParameter("sid", subjectId).setParameter("user", username)
                .setMaxResults(limit).getResultList();
        if (subjectId == null) {
            return about.stream().map(AuditView::of).toList();
        }
        // The list answers that showed the case: a second indexed look-up rather than an OR that would
        // make the database read the whole trail.
        @SuppressWarnings("unchecked")
        List<AuditEntry> listing = em.createNativeQuery("SELECT a.* FROM audit_entry_subject s"
                        + " JOIN audit_entry a ON a.id = s.entry_id WHERE s.subject_id = ?1"
                        + " AND (?2 IS NULL OR a.subject_type = ?3) AND (?4 IS NULL OR a.username = ?5)"
                        + " ORDER BY a.id DESC LIMIT ?6", AuditEntry.class)
                .setParameter(1, subjectId).setParameter(2, subjectType).setParameter(3, subjectType)
                .setParameter(4, username).setParameter(5, username).setParameter(6, limit).getResultList();
        return Stream.concat(about.stream(), listing.stream())
                .sorted(Comparator.comparing(AuditEntry::getId).reversed())
                .limit(limit)
                .map(AuditView::of)
                .toList();
    }
}
