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
import jp.tsunagu.registry.RegistryReferences;

/**
 * Person × slot pairs never proposed again until lifted: the coordinator's exclusions, and every
 * pair the person or the host declined. Excluding a pair that a draft proposes supersedes the
 * draft; the next re-solve finds the person another slot.
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
    RegistryReferences references;

    public List<ExclusionView> list(Caller caller, boolean activeOnly) {
        access.requireRole(caller, AuditAction.LIST, SUBJECT, Role.COORDINATOR);
        return em.createQuery("select e, c.caseCode from PairExclusion e, Candidate c where c.id = e.candidateId"
                        + " and e.prefectureCode = :p" + (activeOnly ? " and e.liftedAt is null" : "") + " order by e.id",
                        Object[].class)
                .setParameter("p", caller.prefectureCode()).getResultStream()
                .map(row -> ExclusionView.of((PairExclusion) row[0], (String) row[1])).toList();
    }

    /** The coordinator excludes a pair; a draft proposing it is superseded. */
    public ExclusionView exclude(Caller caller, ProposalRequests.Exclude request) {
        access.requireRole(caller, AuditAction.CREATE, SUBJECT, Role.COORDINATOR);
        Candidate person = em.find(Candidate.class, request.candidateId());
        if (person == null || !person.getPrefectureCode().equals(caller.prefectureCode())) {
            throw new InvalidInputException("candidateId", "候補者 " + request.candidateId() + " は見つかりません");
        }
        references.requireSlot(caller.prefectureCode(), request.slotId(), "slotId");
        for (ProposalRecord draft : em.createQuery("select p from ProposalRecord p where p.candidateId = :c"
                        + " and p.slotId = :s and p.state = jp.tsunagu.proposal.ProposalState.DRAFT", ProposalRecord.class)
                .setParameter("c", person.getId()).setParameter("s", request.slotId()).getResultList()) {
            draft.apply(ProposalEvent.EXCLUDE);
        }
        PairExclusion exclusion = record(caller, person, request.slotId(), ExclusionSource.COORDINATOR, null,
                request.note());
        return ExclusionView.of(exclusion, person.getCaseCode());
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
        return ExclusionView.of(exclusion, person.getCaseCode());
    }

    /** Excludes the pair (again), in the caller's transaction; used for declines too. */
    PairExclusion record(Caller caller, Candidate person, long slotId, ExclusionSource source, Long proposalId,
                         String note) {
        List<PairExclusion> existing = em.createQuery("select e from PairExclusion e where e.candidateId = :c"
                        + " and e.slotId = :s", PairExclusion.class)
                .setParameter("c", person.getId()).setParameter("s", slotId).getResultList();
        PairExclusion exclusion = existing.isEmpty()
                ? new PairExclusion(person.getPrefectureCode(), person.getId(), slotId) : existing.get(0);
        exclusion.exclude(source, proposalId, note, caller.username());
        if (existing.isEmpty()) {
            em.persist(exclusion);
        }
        em.flush();
        audit.allowed(caller, AuditAction.CREATE, SUBJECT, exclusion.getId(), person.getCaseCode(),
                source + " slot " + slotId);
        return exclusion;
    }
}
