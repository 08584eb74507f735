package jp.tsunagu.proposal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import jp.tsunagu.matching.outcome.AlternativeOutcome;
import jp.tsunagu.platform.InvalidInputException;
import jp.tsunagu.platform.LifecycleConflict;

/**
 * Moves a proposal to one of its alternatives (the person is offered several choices): the
 * coordinator's swap of a draft, or the counter accepting another choice than the proposal. A
 * slot with room needs room now; a full slot is taken with the moves the alternative names, each
 * of another person's proposal that must still be undecided where the round left it.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Alternatives {

    @PersistenceContext
    EntityManager em;

    @Inject
    SlotRoom room;

    /** The alternative of {@code proposal} at {@code slotId}, or 400 naming the field. */
    AlternativeOutcome choose(ProposalRecord proposal, long slotId) {
        return ProposalDesk.alternatives(proposal).stream().filter(a -> a.slotId() == slotId).findFirst()
                .orElseThrow(() -> new InvalidInputException("slotId",
                        "選んだ受入枠はこの提案の選択肢にありません。提案に示された選択肢から選んでください"));
    }

    /**
     * Moves the proposal to the alternative, with {@code event} (SWAP by the coordinator) or none (a
     * counter's accept), and moves the other people the alternative names.
     *
     * @return the other people's proposals that moved, for their counters to be told
     */
    List<ProposalRecord> moveTo(ProposalRecord proposal, AlternativeOutcome alternative, ProposalEvent event) {
        List<ProposalRecord> movers = new ArrayList<>();
        for (AlternativeOutcome.Move move : alternative.moves()) {
            movers.add(undecided(proposal.getRoundId(), move));
        }
        long destination = alternative.moves().isEmpty() ? alternative.slotId()
                : alternative.moves().get(alternative.moves().size() - 1).toSlotId();
        // Along a chain each slot is left by one person and taken by the next: only the last step
        // lands somewhere new, unless it closes the loop into the slot this proposal leaves.
        if (destination != proposal.getSlotId()) {
            room.requireRoom(destination, proposal.getSlotId());
        }
        for (int i = 0; i < movers.size(); i++) {
            AlternativeOutcome.Move move = alternative.moves().get(i);
            ProposalRecord theirs = movers.get(i);
            theirs.relocate(ProposalEvent.MOVED_BY_SWAP, move.toSlotId(), hostOf(move.toSlotId()), move.travelMinutes(),
                    move.travelledBy() != null ? move.travelledBy() : theirs.getTravelledBy(),
                    move.explanationJa() != null ? move.explanationJa() : "入れ替えにより受入枠が変わりました。",
                    ProposalDesk.JSON.toJson(ProposalDesk.alternatives(theirs).stream()
                            .filter(a -> a.slotId() != move.toSlotId()).toList()));
        }
        List<AlternativeOutcome> rest = ProposalDesk.alternatives(proposal).stream()
                .filter(a -> a.slotId() != alternative.slotId()).toList();
        proposal.relocate(event, alternative.slotId(), alternative.hostId(), alternative.travelMinutes(),
                alternative.travelledBy(), alternative.explanationJa(), ProposalDesk.JSON.toJson(rest));
        return movers;
    }

    /** The other person's proposal in the same round, still undecided and still at the slot the move starts from. */
    private ProposalRecord undecided(long roundId, AlternativeOutcome.Move move) {
        List<ProposalRecord> found = em.createQuery("select p from ProposalRecord p where p.roundId = :r"
                        + " and p.candidateId = :c and p.slotId = :s and p.state in :undecided", ProposalRecord.class)
                .setParameter("r", roundId).setParameter("c", move.candidateId()).setParameter("s", move.fromSlotId())
                .setParameter("undecided", ProposalState.UNDECIDED)
                .getResultList();
        if (found.isEmpty()) {
            throw new LifecycleConflict("この選択肢には別の方の提案の入れ替えが必要ですが、その提案は既に決まったか変わっています。"
                    + "ほかの選択肢を選ぶか、調整担当に再計算を依頼してください。");
        }
        return found.get(0);
    }

    private Long hostOf(long slotId) {
        return em.createQuery("select t.hostId from TrialSlot s, CarvedOutTask t where s.id = :s and t.id = s.taskId",
                Long.class).setParameter("s", slotId).getSingleResult();
    }
}
