package jp.tsunagu.matching.problem;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import jp.tsunagu.candidate.Programme;
import jp.tsunagu.candidate.TravelMode;
import jp.tsunagu.registry.WorkKind;

/**
 * A person in the pool, pseudonymous: a case code, never a name. Only people whose consent to
 * matching is recorded reach a problem.
 *
 * @param caseCode           the counter's case code (ケース番号)
 * @param municipalityCode   home municipality (JIS code)
 * @param maxOneWayMinutes   the longest one-way journey the person can manage
 * @param extensionRecorded  a recorded exception lets a {@link Programme#WORK_READINESS} participant
 *                           continue past one year
 * @param hoursPerDay        current pacing stage (ステップ): hours per day the person manages now
 * @param daysPerWeek        current pacing stage: days per week
 * @param minimumWeeklyHours when the person's running placement is stepping up to a longer stage,
 *                           the fewest hours a week (hours per day × days per week) a slot must ask
 *                           to be that next step; 0: no minimum
 * @param availableFrom      earliest start of a working day (caring duties limit it)
 * @param availableUntil     latest end of a working day
 * @param accommodationNeeds accommodation codes (配慮) every one of which a placement must offer
 * @param interests          好きなこと・得意なこと
 * @param excludedHostIds    hosts this person must not be sent to
 * @param excludedSlotIds    slots this person must not be proposed again: pairs the coordinator
 *                           excluded, or a proposal the person or the host declined. Kept from round
 *                           to round; an id of a slot no longer offered is harmless
 * @param priority           1 (normal) to 5 (urgent), set by the counter
 * @param previousSlotId     the slot proposed in the last round, kept unless the gain is real
 * @param pinnedSlotId       a running placement or a proposal the coordinator pinned: never moves
 */
public record CandidateFact(long id, String caseCode, String municipalityCode, long counterId,
                            TravelMode travelMode, int maxOneWayMinutes,
                            Programme programme, LocalDate programmeStart, boolean extensionRecorded,
                            int hoursPerDay, int daysPerWeek, int minimumWeeklyHours,
                            Set<DayOfWeek> availableDays, LocalTime availableFrom, LocalTime availableUntil,
                            Set<String> accommodationNeeds, Set<WorkKind> interests, Set<Long> excludedHostIds,
                            Set<Long> excludedSlotIds,
                            int priority, LocalDate waitingSince,
                            Long previousSlotId, Long pinnedSlotId) {

    public CandidateFact {
        availableDays = Facts.set(availableDays);
        accommodationNeeds = Facts.set(accommodationNeeds);
        interests = Facts.set(interests);
        excludedHostIds = Facts.set(excludedHostIds);
        excludedSlotIds = Facts.set(excludedSlotIds);
    }
}
