package jp.tsunagu.placement;

import java.time.LocalDate;
import java.util.List;

/**
 * A placement as its readers see it. The host sees its own placements by proposal number only:
 * without the person's id, case code or municipality, the counter's reason for an end (the outcome
 * in words is enough), the follow-ups or the step suggestions: those are the counter's work with
 * the person, and the host was only ever consented the proposal's shared items. Absent fields are
 * left out of the JSON.
 *
 * @param overdueFollowUps follow-ups due before today and not done (flagged to the counter)
 */
public record PlacementView(long id, long proposalId, Long candidateId, String caseCode, String municipalityCode,
                            long slotId, long hostId, String hostName, String taskTitle, LocalDate startDate,
                            int plannedDays, int plannedHours, PlacementState state, boolean seekingNextStage,
                            LocalDate endedOn, PlacementOutcome outcome, String outcomeJa, String endReason, long version,
                            Integer overdueFollowUps, List<FollowUpView> followUps, List<AttendanceWeek> attendance,
                            List<SuggestionView> suggestions) {

    /** A follow-up, with whether it is overdue today. */
    public record FollowUpView(long id, String label, LocalDate dueOn, LocalDate doneOn, String note, boolean overdue,
                               long version) {

        static FollowUpView of(FollowUp f, LocalDate today) {
            return new FollowUpView(f.getId(), f.getLabel(), f.getDueOn(), f.getDoneOn(), f.getNote(),
                    f.isOverdue(today), f.getVersion());
        }
    }

    /** A step suggestion. */
    public record SuggestionView(long id, StepDirection direction, PacingStage from, PacingStage to, String reasonJa,
                                 StepSuggestion.State state, long version) {

        static SuggestionView of(StepSuggestion s) {
            return new SuggestionView(s.getId(), s.getDirection(), s.from(), s.to(), s.getReasonJa(), s.getState(),
                    s.getVersion());
        }
    }
}
