package jp.tsunagu.placement;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import jp.tsunagu.platform.InvalidInputException;

/**
 * How many days of a week a host may record as attended: no more than the placement plans a week,
 * and none that have not come yet (the first week counts from the first day, this week up to today).
 */
final class AttendableDays {

    private AttendableDays() {
    }

    /** The most days of the week starting {@code weekStart} that can have been attended by {@code today}. */
    static int most(int plannedDays, LocalDate firstDay, LocalDate weekStart, LocalDate today) {
        LocalDate from = firstDay.isAfter(weekStart) ? firstDay : weekStart;
        LocalDate weekEnd = weekStart.plusDays(6);
        LocalDate until = today.isBefore(weekEnd) ? today : weekEnd;
        long elapsed = until.isBefore(from) ? 0 : ChronoUnit.DAYS.between(from, until) + 1;
        return (int) Math.min(plannedDays, elapsed);
    }

    static void require(int daysAttended, int plannedDays, LocalDate firstDay, LocalDate weekStart, LocalDate today) {
        if (daysAttended > plannedDays) {
            throw new InvalidInputException("daysAttended", "この実習の予定は週" + plannedDays + "日です。"
                    + plannedDays + "日以下で記録してください");
        }
        int most = most(plannedDays, firstDay, weekStart, today);
        if (daysAttended > most) {
            throw new InvalidInputException("daysAttended", "まだ来ていない日は記録できません。この週に記録できるのは、今日までの"
                    + most + "日までです");
        }
    }
}
