package jp.tsunagu.placement;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Reads a placement's attendance for a change of pacing stage: a step up after steady weeks
 * (every planned day attended, so many weeks in a row), a step down and a talk after repeated
 * absence (fewer than half the planned days, so many weeks in a row). Only the most recent run of
 * consecutive weeks counts, and only weeks after the last suggestion, so that a dismissed
 * suggestion is not made again the next week.
 */
public final class StepAdvisor {

    /** A suggestion to record. */
    public record Advice(StepDirection direction, PacingStage from, PacingStage to, String reasonJa) {
    }

    private final LifecycleSettings settings;

    public StepAdvisor(LifecycleSettings settings) {
        this.settings = settings;
    }

    /**
     * @param weeks       the attendance recorded, in any order
     * @param plannedDays days per week the placement plans
     * @param now         the person's current pacing stage
     * @param since       weeks starting on or before this day were read by an earlier suggestion; null if none
     */
    public Optional<Advice> advise(List<AttendanceWeek> weeks, int plannedDays, PacingStage now, LocalDate since) {
        List<AttendanceWeek> recent = latestRun(weeks, since);
        int steady = settings.steadyWeeksForStepUp();
        if (recent.size() >= steady && recent.subList(0, steady).stream().allMatch(w -> w.daysAttended() >= plannedDays)) {
            return settings.stageAbove(now).map(next -> new Advice(StepDirection.UP, now, next,
                    steady + "週続けて予定の日数（週" + plannedDays + "日）すべてに通えています。次のステップ（"
                            + next.labelJa() + "）を本人と検討できます。"));
        }
        int absent = settings.absentWeeksForStepDown();
        if (recent.size() >= absent
                && recent.subList(0, absent).stream().allMatch(w -> w.daysAttended() * 2 < plannedDays)) {
            PacingStage lower = settings.stageBelow(now).orElse(now);
            return Optional.of(new Advice(StepDirection.DOWN, now, lower,
                    absent + "週続けて予定の半分未満しか通えていません。本人と面談し、ステップを下げる（"
                            + lower.labelJa() + "）ことを検討してください。"));
        }
        return Optional.empty();
    }

    /** The newest weeks after {@code since}, newest first, as long as they follow each other week by week. */
    static List<AttendanceWeek> latestRun(List<AttendanceWeek> weeks, LocalDate since) {
        List<AttendanceWeek> newestFirst = weeks.stream()
                .filter(w -> since == null || w.weekStart().isAfter(since))
                .sorted(Comparator.comparing(AttendanceWeek::weekStart).reversed()).toList();
        int run = newestFirst.isEmpty() ? 0 : 1;
        while (run < newestFirst.size()
                && newestFirst.get(run).weekStart().plusWeeks(1).equals(newestFirst.get(run - 1).weekStart())) {
            run++;
        }
        return newestFirst.subList(0, run);
    }
}
