package jp.tsunagu.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jp.tsunagu.platform.JsonP;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Objects;
import jp.tsunagu.access.AccessPolicy;
import jp.tsunagu.access.Caller;
import jp.tsunagu.access.Role;
import jp.tsunagu.audit.AuditAction;
import jp.tsunagu.audit.AuditLog;
import jp.tsunagu.candidate.Candidate;
import jp.tsunagu.candidate.CandidateStatus;
import jp.tsunagu.platform.LifecycleConflict;

/**
 * A person's requests about their data, through their counter or the coordinator: the disclosure of
 * everything held (開示請求) and the erasure of a closed case before its retention period ends. Only the
 * coordinator and the person's own counter reach a case; anyone else gets 404 and a DENIED audit entry.
 */
@ApplicationScoped
@Transactional
public class PrivacyDesk {

    static final String SUBJECT = "candidate";

    @PersistenceContext
    EntityManager em;

    @Inject
    AccessPolicy access;

    @Inject
    AuditLog audit;

    @Inject
    Disclosure disclosure;

    @Inject
    Anonymiser anonymiser;

    public JsonObject disclose(Caller caller, long candidateId) {
        access.requireRole(caller, AuditAction.EXPORT, SUBJECT, Role.COORDINATOR, Role.COUNTER);
        Candidate person = reachable(caller, candidateId, AuditAction.EXPORT);
        audit.allowed(caller, AuditAction.EXPORT, SUBJECT, candidateId, person.getCaseCode(), "disclosure (開示請求)");
        em.flush();
        JsonObject parts = disclosure.of(candidateId);
        return JsonP.PROVIDER.createObjectBuilder()
                .add("caseCode", person.getCaseCode())
                .add("candidateId", candidateId)
                .add("generatedAt", Instant.now().toString())
                .add("generatedBy", caller.username())
                .addAll(JsonP.PROVIDER.createObjectBuilder(parts))
                .build();
    }

    /** Clears a closed case's personal fields now, at the person's request (or the coordinator's decision). */
    public AnonymisationView anonymiseOnRequest(Caller caller, long candidateId) {
        access.requireRole(caller, AuditAction.ANONYMISE, SUBJECT, Role.COORDINATOR, Role.COUNTER);
        Candidate person = reachable(caller, candidateId, AuditAction.ANONYMISE);
        if (person.isAnonymised()) {
            throw new LifecycleConflict("このケースは既に匿名化されています。");
        }
        if (person.getStatus() != CandidateStatus.WITHDRAWN) {
            throw new LifecycleConflict("支援が終了（取り下げ）したケースだけを匿名化できます。先に取り下げてください。");
        }
        String caseCode = person.getCaseCode();
        anonymiser.anonymise(candidateId, caseCode);
        audit.allowed(caller, AuditAction.ANONYMISE, SUBJECT, candidateId, Anonymiser.pseudonym(candidateId),
                "erasure on request (削除請求), case closed on " + person.getClosedOn());
        return new AnonymisationView(candidateId, Anonymiser.pseudonym(candidateId), person.getClosedOn());
    }

    /** The coordinator reaches every case of the prefecture, a counter only the people it submitted. */
    private Candidate reachable(Caller caller, long candidateId, AuditAction action) {
        Candidate person = em.find(Candidate.class, candidateId);
        if (person == null) {
            throw AccessPolicy.notFound(SUBJECT, candidateId);
        }
        boolean own = caller.is(Role.COORDINATOR) || Objects.equals(caller.counterId(), person.getCounterId());
        if (!own || !access.mayRead(caller, person.getPrefectureCode(), person.getMunicipalityCode())) {
            throw access.outOfScope(caller, action, SUBJECT, candidateId);
        }
        return person;
    }

    /** A case whose personal fields were cleared. */
    public record AnonymisationView(long candidateId, String pseudonym, java.time.LocalDate closedOn) {
    }
}
