package jp.tsunagu.proposal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import jp.tsunagu.access.AccessPolicy;
import jp.tsunagu.access.Account;
import jp.tsunagu.access.Caller;
import jp.tsunagu.access.Role;
import jp.tsunagu.audit.AuditAction;
import jp.tsunagu.audit.AuditLog;
import jp.tsunagu.candidate.Candidate;
import jp.tsunagu.candidate.CandidateProfile;
import jp.tsunagu.counter.SupportCounter;
import jp.tsunagu.notification.NotificationDraft;
import jp.tsunagu.notification.NotificationKind;
import jp.tsunagu.notification.Notifier;
import jp.tsunagu.platform.InvalidInputException;
import jp.tsunagu.registry.CarvedOutTask;
import jp.tsunagu.registry.TrialSlot;
import jp.tsunagu.registry.WorkKind;

/**
 * The host's side: the consented profile of each person proposed to it, and its answer: confirm
 * with a first day (the proposal becomes a placement, through {@link ProposalConfirmed}) or decline
 * with a reason (the pair is excluded, the person and the slot are free for a re-solve).
 */
@ApplicationScoped
@Transactional
public class HostAnswers {

    /** How far back a first day may lie: a host may record a trial that already began. */
    static final int FIRST_DAY_MAX_DAYS_AGO = 90;
    static final int FIRST_DAY_MAX_DAYS_AHEAD = 180;

    @PersistenceContext
    EntityManager em;

    @Inject
    AccessPolicy access;

    @Inject
    AuditLog audit;

    @Inject
    ProposalDesk desk;

    @Inject
    Exclusions exclusions;

    @Inject
    Notifier notifier;

    @Inject
    Event<ProposalConfirmed> confirmed;

    /** The consented people proposed to the caller's organisation, newest first. */
    public List<ConsentedProfile> profiles(Caller caller) {
        access.requireRole(caller, AuditAction.LIST, ProposalDesk.SUBJECT, Role.EMPLOYER);
        List<ProposalRecord> mine = em.createQuery("select p from ProposalRecord p where p.hostId = :h"
                        + " and p.state in :states order by p.id desc", ProposalRecord.class)
                .setParameter("h", caller.hostId()).setParameter("states", ProposalState.CONSENTED)
                .setMaxResults(200).getResultList();
        return mine.stream().map(p -> profile(caller, desk.find(caller, p.getId(), AuditAction.LIST))).toList();
    }

    public ConsentedProfile profile(Caller caller, long id) {
        access.requireRole(caller, AuditAction.READ, ProposalDesk.SUBJECT, Role.EMPLOYER);
        return profile(caller, desk.find(caller, id, AuditAction.READ));
    }

    public ConsentedProfile confirm(Caller caller, long id, ProposalRequests.Confirm request) {
        ProposalDesk.Found found = claim(caller, id, request.version(), ProposalEvent.CONFIRM);
        LocalDate today = LocalDate.now(Decisions.JAPAN);
        if (request.firstDay().isBefore(today.minusDays(FIRST_DAY_MAX_DAYS_AGO))
                || request.firstDay().isAfter(today.plusDays(FIRST_DAY_MAX_DAYS_AHEAD))) {
            throw new InvalidInputException("firstDay", "初日は " + today.minusDays(FIRST_DAY_MAX_DAYS_AGO) + " から "
                    + today.plusDays(FIRST_DAY_MAX_DAYS_AHEAD) + " までの日付にしてください");
        }
        ProposalRecord proposal = found.proposal();
        proposal.confirm(request.firstDay(), request.note(), caller.username());
        em.flush();
        confirmed.fire(new ProposalConfirmed(caller, proposal, found.person()));
        audit.allowed(caller, AuditAction.UPDATE, ProposalDesk.SUBJECT, id, found.caseCode(),
                "confirmed, first day " + request.firstDay());
        notifier.notify(NotificationDraft.toCounter(found.prefectureCode(), proposal.getCounterId(),
                NotificationKind.EMPLOYER_ANSWERED, ProposalDesk.SUBJECT, id, "受入先が受入を決めました",
                confirmedNotice(found.caseCode(), request.firstDay(), today)));
        return profile(caller, found);
    }

    /**
     * The counter's notice of a confirmation. Booking a visit or a first-day accompaniment is
     * suggested only while the first day is still ahead: a host may confirm a placement that began.
     */
    static String confirmedNotice(String caseCode, LocalDate firstDay, LocalDate today) {
        String decided = "ケース " + caseCode + " の受入が決まりました。";
        if (firstDay.isAfter(today)) {
            return decided + "初日は " + firstDay + " です。必要なら見学・同行を予約してください。";
        }
        if (firstDay.isEqual(today)) {
            return decided + "初日は今日（" + firstDay + "）です。";
        }
        return decided + "実習は " + firstDay + " に始まっています。";
    }

    public ConsentedProfile decline(Caller caller, long id, ProposalRequests.HostDecline request) {
        ProposalDesk.Found found = claim(caller, id, request.version(), ProposalEvent.HOST_DECLINE);
        if (request.reason() == HostDeclineReason.OTHER && (request.note() == null || request.note().isBlank())) {
            throw new InvalidInputException("note", "理由が「その他」のときは内容を書いてください");
        }
        ProposalRecord proposal = found.proposal();
        proposal.declineByHost(request.reason(), request.note(), caller.username());
        exclusions.record(caller, found.person(), proposal.getSlotId(), ExclusionSource.HOST_DECLINED, id,
                request.reason().labelJa());
        audit.allowed(caller, AuditAction.UPDATE, ProposalDesk.SUBJECT, id, found.caseCode(),
                "declined by host: " + request.reason());
        String body = "ケース " + found.caseCode() + " の受入を、受入先が辞退しました（" + request.reason().labelJa()
                + "）。再計算で別の受入枠を探せます。";
        notifier.notify(NotificationDraft.toCounter(found.prefectureCode(), proposal.getCounterId(),
                NotificationKind.EMPLOYER_ANSWERED, ProposalDesk.SUBJECT, id, "受入先が辞退しました", body));
        notifier.notify(NotificationDraft.toCoordinators(found.prefectureCode(), NotificationKind.EMPLOYER_ANSWERED,
                ProposalDesk.SUBJECT, id, "受入先が辞退しました", body));
        return profile(caller, found);
    }

    private ProposalDesk.Found claim(Caller caller, long id, Long version, ProposalEvent event) {
        access.requireRole(caller, AuditAction.UPDATE, ProposalDesk.SUBJECT, Role.EMPLOYER);
        return desk.claim(caller, id, version, event);
    }

    /** The profile, limited to what the person agreed to share; the read of the case is audited. */
    private ConsentedProfile profile(Caller caller, ProposalDesk.Found found) {
        ProposalRecord p = found.proposal();
        Candidate person = found.person();
        CandidateProfile profile = person.profile();
        Set<SharedItem> shared = p.getSharedItems();
        TrialSlot slot = em.find(TrialSlot.class, p.getSlotId());
        CarvedOutTask task = em.find(CarvedOutTask.class, slot.getTaskId());
        List<String> accommodations = shared.contains(SharedItem.ACCOMMODATIONS) && !profile.accommodationNeeds().isEmpty()
                ? em.createQuery("select a.labelJa from Accommodation a where a.prefectureCode = :p and a.code in :codes"
                        + " order by a.code", String.class)
                .setParameter("p", person.getPrefectureCode()).setParameter("codes", profile.accommodationNeeds())
                .getResultList()
                : shared.contains(SharedItem.ACCOMMODATIONS) ? List.of() : null;
        List<String> interests = shared.contains(SharedItem.INTERESTS)
                ? profile.interests().stream().sorted().map(WorkKind::labelJa).toList()
                : null;
        boolean pacing = shared.contains(SharedItem.PACING_STAGE);
        audit.allowed(caller, AuditAction.READ, "candidate", person.getId(), person.getCaseCode(),
                "consented profile for the host, proposal " + p.getId());
        return new ConsentedProfile(p.getId(), p.getState(), p.getState().labelJa(), p.getVersion(), p.getSlotId(),
                task.getTitle(), slot.getWeekdays().stream().sorted().toList(), slot.getStartTime(),
                slot.getHoursPerDay(), p.getConsentDate(), pacing ? profile.hoursPerDay() : null,
                pacing ? profile.daysPerWeek() : null, accommodations, interests,
                shared.contains(SharedItem.FIRST_DAY_NEEDS) ? p.getFirstDayNeeds() : null,
                shared.contains(SharedItem.COUNTER_CONTACT) ? counterContact(p) : null, p.getFirstDay(),
                p.getHostDeclineReason(), p.getHostNote());
    }

    private String counterContact(ProposalRecord p) {
        SupportCounter counter = em.find(SupportCounter.class, p.getCounterId());
        List<Account> clerk = em.createQuery("select a from Account a where a.username = :u", Account.class)
                .setParameter("u", p.getDecidedBy()).getResultList();
        boolean named = !clerk.isEmpty() && !clerk.get(0).getDisplayName().equals(counter.getName());
        return counter.getName() + (named ? "（担当: " + clerk.get(0).getDisplayName() + "）" : "");
    }
}
