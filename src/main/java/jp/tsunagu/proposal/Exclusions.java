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
import jp.tsunagu.platform.InvalidInputException;

/**
 * What a person is never proposed again until lifted, at the level people mean: a slot, every slot
 * of a task, or every slot of a host. The coordinator excludes (on a counter's request or not), and
 * every pair the person or the host declined is excluded. Excluding supersedes the person's drafts
 * the exclusion covers; the next re-solve finds the person another slot.
 */
@ApplicationScoped
@Transactional
public class Exclusions {

    static final String SUBJECT = "exclusion";

    @PersistenceContext
    EntityManager em;

    @Inject
    AccessPolicy access;

    @Inject
    AuditLog audit;

    @Inject
    ExclusionTargets targets;

    public List<ExclusionView> list(Caller caller, boolean activeOnly) {
        access.requireRole(caller, AuditAction.LIST, SUBJECT, Role.COORDINATOR);
        return em.createQuery("select e, c.caseCode from PairExclusion e, Candidate c where c.id = e.candidateId"
                        + " and e.prefectureCode = :p" + (activeOnly ? " and e.liftedAt is null" : "") + " order by e.id",
                        Object[].class)
                .setParameter("p", caller.prefectureCode()).getResultStream()
                .map(row -> view((PairExclusion) row[0], (String) row[1])).toList();
    }

    /** The coordinator excludes a slot, task or host for a person; drafts it covers are superseded. */
    public ExclusionView exclude(Caller caller, ProposalRequests.Exclude request) {
        access.requireRole(caller, AuditAction.CREATE, SUBJECT, Role.COORDINATOR);
        Candidate person = em.find(Candidate.class, request.candidateId());
        if (person == null || !person.getPrefectureCode().equals(caller.prefectureCode())) {
            throw new InvalidInputException("candidateId", "候補者 " + request.candidateId() + " は見つかりません");
        }
        ExclusionTarget target = targets.read(caller.prefectureCode(), request.level(), request.slotId(),
                request.taskId(), request.hostId());
        if (target.level() != ExclusionLevel.SLOT && request.reason() == null) {
            throw new InvalidInputException("reason", "業務・事業所の除外には理由を選んでください");
        }
        requireNoteForOther(request.reason(), request.note());
        PairExclusion exclusion = excludeWithin(caller, person, target, ExclusionSource.COORDINATOR, request.reason(),
                request.note());
        return view(exclusion, person.getCaseCode());
    }

    /** Lifts an exclusion: the pair may be proposed again from the next round. */
    public ExclusionView lift(Caller caller, long id) {
        access.requireRole(caller, AuditAction.UPDATE, SUBJECT, Role.COORDINATOR);
        PairExclusion exclusion = em.find(PairExclusion.class, id);
        if (exclusion == null || !exclusion.getPrefectureCode().equals(caller.prefectureCode())) {
            throw exclusion == null ? AccessPolicy.notFound(SUBJECT, id) : access.outOfScope(caller, AuditAction.UPDATE, SUBJECT, id);
        }
        exclusion.lift(caller.username());
        Candidate person = em.find(Candidate.class, exclusion.getCandidateId());
        em.flush();
        audit.allowed(caller, AuditAction.UPDATE, SUBJECT, id, person.getCaseCode(), "lifted");
        return view(exclusion, person.getCaseCode());
    }

    static void requireNoteForOther(ExclusionReason reason, String note) {
        if (reason == ExclusionReason.OTHER && (note == null || note.isBlank())) {
            throw new InvalidInputException("note", "理由が「その他」のときは内容を書いてください");
        }
    }

    /** Excludes the target and supersedes the drafts it covers, in the caller's transaction. */
    PairExclusion excludeWithin(Caller caller, Candidate person, ExclusionTarget target, ExclusionSource source,
                                ExclusionReason reason, String note) {
        for (ProposalRecord draft : targets.draftsWithin(person.getId(), target)) {
            draft.apply(ProposalEvent.EXCLUDE);
        }
        return record(caller, person, target, source, null, reason, note);
    }

    /** Excludes the pair (again), in the caller's transaction; used for declines. */
    PairExclusion record(Caller caller, Candidate person, long slotId, ExclusionSource source, Long proposalId,
                         String note) {
        return record(caller, person, ExclusionTarget.slot(slotId), source, proposalId, null, note);
    }

    private PairExclusion record(Caller caller, Candidate person, ExclusionTarget target, ExclusionSource source,
                                 Long proposalId, ExclusionReason reason, String note) {
        List<PairExclusion> existing = em.createQuery("select e from PairExclusion e where e.candidateId = :c"
                        + " and e.level = :level and " + target.where("e"), PairExclusion.class)
                .setParameter("c", person.getId()).setParameter("level", target.level())
                .setParameter("target", target.id()).getResultList();
        PairExclusion exclusion = existing.isEmpty()
                ? new PairExclusion(person.getPrefectureCode(), person.getId(), target) : existing.get(0);
        exclusion.exclude(source, proposalId, reason, note, caller.username());
        if (existing.isEmpty()) {
            em.persist(exclusion);
        }
        em.flush();
        audit.allowed(caller, AuditAction.CREATE, SUBJECT, exclusion.getId(), person.getCaseCode(),
                source + " " + target.level().name().toLowerCase(java.util.Locale.ROOT) + " " + target.id()
                        + (reason == null ? "" : " " + reason));
        return exclusion;
    }

    ExclusionView view(PairExclusion exclusion, String caseCode) {
        return ExclusionView.of(exclusion, caseCode, targets.place(exclusion.target()));
    }
}
