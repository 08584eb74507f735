package jp.tsunagu.matching.optimum;

import java.util.HashMap;
import java.util.Map;

/**
 * A problem's flow network with the ids behind its indices, so that a solver's proposals can be
 * measured against the optimum on the same terms.
 *
 * @param candidateIds         person id of each network index
 * @param slotIds              slot id of each network index
 * @param maxSlotsPerCandidate 0 when every feasible pair is in the network; otherwise each person
 *                             keeps only this many nearest feasible slots (plus a running placement)
 * @param feasiblePairsFound   feasible pairs before any restriction
 */
public record ProblemNetwork(FlowNetwork network, long[] candidateIds, long[] slotIds, int maxSlotsPerCandidate,
                             long feasiblePairsFound) {

    public boolean restricted() {
        return maxSlotsPerCandidate > 0;
    }

    /** The index assignment of proposals given as person id → slot id; people missing are unplaced. */
    public int[] assignmentOf(Map<Long, Long> slotIdByCandidateId) {
        Map<Long, Integer> slotIndex = new HashMap<>();
        for (int s = 0; s < slotIds.length; s++) {
            slotIndex.put(slotIds[s], s);
        }
        int[] assignment = new int[candidateIds.length];
        for (int c = 0; c < candidateIds.length; c++) {
            Long slotId = slotIdByCandidateId.get(candidateIds[c]);
            Integer index = slotId == null ? null : slotIndex.get(slotId);
            assignment[c] = index == null ? FlowAssignment.UNPLACED : index;
        }
        return assignment;
    }

    /** The slot id of each person placed by an assignment. */
    public Map<Long, Long> proposalsOf(FlowAssignment assignment) {
        Map<Long, Long> proposals = new HashMap<>();
        for (int c = 0; c < candidateIds.length; c++) {
            int slot = assignment.slotOfCandidate()[c];
            if (slot != FlowAssignment.UNPLACED) {
                proposals.put(candidateIds[c], slotIds[slot]);
            }
        }
        return proposals;
    }
}
