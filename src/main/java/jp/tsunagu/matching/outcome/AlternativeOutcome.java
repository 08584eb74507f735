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
 * @param moves           empty when the slot has room; else it is full and these other people move,
 *                        in order, so that everyone stays placed: the first leaves this slot (or its
 *                        supervisor), each next one leaves the slot the one before enters, and the
 *                        last enters this person's proposed slot or a slot with room (at most two;
 *                        never named in the explanation)
 */
public record AlternativeOutcome(int rank, long slotId, int travelMinutes, TravelMode travelledBy,
                                 String scoreDifference, String explanationJa,
                                 long hostId, String hostName, String taskTitle, WorkKind workKind,
                                 List<DayOfWeek> weekdays, LocalTime startTime, int hoursPerDay,
                                 List<AlternativeOutcome.Move> moves) {

    /** Cheap and consistent with equals: see {@code ProposalView.hashCode()}. */
    @Override
    public int hashCode() {
        return 31 * rank + Long.hashCode(slotId);
    }

    /**
     * Another person moving so that this alternative can be taken.
     *
     * @param candidateId the person who moves
     * @param fromSlotId  the slot proposed to them now
     * @param toSlotId    the slot they would take instead
     * @param travelMinutes their one-way minutes to it, and how they would travel
     * @param explanationJa why that slot suits them, as a proposal's explanation says it
     */
    public record Move(long candidateId, long fromSlotId, long toSlotId, int travelMinutes, TravelMode travelledBy,
                       String explanationJa) {

        /** Cheap and consistent with equals, as the outcome's own. */
        @Override
        public int hashCode() {
            return 31 * Long.hashCode(candidateId) + Long.hashCode(toSlotId);
        }

        /** Who moves from where to where, for comparing chains whatever the journey. */
        public List<Long> path() {
            return List.of(candidateId, fromSlotId, toSlotId);
        }
    }

    public AlternativeOutcome {
        // Null-safe: results stored before these fields existed are read back without them.
        weekdays = weekdays == null ? List.of() : List.copyOf(weekdays);
        moves = moves == null ? List.of() : List.copyOf(moves);
    }

    /** Whether taking this slot asks other people to move. */
    public boolean needsSwap() {
        return !moves.isEmpty();
    }
}
