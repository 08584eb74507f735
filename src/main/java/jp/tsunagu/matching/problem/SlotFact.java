package jp.tsunagu.matching.problem;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.util.Set;
import jp.tsunagu.candidate.Programme;

/**
 * A trial slot (受入枠): when, how long, how many people at once, for one task.
 *
 * @param weekdays     the days the slot runs; their number is the days per week it asks
 * @param startTime    start of the day's work
 * @param hoursPerDay  hours per day it asks
 * @param openFrom     first day the slot takes people
 * @param openUntil    last day, inclusive
 * @param seasonMonths months the work exists (farm work is seasonal); empty means all year
 * @param capacity     people at once
 * @param pickUpFrom   JIS codes of the municipalities the host picks people up from (送迎); empty: none
 * @param programmes   programmes the slot accepts; empty means all
 */
public record SlotFact(long id, long taskId, Set<DayOfWeek> weekdays, LocalTime startTime, int hoursPerDay,
                       LocalDate openFrom, LocalDate openUntil, Set<Month> seasonMonths, int capacity,
                       Set<String> pickUpFrom, Set<Programme> programmes) {

    public SlotFact {
        weekdays = Facts.set(weekdays);
        seasonMonths = Facts.set(seasonMonths);
        pickUpFrom = Facts.set(pickUpFrom);
        programmes = Facts.set(programmes);
    }

    public int daysPerWeek() {
        return weekdays.size();
    }

    public LocalTime endTime() {
        return startTime.plusHours(hoursPerDay);
    }
}
