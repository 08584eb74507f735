package jp.tsunagu.matching.problem;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.util.HashSet;
import java.util.List;
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
 * @param pickUpFrom   JIS codes of the municipalities the host picks people up from (送迎); empty: none.
 *                     Always holds the municipalities of {@code pickUpRuns} too
 * @param programmes   programmes the slot accepts; empty means all
 * @param pickUpRuns   the slot's own pick-up runs with their minutes; a municipality in
 *                     {@code pickUpFrom} without a run is reached in the travel table's pick-up minutes
 */
public record SlotFact(long id, long taskId, Set<DayOfWeek> weekdays, LocalTime startTime, int hoursPerDay,
                       LocalDate openFrom, LocalDate openUntil, Set<Month> seasonMonths, int capacity,
                       Set<String> pickUpFrom, Set<Programme> programmes, List<PickUpRun> pickUpRuns) {

    public SlotFact {
        weekdays = Facts.set(weekdays);
        seasonMonths = Facts.set(seasonMonths);
        programmes = Facts.set(programmes);
        pickUpRuns = Facts.list(pickUpRuns);
        if (pickUpRuns.isEmpty()) {
            pickUpFrom = Facts.set(pickUpFrom);
        } else {
            Set<String> all = new HashSet<>(pickUpFrom == null ? Set.of() : pickUpFrom);
            pickUpRuns.forEach(run -> all.add(run.municipalityCode()));
            pickUpFrom = Set.copyOf(all);
        }
    }

    /**
     * The shortest of the slot's own runs from a municipality, or null when it has none from there
     * (then a pick-up, if {@code pickUpFrom} offers one, takes the travel table's minutes).
     */
    public PickUpRun runFrom(String municipalityCode) {
        PickUpRun best = null;
        for (PickUpRun run : pickUpRuns) {
            if (run.municipalityCode().equals(municipalityCode) && (best == null || run.minutes() < best.minutes())) {
                best = run;
            }
        }
        return best;
    }

    public int daysPerWeek() {
        return weekdays.size();
    }

    public LocalTime endTime() {
        return startTime.plusHours(hoursPerDay);
    }
}
