package jp.tsunagu.matching.outcome;

import java.util.List;
import jp.tsunagu.candidate.TravelMode;

/**
 * A proposed placement (マッチング案) of one person in one slot: a draft for the counter and the
 * person to decide on, never an order.
 *
 * @param travelledBy    the person's own mode, or {@link TravelMode#PICK_UP} when the host collects them
 * @param pinned         a running placement or a coordinator's pin: the solver did not move it
 * @param keptFromLastRound the same slot as last round's proposal
 * @param explanationJa  why this slot: travel, accommodations covered, interests, why this host
 * @param alternatives   up to three other feasible slots, best first
 */
public record ProposalOutcome(long candidateId, long slotId, int travelMinutes, TravelMode travelledBy,
                              boolean pinned, boolean keptFromLastRound, String explanationJa,
                              List<AlternativeOutcome> alternatives) {

    public ProposalOutcome {
        alternatives = List.copyOf(alternatives);
    }
}
