package jp.tsunagu.matching.rules;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.Year;
import java.util.Set;
import jp.tsunagu.candidate.Programme;
import jp.tsunagu.matching.problem.CandidateFact;
import jp.tsunagu.matching.problem.HostFact;
import jp.tsunagu.matching.problem.MatchingSettings;
import jp.tsunagu.matching.problem.SlotFact;
import jp.tsunagu.matching.problem.TaskFact;
import jp.tsunagu.matching.travel.Journey;

/**
 * The definitions of the pairwise hard rules: one method per {@link PairRule}, each true when the
 * pair passes. Pure and free of allocation (no dates or times are created; sets are only probed),
 * because the value-range pruning calls them for every person × slot pair of a prefecture.
 *
 * <p>Missing data never opens a door silently: a missing availability bound means the whole day,
 * a missing opening bound means open-ended, and a missing programme start means the time limit
 * cannot be shown to have passed (the counter records the start when it applies).
 */
public final class PairRules {

    private static final DayOfWeek[] DAYS = DayOfWeek.values();
    private static final int SECONDS_PER_DAY = 24 * 3600;

    private PairRules() {
    }

    /** Every weekday of the slot is an available day, and its hours lie inside the person's day. */
    public static boolean scheduleWithinAvailability(CandidateFact candidate, SlotFact slot) {
        Set<DayOfWeek> available = candidate.availableDays();
        Set<DayOfWeek> asked = slot.weekdays();
        for (DayOfWeek day : DAYS) {
            if (asked.contains(day) && !available.contains(day)) {
                return false;
            }
        }
        int start = slot.startTime().toSecondOfDay();
        int end = start + slot.hoursPerDay() * 3600;
        int from = secondOfDay(candidate.availableFrom(), 0);
        int until = secondOfDay(candidate.availableUntil(), SECONDS_PER_DAY);
        return start >= from && end <= until;
    }

    /** The round's first day lies in the slot's opening, and its month in the season, if one is set. */
    public static boolean slotOpenInRoundWeek(SlotFact slot, LocalDate roundStart) {
        if (slot.openFrom() != null && roundStart.isBefore(slot.openFrom())) {
            return false;
        }
        if (slot.openUntil() != null && roundStart.isAfter(slot.openUntil())) {
            return false;
        }
        Set<Month> season = slot.seasonMonths();
        return season.isEmpty() || season.contains(roundStart.getMonth());
    }

    /** The slot asks no more hours per day and no more days per week than the person's current stage. */
    public static boolean pacingWithinStage(CandidateFact candidate, SlotFact slot) {
        return slot.hoursPerDay() <= candidate.hoursPerDay() && slot.daysPerWeek() <= candidate.daysPerWeek();
    }

    /**
     * A person stepping up to a longer pacing stage is offered only a slot that asks at least the
     * new stage's hours a week: a shorter slot would be a step back, not the step the support plan
     * decided. 0 hours: no minimum.
     */
    public static boolean stepUpReachesNewStage(CandidateFact candidate, SlotFact slot) {
        return slot.hoursPerDay() * slot.daysPerWeek() >= candidate.minimumWeeklyHours();
    }

    /** Every accommodation the person needs is offered by the task or by the whole site. */
    public static boolean accommodationsCovered(CandidateFact candidate, TaskFact task, HostFact host) {
        Set<String> needs = candidate.accommodationNeeds();
        if (needs.isEmpty()) {
            return true;
        }
        Set<String> offered = task.accommodationsOffered();
        Set<String> site = host.siteAccommodations();
        for (String need : needs) {
            if (!offered.contains(need) && !site.contains(need)) {
                return false;
            }
        }
        return true;
    }

    /** The journey is possible and within both the person's and the prefecture's limit. */
    public static boolean travelWithinReach(Journey journey) {
        return journey.reachable();
    }

    /** The slot accepts every programme, or the person's. */
    public static boolean programmeAccepted(CandidateFact candidate, SlotFact slot) {
        return slot.programmes().isEmpty() || slot.programmes().contains(candidate.programme());
    }

    /**
     * A 就労準備支援事業 participant whose start plus the limit lies before the round is placeable
     * only with a recorded extension.
     */
    public static boolean programmeTimeLimit(CandidateFact candidate, LocalDate roundStart, MatchingSettings settings) {
        if (candidate.programme() != Programme.WORK_READINESS || candidate.extensionRecorded()
                || candidate.programmeStart() == null) {
            return true;
        }
        return !limitEndsBefore(candidate.programmeStart(), settings.workReadinessMonths(), roundStart);
    }

    /** The host is not among the person's exclusions. */
    public static boolean exclusionRespected(CandidateFact candidate, HostFact host) {
        return !candidate.excludedHostIds().contains(host.id());
    }

    /**
     * The slot is not excluded for the person: the coordinator excluded the pair, or the task or the
     * host it belongs to (the pool lists every slot of those), or the person or the host declined it
     * when it was proposed. A declined proposal offered again would ask them to say no twice.
     */
    public static boolean slotExclusionRespected(CandidateFact candidate, SlotFact slot) {
        return !candidate.excludedSlotIds().contains(slot.id());
    }

    /** {@code start.plusMonths(months).isBefore(day)}, without creating a date. */
    static boolean limitEndsBefore(LocalDate start, int months, LocalDate day) {
        long monthIndex = start.getYear() * 12L + (start.getMonthValue() - 1) + months;
        long year = Math.floorDiv(monthIndex, 12);
        int month = (int) Math.floorMod(monthIndex, 12) + 1;
        int dayOfMonth = Math.min(start.getDayOfMonth(), Month.of(month).length(Year.isLeap(year)));
        if (year != day.getYear()) {
            return year < day.getYear();
        }
        if (month != day.getMonthValue()) {
            return month < day.getMonthValue();
        }
        return dayOfMonth < day.getDayOfMonth();
    }

    private static int secondOfDay(LocalTime time, int whenMissing) {
        return time == null ? whenMissing : time.toSecondOfDay();
    }
}
