package jp.tsunagu.registry;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import jp.tsunagu.candidate.Programme;

/** A trial slot as the registry shows it. */
public record SlotView(long id, long taskId, long hostId, String externalRef, Set<DayOfWeek> weekdays,
                       LocalTime startTime, int hoursPerDay, LocalDate openFrom, LocalDate openUntil,
                       Set<Integer> seasonMonths, int capacity, Set<String> pickUpFrom, Set<Programme> programmes,
                       boolean open, long version, List<SlotPickUpRun> pickUpRuns) {

    static SlotView of(TrialSlot s, long hostId) {
        return new SlotView(s.getId(), s.getTaskId(), hostId, s.getExternalRef(), new TreeSet<>(s.getWeekdays()),
                s.getStartTime(), s.getHoursPerDay(), s.getOpenFrom(), s.getOpenUntil(),
                s.getSeasonMonths().stream().map(Month::getValue).collect(Collectors.toCollection(TreeSet::new)),
                s.getCapacity(), s.getPickUpFrom(), s.getProgrammes(), s.isOpen(), s.getVersion(),
                s.getPickUpRuns());
    }
}
