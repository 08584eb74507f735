package jp.tsunagu.placement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
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

/**
 * What the counters must not miss (no つなぎっぱなし): follow-ups past their due date, and 就労準備支援
 * limits coming near. Read on demand, and turned into notifications once a day (and when the
 * coordinator asks); each thing is notified once, whichever instance runs the check.
 */
@ApplicationScoped
@Transactional
public class LifecycleMonitor {

    @PersistenceContext
    EntityManager em;

    @Inject
    AccessPolicy access;

    @Inject
    AuditLog audit;

    @Inject
    LifecycleSettingsSource settings;

    @Inject
    Notifier notifier;

    /** What a check found and notified. */
    public record CheckResult(LocalDate asOf, int overdueFollowUps, int programmeLimitsNear, int notified) {
    }

    /** The coordinator runs the check now for the prefecture. */
    public CheckResult checkNow(Caller caller) {
        access.requireRole(caller, AuditAction.START, "monitoring", Role.COORDINATOR);
        return check(caller.prefectureCode(), PlacementService.today());
    }

    /** The people of the caller's scope whose programme limit is near or past. */
    public List<ProgrammeLimitView> programmeLimits(Caller caller) {
        access.requireRole(caller, AuditAction.LIST, "candidate", Role.COORDINATOR, Role.COUNTER);
        List<ProgrammeLimitView> near = limitsNear(caller.prefectureCode(), PlacementService.today()).stream()
                .filter(v -> caller.is(Role.COORDINATOR) || caller.servedMunicipalities().contains(v.municipalityCode()))
                .toList();
        near.forEach(v -> audit.allowed(caller, AuditAction.LIST, "candidate", v.candidateId(), v.caseCode(),
                "programme limit near"));
        return near;
    }

    CheckResult check(String prefectureCode, LocalDate asOf) {
        int notified = 0;
        List<Object[]> overdue = em.createQuery("select f, p from FollowUp f, Placement p where p.id = f.placementId"
                        + " and p.prefectureCode = :pref and p.state = jp.tsunagu.placement.PlacementState.ACTIVE"
                        + " and f.doneOn is null and f.dueOn < :asOf order by f.dueOn", Object[].class)
                .setParameter("pref", prefectureCode).setParameter("asOf", asOf).getResultList();
        for (Object[] row : overdue) {
            FollowUp followUp = (FollowUp) row[0];
            Placement placement = (Placement) row[1];
            String caseCode = em.find(Candidate.class, placement.getCandidateId()).getCaseCode();
            if (notifier.notify(NotificationDraft.toCounter(prefectureCode, placement.getCounterId(),
                    NotificationKind.FOLLOW_UP_OVERDUE, PlacementStarter.SUBJECT, placement.getId(),
                    "フォローアップの期限が過ぎています",
                    "ケース " + caseCode + " の実習（" + placement.getStartDate() + " 開始）のフォローアップ（"
                            + followUp.getLabel() + "）は " + followUp.getDueOn() + " が期限でした。本人と受入先に様子を確認してください。")
                    .dedupedBy("FOLLOW_UP_OVERDUE:follow-up:" + followUp.getId()))) {
                notified++;
            }
        }
        List<ProgrammeLimitView> limits = limitsNear(prefectureCode, asOf);
        for (ProgrammeLimitView limit : limits) {
            long counterId = em.find(Candidate.class, limit.candidateId()).getCounterId();
            if (notifier.notify(NotificationDraft.toCounter(prefectureCode, counterId,
                    NotificationKind.PROGRAMME_LIMIT_NEAR, "candidate", limit.candidateId(),
                    "就労準備支援の利用期限が近づいています",
                    "ケース " + limit.caseCode() + " の就労準備支援事業は " + limit.limitDate()
                            + " に1年の期限を迎えます。延長する場合は理由を記録してください。")
                    .dedupedBy("PROGRAMME_LIMIT_NEAR:candidate:" + limit.candidateId() + ":" + limit.limitDate()))) {
                notified++;
            }
        }
        return new CheckResult(asOf, overdue.size(), limits.size(), notified);
    }

    private List<ProgrammeLimitView> limitsNear(String prefectureCode, LocalDate asOf) {
        LifecycleSettings lifecycle = settings.of(prefectureCode);
        List<Candidate> people = em.createQuery("select c from Candidate c where c.prefectureCode = :p"
                        + " and c.status = jp.tsunagu.candidate.CandidateStatus.ACTIVE"
                        + " and c.programme = jp.tsunagu.candidate.Programme.WORK_READINESS"
                        + " and c.extensionReason is null order by c.id", Candidate.class)
                .setParameter("p", prefectureCode).getResultList();
        return people.stream()
                .filter(c -> c.profile().programmeStart() != null)
                .map(c -> {
                    LocalDate limit = c.profile().programmeStart().plusMonths(lifecycle.workReadinessMonths()).minusDays(1);
                    return new ProgrammeLimitView(c.getId(), c.getCaseCode(), c.getMunicipalityCode(),
                            c.profile().programmeStart(), limit, ChronoUnit.DAYS.between(asOf, limit),
                            c.getPinnedSlotId() != null);
                })
                .filter(v -> !v.limitDate().minus(lifecycle.programmeLimitWarning()).isAfter(asOf))
                .toList();
    }
}
