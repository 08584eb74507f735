package jp.tsunagu.proposal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.ZoneId;
import jp.tsunagu.access.AccessPolicy;
import jp.tsunagu.access.Caller;
import jp.tsunagu.access.Role;
import jp.tsunagu.audit.AuditAction;
import jp.tsunagu.audit.AuditLog;
import jp.tsunagu.matching.outcome.AlternativeOutcome;
import jp.tsunagu.notification.NotificationDraft;
import jp.tsunagu.notification.NotificationKind;
import jp.tsunagu.notification.Notifier;
import jp.tsunagu.platform.InvalidInputException;

/**
 * The counter's decision on a published proposal, made with the person and the 支援調整会議:
 * accept it or one of its alternatives, recording the person's consent to the referral and what
 * may be shared with the host; or decline with a reason, which excludes the pair from then on and
 * frees the person and the slot for a re-solve.
 */
@ApplicationScoped
@Transactional
public class Decisions {

    static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    @PersistenceContext
    EntityManager em;

    @Inject
    AccessPolicy access;

    @Inject
    AuditLog audit;

    @Inject
    ProposalDesk desk;

    @Inject
    Alternatives alternatives;

    @Inject
    Exclusions exclusions;

    @Inject
    Notifier notifier;

    public ProposalView accept(Caller caller, long id, ProposalRequests.Accept request) {
        ProposalDesk.Found found = claim(caller, id, request.version(), ProposalEvent.ACCEPT);
        ProposalRecord proposal = found.proposal();
        if (request.consentDate().isAfter(LocalDate.now(JAPAN))) {
            throw new InvalidInputException("consentDate", "同意した日に未来の日付は指定できません");
        }
        if (request.sharedItems().contains(SharedItem.FIRST_DAY_NEEDS)
                && (request.firstDayNeeds() == null || request.firstDayNeeds().isBlank())) {
            throw new InvalidInputException("firstDayNeeds", "初日に必要なことを共有する場合は、その内容を書いてください");
        }
        if (request.slotId() != null && request.slotId().longValue() != proposal.getSlotId()) {
            AlternativeOutcome chosen = alternatives.choose(proposal, request.slotId());
            for (ProposalRecord moved : alternatives.moveTo(proposal, chosen, null)) {
                audit.allowed(caller, AuditAction.UPDATE, ProposalDesk.SUBJECT, moved.getId(), null,
                        "moved to slot " + moved.getSlotId() + " so that proposal " + id + " could take its slot");
                if (moved.getState() == ProposalState.PUBLISHED) {
                    notifier.notify(NotificationDraft.toCounter(found.prefectureCode(), moved.getCounterId(),
                            NotificationKind.PROPOSALS_PUBLISHED, ProposalDesk.SUBJECT, moved.getId(), "提案が変更されました",
                            "別の方が選んだ選択肢との入れ替えで、提案（受付番号 " + moved.getId()
                                    + "）の受入枠が変わりました。内容を確認してください。"));
                }
            }
        }
        proposal.accept(request.consentDate(), request.sharedItems(), request.firstDayNeeds(), caller.username());
        em.flush();
        audit.allowed(caller, AuditAction.UPDATE, ProposalDesk.SUBJECT, id, found.caseCode(),
                "accepted slot " + proposal.getSlotId() + " with consent of " + request.consentDate());
        notifier.notify(NotificationDraft.toHost(found.prefectureCode(), proposal.getHostId(),
                NotificationKind.DECISION_WAITING, ProposalDesk.SUBJECT, id, "受入のご回答をお願いします",
                "ご提示の受入枠への参加に、ご本人が同意しました（受付番号 " + id + "）。受入の可否と初日をご回答ください。")
                .dedupedBy("DECISION_WAITING:proposal:" + id));
        return desk.view(caller, found);
    }

    public ProposalView decline(Caller caller, long id, ProposalRequests.Decline request) {
        ProposalDesk.Found found = claim(caller, id, request.version(), ProposalEvent.DECLINE);
        ProposalRecord proposal = found.proposal();
        if (request.reason() == DeclineReason.OTHER && (request.note() == null || request.note().isBlank())) {
            throw new InvalidInputException("note", "理由が「その他」のときは内容を書いてください");
        }
        boolean hostWasAsked = proposal.getState() == ProposalState.ACCEPTED;
        proposal.decline(request.reason(), request.note(), caller.username());
        exclusions.record(caller, found.person(), proposal.getSlotId(), ExclusionSource.PERSON_DECLINED, id,
                request.reason().labelJa());
        audit.allowed(caller, AuditAction.UPDATE, ProposalDesk.SUBJECT, id, found.caseCode(),
                "declined: " + request.reason());
        notifier.notify(NotificationDraft.toCoordinators(found.prefectureCode(), NotificationKind.PERSON_DECLINED,
                ProposalDesk.SUBJECT, id, "提案が辞退されました",
                "ケース " + found.caseCode() + " の提案が辞退されました（" + request.reason().labelJa() + "）。"
                        + (request.reason().rematchThisWeek() ? "再計算で別の受入枠を探せます。" : "今週は再マッチングしません。")));
        if (hostWasAsked) {
            notifier.notify(NotificationDraft.toHost(found.prefectureCode(), proposal.getHostId(),
                    NotificationKind.PERSON_DECLINED, ProposalDesk.SUBJECT, id, "参加が取りやめになりました",
                    "受付番号 " + id + " の方は、今回の参加を取りやめました。ご回答は不要です。"));
        }
        return desk.view(caller, found);
    }

    private ProposalDesk.Found claim(Caller caller, long id, Long version, ProposalEvent event) {
        access.requireRole(caller, AuditAction.UPDATE, ProposalDesk.SUBJECT, Role.COUNTER);
        return desk.claim(caller, id, version, event);
    }
}
