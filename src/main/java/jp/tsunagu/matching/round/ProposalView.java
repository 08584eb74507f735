package jp.tsunagu.matching.round;

import java.util.List;
import jp.tsunagu.candidate.TravelMode;
import jp.tsunagu.matching.outcome.AlternativeOutcome;
import jp.tsunagu.registry.WorkKind;

/** A proposal as the counter reads it: the person's case, the slot, why, and the other choices. */
public record ProposalView(long candidateId, String caseCode, String municipalityCode, long slotId, long hostId,
                           String hostName, String taskTitle, WorkKind workKind, int travelMinutes,
                           TravelMode travelledBy, boolean pinned, boolean keptFromLastRound, String explanationJa,
                           List<AlternativeOutcome> alternatives) {
}
