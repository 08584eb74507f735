package jp.tsunagu.placement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Period;
import jp.tsunagu.audit.AuditAction;
import jp.tsunagu.audit.AuditLog;
import jp.tsunagu.candidate.Candidate;
import jp.tsunagu.candidate.CandidateWithdrawn;
import jp.tsunagu.platform.LifecycleConflict;
import jp.tsunagu.proposal.ProposalConfirmed;
import jp.tsunagu.proposal.ProposalRecord;
import jp.tsunagu.registry.TrialSlot;

/**
 * Turns a confirmed proposal into a placement, in the confirming transaction: the slot's days and
 * hours as planned, the follow-ups due from the first day, the person pinned to the slot in later
 * rounds. A placement the person had (a step up to a new host) ends as continuing elsewhere.
 */
@ApplicationScoped
public class PlacementStarter {

    static final String SUBJECT = "placement";

    @PersistenceContext
    EntityManager em;

    @Inject
    LifecycleSettingsSource settings;

    @Inject
    AuditLog audit;

    /** A person with a running placement is not withdrawn from matching: the placement ends first, with its outcome. */
    void refuseWithdrawalWhilePlaced(@Observes CandidateWithdrawn withdrawn) {
        Long running = em.createQuery("select count(p) from Placement p where p.candidateId = :c"
                        + " and p.state = jp.tsunagu.placement.PlacementState.ACTIVE", Long.class)
                .setParameter("c", withdrawn.person().getId()).getSingleResult();
        if (running > 0) {
            throw new LifecycleConflict("この方は実習中です。先に実習を終了（結果を記録）してください。");
        }
    }

    void start(@Observes ProposalConfirmed confirmed) {
        ProposalRecord proposal = confirmed.proposal();
        Candidate person = confirmed.person();
        for (Placement earlier : em.createQuery("select p from Placement p where p.candidateId = :c"
                        + " and p.state = jp.tsunagu.placement.PlacementState.ACTIVE", Placement.class)
                .setParameter("c", person.getId()).getResultList()) {
            earlier.end(proposal.getFirstDay().isBefore(earlier.getStartDate()) ? earlier.getStartDate()
                    : proposal.getFirstDay(), PlacementOutcome.CONTINUES_ELSEWHERE,
                    "次のステップの受入先（受付番号 " + proposal.getId() + "）へ移行", confirmed.caller().username());
        }
        TrialSlot slot = em.find(TrialSlot.class, proposal.getSlotId());
        Placement placement = new Placement(person.getPrefectureCode(), proposal.getId(), person.getId(),
                proposal.getCounterId(), proposal.getMunicipalityCode(), proposal.getSlotId(), proposal.getHostId(),
                proposal.getFirstDay(), slot.getWeekdays().size(), slot.getHoursPerDay());
        em.persist(placement);
        em.flush();
        for (Period after : settings.of(person.getPrefectureCode()).followUpAfter()) {
            em.persist(new FollowUp(placement.getId(), FollowUpTiming.inWords(after), proposal.getFirstDay().plus(after)));
        }
        person.pinTo(proposal.getSlotId());
        audit.allowed(confirmed.caller(), AuditAction.CREATE, SUBJECT, placement.getId(), person.getCaseCode(),
                "from proposal " + proposal.getId());
    }
}
