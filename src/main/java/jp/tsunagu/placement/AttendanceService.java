package jp.tsunagu.placement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.tsunagu.access.Caller;
import jp.tsunagu.access.Role;
import jp.tsunagu.audit.AuditAction;
import jp.tsunagu.audit.AuditLog;
import jp.tsunagu.candidate.Candidate;
import jp.tsunagu.candidate.CandidateProfile;
import jp.tsunagu.notification.NotificationDraft;
import jp.tsunagu.notification.NotificationKind;
import jp.tsunagu.notification.Notifier;
import jp.tsunagu.platform.InvalidInputException;
import jp.tsunagu.access.AccessPolicy;

/**
 * The host records each week's attendance of a running placement (a week is named by its Monday;
 * recording a week again corrects it). Each record is read for a change of pacing stage
 * ({@link StepAdvisor}); a suggestion goes to the counter, who decides with the person.
 */
@ApplicationScoped
@Transactional
public class AttendanceService {

    @PersistenceContext
    EntityManager em;

    @Inject
    AccessPolicy access;

    @Inject
    AuditLog audit;

    @Inject
    PlacementService placements;

    @Inject
    LifecycleSettingsSource settings;

    @Inject
    Notifier notifier;

    public PlacementView record(Caller caller, long id, LocalDate weekStart, PlacementRequests.Attendance request) {
        access.requireRole(caller, AuditAction.UPDATE, PlacementStarter.SUBJECT, Role.EMPLOYER);
        Placement placement = placements.find(caller, id, AuditAction.UPDATE);
        placement.requireActive();
        if (weekStart.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw new InvalidInputException("weekStart", "週の初日（月曜日）の日付で指定してください: " + weekStart);
        }
        LocalDate firstWeek = placement.getStartDate().with(DayOfWeek.MONDAY);
        LocalDate thisWeek = PlacementService.today().with(DayOfWeek.MONDAY);
        if (weekStart.isBefore(firstWeek) || weekStart.isAfter(thisWeek)) {
            throw new InvalidInputException("weekStart", "実習開始の週（" + firstWeek + "）から今週（" + thisWeek
                    + "）までの週を指定してください");
        }
        AttendableDays.require(request.daysAttended(), placement.getPlannedDays(), placement.getStartDate(), weekStart,
                PlacementService.today());
        if (request.hoursAttended().compareTo(BigDecimal.valueOf(request.daysAttended() * 24L)) > 0) {
            throw new InvalidInputException("hoursAttended", "時間数が日数に対して多すぎます");
        }
        em.createNativeQuery("INSERT INTO attendance (placement_id, week_start, days_attended, hours_attended,"
                        + " recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, UTC_TIMESTAMP(3))"
                        + " ON DUPLICATE KEY UPDATE days_attended = VALUES(days_attended),"
                        + " hours_attended = VALUES(hours_attended), recorded_by = VALUES(recorded_by),"
                        + " recorded_at = VALUES(recorded_at)")
                .setParameter(1, id).setParameter(2, Date.valueOf(weekStart)).setParameter(3, request.daysAttended())
                .setParameter(4, request.hoursAttended()).setParameter(5, caller.username()).executeUpdate();
        Candidate person = em.find(Candidate.class, placement.getCandidateId());
        audit.allowed(caller, AuditAction.UPDATE, PlacementStarter.SUBJECT, id, person.getCaseCode(),
                "attendance of week " + weekStart + ": " + request.daysAttended() + " days");
        adviseStep(placement, person);
        return placements.view(caller, placement, null);
    }

    private void adviseStep(Placement placement, Candidate person) {
        List<StepSuggestion> earlier = em.createQuery("select s from StepSuggestion s where s.placementId = :p"
                + " order by s.id desc", StepSuggestion.class).setParameter("p", placement.getId()).getResultList();
        if (!earlier.isEmpty() && earlier.get(0).getState() == StepSuggestion.State.OPEN) {
            return;
        }
        LocalDate since = earlier.isEmpty() ? null : lastWeekRead(placement.getId(), earlier.get(0));
        CandidateProfile profile = person.profile();
        new StepAdvisor(settings.of(placement.getPrefectureCode()))
                .advise(weeks(em, placement.getId()), placement.getPlannedDays(),
                        new PacingStage(profile.hoursPerDay(), profile.daysPerWeek()), since)
                .ifPresent(advice -> {
                    StepSuggestion suggestion = new StepSuggestion(placement.getId(), advice.direction(), advice.from(),
                            advice.to(), advice.reasonJa());
                    em.persist(suggestion);
                    em.flush();
                    notifier.notify(NotificationDraft.toCounter(placement.getPrefectureCode(), placement.getCounterId(),
                            NotificationKind.STEP_SUGGESTED, PlacementStarter.SUBJECT, placement.getId(),
                            advice.direction() == StepDirection.UP ? "ステップアップを検討できます" : "面談とステップの見直しを",
                            "ケース " + person.getCaseCode() + ": " + advice.reasonJa()));
                });
    }

    /** The newest week that had been recorded when the suggestion was made: later weeks are new evidence. */
    private LocalDate lastWeekRead(long placementId, StepSuggestion suggestion) {
        List<?> week = em.createNativeQuery("SELECT MAX(week_start) FROM attendance WHERE placement_id = ?"
                        + " AND recorded_at <= (SELECT created_at FROM step_suggestion WHERE id = ?)")
                .setParameter(1, placementId).setParameter(2, suggestion.getId()).getResultList();
        Object value = week.isEmpty() ? null : week.get(0);
        return value == null ? null : value instanceof Date d ? d.toLocalDate() : LocalDate.parse(value.toString());
    }

    static List<AttendanceWeek> weeks(EntityManager em, long placementId) {
        return weeksOf(em, List.of(placementId)).getOrDefault(placementId, List.of());
    }

    /** The attendance of several placements, oldest week first, by placement. */
    static Map<Long, List<AttendanceWeek>> weeksOf(EntityManager em, Collection<Long> placementIds) {
        var query = em.createNativeQuery("SELECT placement_id, week_start, days_attended, hours_attended FROM attendance"
                + " WHERE placement_id IN (" + String.join(",", Collections.nCopies(placementIds.size(), "?"))
                + ") ORDER BY placement_id, week_start");
        int position = 1;
        for (Long id : placementIds) {
            query.setParameter(position++, id);
        }
        Map<Long, List<AttendanceWeek>> weeks = new HashMap<>();
        for (Object row : query.getResultList()) {
            Object[] r = (Object[]) row;
            LocalDate week = r[1] instanceof Date d ? d.toLocalDate() : LocalDate.parse(r[1].toString());
            weeks.computeIfAbsent(((Number) r[0]).longValue(), id -> new ArrayList<>())
                    .add(new AttendanceWeek(week, ((Number) r[2]).intValue(), new BigDecimal(r[3].toString())));
        }
        return weeks;
    }
}
