package jp.tsunagu.matching.explain;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Set;
import jp.tsunagu.candidate.Programme;
import jp.tsunagu.candidate.TravelMode;
import jp.tsunagu.matching.problem.CandidateFact;
import jp.tsunagu.matching.problem.SlotFact;

/**
 * A change on the person's side (本人側の条件の変更) applied to their facts, so that a hint is judged
 * again by every pairwise rule before it is given: the person as they would be after the change.
 * Kinds are those of {@link jp.tsunagu.matching.outcome.OpeningChange#kind()}.
 */
final class PersonChanges {

    private PersonChanges() {
    }

    /**
     * The person after one change that aims at a slot.
     *
     * @param amount the change's amount (minutes for more travel)
     */
    static CandidateFact apply(CandidateFact p, String kind, int amount, SlotFact slot) {
        return switch (kind) {
            case "MORE_TRAVEL_MINUTES" -> with(p, p.travelMode(), p.maxOneWayMinutes() + amount, p.programme(),
                    p.extensionRecorded(), p.hoursPerDay(), p.daysPerWeek(), p.availableDays(), p.availableFrom(),
                    p.availableUntil());
            case "PUBLIC_TRANSPORT" -> with(p, TravelMode.PUBLIC_TRANSPORT, p.maxOneWayMinutes(), p.programme(),
                    p.extensionRecorded(), p.hoursPerDay(), p.daysPerWeek(), p.availableDays(), p.availableFrom(),
                    p.availableUntil());
            case "ONE_MORE_WEEKDAY" -> {
                Set<DayOfWeek> days = p.availableDays().isEmpty() ? EnumSet.noneOf(DayOfWeek.class)
                        : EnumSet.copyOf(p.availableDays());
                days.addAll(slot.weekdays());
                yield with(p, p.travelMode(), p.maxOneWayMinutes(), p.programme(), p.extensionRecorded(),
                        p.hoursPerDay(), p.daysPerWeek(), days, p.availableFrom(), p.availableUntil());
            }
            case "LONGER_AVAILABLE_HOURS" -> {
                LocalTime start = slot.startTime();
                int endMinute = start.toSecondOfDay() / 60 + slot.hoursPerDay() * 60;
                LocalTime from = p.availableFrom() == null || start.isBefore(p.availableFrom()) ? start : p.availableFrom();
                LocalTime until = endMinute >= 24 * 60 ? null
                        : later(p.availableUntil(), LocalTime.ofSecondOfDay(endMinute * 60L));
                yield with(p, p.travelMode(), p.maxOneWayMinutes(), p.programme(), p.extensionRecorded(),
                        p.hoursPerDay(), p.daysPerWeek(), p.availableDays(), from, until);
            }
            case "MORE_HOURS_PER_DAY" -> with(p, p.travelMode(), p.maxOneWayMinutes(), p.programme(),
                    p.extensionRecorded(), Math.max(p.hoursPerDay(), slot.hoursPerDay()), p.daysPerWeek(),
                    p.availableDays(), p.availableFrom(), p.availableUntil());
            case "MORE_DAYS_PER_WEEK" -> with(p, p.travelMode(), p.maxOneWayMinutes(), p.programme(),
                    p.extensionRecorded(), p.hoursPerDay(), Math.max(p.daysPerWeek(), slot.daysPerWeek()),
                    p.availableDays(), p.availableFrom(), p.availableUntil());
            case "RECORD_EXTENSION" -> with(p, p.travelMode(), p.maxOneWayMinutes(), p.programme(), true,
                    p.hoursPerDay(), p.daysPerWeek(), p.availableDays(), p.availableFrom(), p.availableUntil());
            case "OTHER_PROGRAMME" -> with(p, p.travelMode(), p.maxOneWayMinutes(), programmeFor(slot),
                    p.extensionRecorded(), p.hoursPerDay(), p.daysPerWeek(), p.availableDays(), p.availableFrom(),
                    p.availableUntil());
            default -> throw new IllegalArgumentException("unknown change " + kind);
        };
    }

    /** The programme a slot that does not take the person's would take: the first it lists. */
    static Programme programmeFor(SlotFact slot) {
        return slot.programmes().stream().sorted().findFirst().orElseThrow();
    }

    private static LocalTime later(LocalTime a, LocalTime b) {
        return a == null ? null : a.isAfter(b) ? a : b;
    }

    private static CandidateFact with(CandidateFact p, TravelMode mode, int maxMinutes, Programme programme,
                                      boolean extension, int hoursPerDay, int daysPerWeek, Set<DayOfWeek> days,
                                      LocalTime from, LocalTime until) {
        return new CandidateFact(p.id(), p.caseCode(), p.municipalityCode(), p.counterId(), mode, maxMinutes,
                programme, p.programmeStart(), extension, hoursPerDay, daysPerWeek, p.minimumWeeklyHours(), days,
                from, until, p.accommodationNeeds(), p.interests(), p.excludedHostIds(), p.excludedSlotIds(),
                p.priority(), p.waitingSince(), p.previousSlotId(), p.pinnedSlotId());
    }
}
