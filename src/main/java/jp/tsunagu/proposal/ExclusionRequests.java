package jp.tsunagu.proposal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import jp.tsunagu.access.AccessPolicy;
import jp.tsunagu.access.Caller;
import jp.tsunagu.access.Role;
import jp.tsunagu.audit.AuditAction;
import jp.tsunagu.audit.AuditLog;
import jp.tsunagu.candidate.Candidate;
import jp.tsunagu.notification.NotificationDraft;
import jp.tsunagu.notification.NotificationKind;
import jp.tsunagu.notification.Notifier;
import jp.tsunagu.platform.LifecycleConflict;
import jp.tsunagu.platform.Versions;

/**
 * A counter asks for an exclusion for its own person; the coordinator confirms it (the exclusion is
 * made, the drafts it covers are superseded) or declines it with a reason. Counters act only for
 * the people of the municipalities they serve (others answer 404), hosts never; every step is
 * audited and told to the other side.
 */
@ApplicationScoped
@Transactional
public class ExclusionRequests {

    static final String SUBJECT = "exclusion-request";
    private static final String CANDIDATE = "candidate";

    @PersistenceContext
    EntityManager em;

    @Inject
    AccessPolicy access;

    @Inject
    AuditLog audit;

    @Inject
    ExclusionTargets targets;

    @Inject
    Exclusions exclusions;

    @Inject
    Notifier notifier;

    /** The counter asks; the coordinators are told. */
    public ExclusionRequestView request(Caller caller, long candidateId, ProposalRequests.RequestExclusion body) {
        access.requireRole(caller, AuditAction.CREATE, SUBJECT, Role.COUNTER);
        Candidate person = em.find(Candidate.class, candidateId);
        if (person == null) {
            throw AccessPolicy.notFound(CANDIDATE, candidateId);
        }
        if (!access.mayWrite(caller, person.getPrefectureCode(), person.getMunicipalityCode())) {
            throw access.outOfScope(caller, AuditAction.CREATE, CANDIDATE, candidateId);
        }
        ExclusionTarget target = targets.read(person.getPrefectureCode(), body.level(), body.slotId(), body.taskId(),
                body.hostId());
        Exclusions.requireNoteForOther(body.reason(), body.note());
        Long waiting = em.createQuery("select count(r) from ExclusionRequest r where r.candidateId = :c"
                        + " and r.level = :level and " + target.where("r")
                        + " and r.state = jp.tsunagu.proposal.ExclusionRequestState.PENDING", Long.class)
                .setParameter("c", candidateId).setParameter("level", target.level())
                .setParameter("target", target.id()).getSingleResult();
        if (waiting > 0) {
            throw new LifecycleConflict("同じ内容の依頼がすでにコーディネーターの確認待ちです。");
        }
        ExclusionRequest request = new ExclusionRequest(person.getPrefectureCode(), candidateId, person.getCounterId(),
                target, body.reason(), blankToNull(body.note()), caller.username());
        em.persist(request);
        em.flush();
        audit.allowed(caller, AuditAction.CREATE, SUBJECT, request.getId(), person.getCaseCode(),
                "requested " + describe(target) + " " + body.reason());
        ExclusionTargets.Place place = targets.place(target);
        notifier.notify(NotificationDraft.toCoordinators(person.getPrefectureCode(), NotificationKind.EXCLUSION_REQUESTED,
                CANDIDATE, candidateId, "除外の依頼があります",
                "ケース " + person.getCaseCode() + " について、" + where(target, place) + "を除外する依頼がありました（"
                        + body.reason().labelJa() + "）。マッチング結果の画面で確認してください。"));
        return view(request, person.getCaseCode());
    }

    /** The person's requests, newest first: the counter's own people, or any for the coordinator. */
    public List<ExclusionRequestView> ofPerson(Caller caller, long candidateId) {
        access.requireRole(caller, AuditAction.READ, SUBJECT, Role.COORDINATOR, Role.COUNTER);
        Candidate person = em.find(Candidate.class, candidateId);
        if (person == null) {
            throw AccessPolicy.notFound(CANDIDATE, candidateId);
        }
        if (!access.mayRead(caller, person.getPrefectureCode(), person.getMunicipalityCode())) {
            throw access.outOfScope(caller, AuditAction.READ, CANDIDATE, candidateId);
        }
        List<ExclusionRequestView> views = em.createQuery("select r from ExclusionRequest r where r.candidateId = :c"
                        + " order by r.id desc", ExclusionRequest.class)
                .setParameter("c", candidateId).getResultStream()
                .map(r -> view(r, person.getCaseCode())).toList();
        audit.allowed(caller, AuditAction.READ, CANDIDATE, candidateId, person.getCaseCode(), "exclusion requests");
        return views;
    }

    /** The prefecture's requests in a state (the waiting ones by default), oldest first: the coordinator's queue. */
    public List<ExclusionRequestView> list(Caller caller, ExclusionRequestState state) {
        access.requireRole(caller, AuditAction.LIST, SUBJECT, Role.COORDINATOR);
        List<ExclusionRequestView> views = em.createQuery("select r, c.caseCode from ExclusionRequest r, Candidate c"
                        + " where c.id = r.candidateId and r.prefectureCode = :p and r.state = :s order by r.id",
                        Object[].class)
                .setParameter("p", caller.prefectureCode())
                .setParameter("s", state == null ? ExclusionRequestState.PENDING : state).getResultStream()
                .map(row -> view((ExclusionRequest) row[0], (String) row[1])).toList();
        audit.allowedList(caller, AuditAction.LIST, CANDIDATE,
                views.stream().map(v -> new AuditLog.Subject(v.candidateId(), v.caseCode())).toList(),
                "exclusion requests");
        return views;
    }

    /** The coordinator confirms: the exclusion is made as the counter asked, and the counter is told. */
    public ExclusionRequestView confirm(Caller caller, long id, ProposalRequests.ConfirmExclusionRequest body) {
        ExclusionRequest request = claim(caller, id, body.version());
        Candidate person = em.find(Candidate.class, request.getCandidateId());
        PairExclusion exclusion = exclusions.excludeWithin(caller, person, request.target(),
                ExclusionSource.COUNTER_REQUESTED, request.getReason(), request.getNote());
        request.confirm(exclusion.getId(), caller.username());
        em.flush();
        audit.allowed(caller, AuditAction.UPDATE, SUBJECT, id, person.getCaseCode(),
                "confirmed as exclusion " + exclusion.getId());
        ExclusionTargets.Place place = targets.place(request.target());
        notifier.notify(NotificationDraft.toCounter(person.getPrefectureCode(), request.getCounterId(),
                NotificationKind.EXCLUSION_ANSWERED, CANDIDATE, person.getId(), "除外の依頼が確定しました",
                "ケース " + person.getCaseCode() + " の" + where(request.target(), place)
                        + "の除外が確定しました。次の計算から提案されません。"));
        return view(request, person.getCaseCode());
    }

    /** The coordinator declines, saying why; nothing is excluded and the counter is told. */
    public ExclusionRequestView decline(Caller caller, long id, ProposalRequests.DeclineExclusionRequest body) {
        ExclusionRequest request = claim(caller, id, body.version());
        Candidate person = em.find(Candidate.class, request.getCandidateId());
        request.decline(body.reason().strip(), caller.username());
        em.flush();
        audit.allowed(caller, AuditAction.UPDATE, SUBJECT, id, person.getCaseCode(), "declined");
        ExclusionTargets.Place place = targets.place(request.target());
        notifier.notify(NotificationDraft.toCounter(person.getPrefectureCode(), request.getCounterId(),
                NotificationKind.EXCLUSION_ANSWERED, CANDIDATE, person.getId(), "除外の依頼は見送られました",
                "ケース " + person.getCaseCode() + " の" + where(request.target(), place)
                        + "の除外の依頼は見送られました。理由は支援対象者の画面で確認できます。"));
        return view(request, person.getCaseCode());
    }

    private ExclusionRequest claim(Caller caller, long id, Long version) {
        access.requireRole(caller, AuditAction.UPDATE, SUBJECT, Role.COORDINATOR);
        ExclusionRequest request = em.find(ExclusionRequest.class, id);
        if (request == null) {
            throw AccessPolicy.notFound(SUBJECT, id);
        }
        if (!request.getPrefectureCode().equals(caller.prefectureCode())) {
            throw access.outOfScope(caller, AuditAction.UPDATE, SUBJECT, id);
        }
        if (request.getState() != ExclusionRequestState.PENDING) {
            throw new LifecycleConflict("この依頼はすでに「" + request.getState().labelJa() + "」になっています。");
        }
        Versions.claim(em, request, version, request.getVersion());
        return request;
    }

    private ExclusionRequestView view(ExclusionRequest request, String caseCode) {
        Boolean active = null;
        if (request.getExclusionId() != null) {
            PairExclusion exclusion = em.find(PairExclusion.class, request.getExclusionId());
            active = exclusion != null && exclusion.isActive();
        }
        return ExclusionRequestView.of(request, caseCode, targets.place(request.target()), active);
    }

    private static String describe(ExclusionTarget target) {
        return target.level().name().toLowerCase(java.util.Locale.ROOT) + " " + target.id();
    }

    /** 「事業所「…」」, 「業務「…」（…）」 or 「受入枠 12（…・…）」, as a sentence names it. */
    static String where(ExclusionTarget target, ExclusionTargets.Place place) {
        return switch (target.level()) {
            case HOST -> "事業所「" + place.hostName() + "」";
            case TASK -> "業務「" + place.taskTitle() + "」（" + place.hostName() + "）";
            case SLOT -> "受入枠 " + target.id() + "（" + place.hostName() + "・" + place.taskTitle() + "）";
        };
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
