package jp.tsunagu.placement;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What the host recorded for one week (a Monday) of a placement. */
public record AttendanceWeek(LocalDate weekStart, int daysAttended, BigDecimal hoursAttended) {
}
