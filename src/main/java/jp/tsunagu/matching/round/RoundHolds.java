package jp.tsunagu.matching.round;

import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.tsunagu.proposal.DeclineReason;
import jp.tsunagu.proposal.ExclusionLevel;
import jp.tsunagu.proposal.ProposalState;

/**
 * What a round solves around, read from the lifecycle: the people it must not move (a running
 * placement, a proposal accepted and waiting for the host, and in a re-solve the proposals the
 * coordinator pinned or the counters are deciding on), the people a re-solve leaves out (declined
 * for timing or health this week), the pairs excluded for good, and the people whose placement
 * steps up to a longer stage: they keep their place while the round looks for a slot that fits.
 *
 * @param pinned            person → the slot they hold
 * @param ownKept           of the pinned, those whose proposal belongs to the round being re-solved
 * @param leftOut           people not matched in this re-solve
 * @param excluded          the active exclusions, per person, at the level of slot, task or host
 * @param steppingUp        person → the weekly hours their next slot must at least ask
 * @param heldBySteppingUp  slot → places kept for people stepping up from it
 */
record RoundHolds(Map<Long, Long> pinned, Set<Long> ownKept, Set<Long> leftOut, ExcludedSlots excluded,
                  Map<Long, Integer> steppingUp, Map<Long, Integer> heldBySteppingUp) {

    /** Reads the holds of a prefecture's next round, or of a re-solve of round {@code resolving}. */
    static RoundHolds read(EntityManager em, String prefectureCode, Long resolving) {
        Map<Long, Long> pinned = new HashMap<>();
        Map<Long, Integer> steppingUp = new HashMap<>();
        Map<Long, Integer> heldBySteppingUp = new HashMap<>();
        for (Object[] row : rows(em, "select p.candidateId, p.slotId, p.seekingNextStage, p.plannedHours * p.plannedDays"
                + " from Placement p where p.prefectureCode = ?1"
                + " and p.state = jp.tsunagu.placement.PlacementState.ACTIVE", prefectureCode)) {
            long candidate = (Long) row[0];
            long slot = (Long) row[1];
            if (Boolean.TRUE.equals(row[2])) {
                steppingUp.put(candidate, ((Number) row[3]).intValue() + 1);
                heldBySteppingUp.merge(slot, 1, Integer::sum);
            } else {
                pinned.put(candidate, slot);
            }
        }
        for (Object[] row : rows(em, "select p.candidateId, p.slotId from ProposalRecord p, Candidate c"
                + " where c.id = p.candidateId and c.prefectureCode = ?1"
                + " and p.state = jp.tsunagu.proposal.ProposalState.ACCEPTED", prefectureCode)) {
            pinned.put((Long) row[0], (Long) row[1]);
        }
        Set<Long> ownKept = new HashSet<>();
        Set<Long> leftOut = new HashSet<>();
        if (resolving != null) {
            for (Object[] row : em.createQuery("select p.candidateId, p.slotId, p.state, p.pinned, p.declineReason"
                            + " from ProposalRecord p where p.roundId = ?1", Object[].class)
                    .setParameter(1, resolving).getResultList()) {
                long candidate = (Long) row[0];
                ProposalState state = (ProposalState) row[2];
                boolean kept = state == ProposalState.PUBLISHED || state == ProposalState.ACCEPTED
                        || state == ProposalState.DRAFT && Boolean.TRUE.equals(row[3]);
                if (kept) {
                    pinned.put(candidate, (Long) row[1]);
                    ownKept.add(candidate);
                } else if (state == ProposalState.DECLINED_BY_PERSON && !((DeclineReason) row[4]).rematchThisWeek()) {
                    leftOut.add(candidate);
                }
            }
        }
        ExcludedSlots excluded = new ExcludedSlots();
        for (Object[] row : rows(em, "select e.candidateId, e.level, e.slotId, e.taskId, e.hostId from PairExclusion e"
                + " where e.prefectureCode = ?1 and e.liftedAt is null", prefectureCode)) {
            long candidate = (Long) row[0];
            switch ((ExclusionLevel) row[1]) {
                case SLOT -> excluded.slot(candidate, (Long) row[2]);
                case TASK -> excluded.task(candidate, (Long) row[3]);
                case HOST -> excluded.host(candidate, (Long) row[4]);
            }
        }
        return new RoundHolds(pinned, ownKept, leftOut, excluded, steppingUp, heldBySteppingUp);
    }

    private static List<Object[]> rows(EntityManager em, String jpql, String prefectureCode) {
        return em.createQuery(jpql, Object[].class).setParameter(1, prefectureCode).getResultList();
    }
}
