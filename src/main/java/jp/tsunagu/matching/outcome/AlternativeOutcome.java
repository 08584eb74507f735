package jp.tsunagu.matching.outcome;

import jp.tsunagu.candidate.TravelMode;

/**
 * Another feasible slot for a placed person (the person is offered several choices).
 *
 * @param rank            1 is the best alternative
 * @param scoreDifference the score of the solution with the person moved here, minus the chosen
 *                        solution's score, e.g. {@code "0hard/0medium/-12soft"}
 */
public record AlternativeOutcome(int rank, long slotId, int travelMinutes, TravelMode travelledBy,
                                 String scoreDifference, String explanationJa) {
}
