package jp.tsunagu.candidate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Set;
import jp.tsunagu.access.AccessPolicy;
import jp.tsunagu.access.Caller;
import jp.tsunagu.access.Role;
import jp.tsunagu.audit.AuditAction;
import jp.tsunagu.audit.AuditLog;
import jp.tsunagu.platform.InvalidInputException;
import jp.tsunagu.platform.LifecycleConflict;
import jp.tsunagu.platform.Page;
import jp.tsunagu.platform.PageRequest;
import jp.tsunagu.platform.Versions;
import jp.tsunagu.registry.RegistryReferences;

/**
 * The counter's use cases on the people it supports: submit, read, update, withdraw. Each runs in
 * one transaction together with its audit entry, so a failed request leaves neither.
 */
@ApplicationScoped
@Transactional
public class CandidateService {

    static final String SUBJECT = "candidate";
    /** EclipseLink's hint: a list only read need not be tracked for changes until the transaction ends. */
    private static final String READ_ONLY = "eclipselink.read-only";

    @PersistenceContext
    EntityManager em;

    @Inject
    AccessPolicy access;

    @Inject
    AuditLog audit;

    @Inject
    RegistryReferences references;

    @Inject
    Event<CandidateWithdrawn> withdrawn;

    public Page<CandidateView> list(Caller caller, PageRequest page) {
        access.requireRole(caller, AuditAction.LIST, SUBJECT, Role.COORDINATOR, Role.COUNTER);
        String scope = caller.is(Role.COORDINATOR) ? "" : " and c.municipalityCode in :served";
        // The page's ids first, from an index alone; then the people. In one query the database read
        // every person before the page in full to skip them.
        List<Long> ids = page.applyTo(scoped(em.createQuery(
                        "select c.id from Candidate c where c.prefectureCode = :p" + scope + " order by c.id", Long.class),
                        caller)).getResultList();
        List<Candidate> found = ids.isEmpty() ? List.of() : em.createQuery(
                        "select c from Candidate c where c.id in :ids order by c.id", Candidate.class)
                .setParameter("ids", ids).setHint(READ_ONLY, "true").getResultList();
        long total = page.totalWithout(found.size()).orElseGet(() -> scoped(em.createQuery(
                "select count(c) from Candidate c where c.prefectureCode = :p" + scope, Long.class), caller)
                .getSingleResult());
        audit.allowedList(caller, AuditAction.LIST, SUBJECT,
                found.stream().map(c -> new AuditLog.Subject(c.getId(), c.getCaseCode())).toList(), null);
        return new Page<>(found.stream().map(CandidateView::of).toList(), total, page);
    }

    /** The caller's prefecture, and for a counter the municipalities it serves. */
    private static <T> TypedQuery<T> scoped(TypedQuery<T> query, Caller caller) {
        query.setParameter("p", caller.prefectureCode());
        return caller.is(Role.COORDINATOR) ? query : query.setParameter("served", caller.servedMunicipalities());
    }

    public CandidateView get(Caller caller, long id) {
        access.requireRole(caller, AuditAction.READ, SUBJECT, Role.COORDINATOR, Role.COUNTER);
        Candidate candidate = readable(caller, id, AuditAction.READ);
        audit.allowed(caller, AuditAction.READ, SUBJECT, id, candidate.getCaseCode(), null);
        return CandidateView.of(candidate);
    }

    public CandidateView create(Caller caller, CandidateInput input) {
        access.requireRole(caller, AuditAction.CREATE, SUBJECT, Role.COUNTER);
        CandidateProfile profile = checked(caller, input);
        boolean taken = !em.createQuery("select c.id from Candidate c where c.counterId = :counter and c.caseCode = :code")
                .setParameter("counter", caller.counterId()).setParameter("code", input.caseCode())
                .getResultList().isEmpty();
        if (taken) {
            throw new ClientErrorException("ケース番号 " + input.caseCode() + " は既に登録されています。",
                    Response.Status.CONFLICT);
        }
        Candidate candidate = new Candidate(caller.prefectureCode(), caller.counterId(), input.caseCode());
        candidate.describe(profile);
        em.persist(candidate);
        em.flush();
        audit.allowed(caller, AuditAction.CREATE, SUBJECT, candidate.getId(), candidate.getCaseCode(), null);
        return CandidateView.of(candidate);
    }

    public CandidateView update(Caller caller, long id, CandidateInput input) {
        access.requireRole(caller, AuditAction.UPDATE, SUBJECT, Role.COUNTER);
        Candidate candidate = writable(caller, id, AuditAction.UPDATE);
        if (candidate.isAnonymised()) {
            throw new LifecycleConflict("匿名化されたケースは変更できません。");
        }
        if (!candidate.getCaseCode().equals(input.caseCode())) {
            throw new InvalidInputException("caseCode", "ケース番号は変更できません");
        }
        CandidateProfile profile = checked(caller, input);
        Versions.claim(em, candidate, input.version(), candidate.getVersion());
        candidate.describe(profile);
        em.flush();
        audit.allowed(caller, AuditAction.UPDATE, SUBJECT, id, candidate.getCaseCode(), null);
        return CandidateView.of(candidate);
    }

    public CandidateView withdraw(Caller caller, long id) {
        access.requireRole(caller, AuditAction.WITHDRAW, SUBJECT, Role.COUNTER);
        Candidate candidate = writable(caller, id, AuditAction.WITHDRAW);
        withdrawn.fire(new CandidateWithdrawn(candidate));
        candidate.withdraw();
        em.flush();
        audit.allowed(caller, AuditAction.WITHDRAW, SUBJECT, id, candidate.getCaseCode(), null);
        return CandidateView.of(candidate);
    }

    private Candidate readable(Caller caller, long id, AuditAction action) {
        Candidate candidate = em.find(Candidate.class, id);
        if (candidate == null) {
            throw AccessPolicy.notFound(SUBJECT, id);
        }
        if (!access.mayRead(caller, candidate.getPrefectureCode(), candidate.getMunicipalityCode())) {
            throw access.outOfScope(caller, action, SUBJECT, id);
        }
        return candidate;
    }

    private Candidate writable(Caller caller, long id, AuditAction action) {
        Candidate candidate = em.find(Candidate.class, id);
        if (candidate == null) {
            throw AccessPolicy.notFound(SUBJECT, id);
        }
        if (!access.mayWrite(caller, candidate.getPrefectureCode(), candidate.getMunicipalityCode())) {
            throw access.outOfScope(caller, action, SUBJECT, id);
        }
        return candidate;
    }

    /** Checks what Bean Validation cannot: references to other records and rules across fields. */
    private CandidateProfile checked(Caller caller, CandidateInput input) {
        if (!caller.servedMunicipalities().contains(input.municipalityCode())) {
            throw new InvalidInputException("municipalityCode",
                    "この窓口が担当していない市町村です: " + input.municipalityCode());
        }
        if (!input.availableUntil().isAfter(input.availableFrom())) {
            throw new InvalidInputException("availableUntil", "availableFrom より後の時刻を指定してください");
        }
        if (Boolean.TRUE.equals(input.consentToMatching()) && input.consentDate() == null) {
            throw new InvalidInputException("consentDate", "同意した日付を指定してください");
        }
        Set<String> needs = input.accommodationNeeds() == null ? Set.of() : input.accommodationNeeds();
        references.requireAccommodations(caller.prefectureCode(), needs, "accommodationNeeds");
        references.requireHosts(caller.prefectureCode(),
                input.excludedHostIds() == null ? Set.of() : input.excludedHostIds(), "excludedHostIds");
        return input.profile();
    }
}
