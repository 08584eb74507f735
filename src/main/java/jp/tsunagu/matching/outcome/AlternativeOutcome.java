package jp.tsunagu.matching.outcome;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import jp.tsunagu.candidate.TravelMode;
import jp.tsunagu.registry.WorkKind;

/**
 * Another feasible slot for a placed person (the person is offered several choices), described well
 * enough to be told apart from the proposal and from the other alternatives without a look-up.
 *
 * @param rank            1 is the best alternative
 * @param scoreDifference the score of the solution with the person moved here, minus the chosen
 *                        solution's score, e.g. {@code "0hard/0medium/-12soft"}
 * @param explanationJa   which host, task, kind of work and days and hours, then why it suits
 * @param weekdays        the days the slot runs, Monday first
 * @param startTime       start of the day's work
 * @param hoursPerDay     hours per day it asks
 * @param swapCandidateId null when the slot has room; else it is full and this other person, proposed
 *                        there, would move so that both stay placed (never named in the explanation)
 * @param swapToSlotId    where that other person would move: this person's proposed slot, or
 *                        another slot with room; null when the slot has room
 */
public record AlternativeOutcome(int rank, long slotId, int travelMinutes, TravelMode travelledBy,
                                 String scoreDifference, String explanationJa,
                                 long hostId, String hostName, String taskTitle, WorkKind workKind,
                                 List<DayOfWeek> weekdays, LocalTime startTime, int hoursPerDay,
                                 Long swapCandidateId, Long swapToSlotId) {

    public AlternativeOutcome {
        // Null-safe: results stored before these fields existed are read back without them.
        weekdays = weekdays == null ? List.of() : List.copyOf(weekdays);
    }

    /** Whether taking this slot asks another person to move. */
    public boolean needsSwap() {
        return swapCandidateId != null;
    }
}
