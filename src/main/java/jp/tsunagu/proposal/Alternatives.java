package jp.tsunagu.proposal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import jp.tsunagu.matching.outcome.AlternativeOutcome;
import jp.tsunagu.platform.InvalidInputException;

/**
 * Moves a proposal to one of its alternatives (the person is offered several choices): the
 * coordinator's swap of a draft, or the counter accepting another choice than the proposal. A
 * free alternative needs room now; a swap alternative also moves the other person, whose proposal
 * must still be undecided.
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
                        "受入枠 " + slotId + " はこの提案の選択肢にありません。提案に示された選択肢から選んでください"));
    }

    /** Moves the proposal to the alternative, with {@code event} (SWAP by the coordinator) or none (a counter's accept). */
    void moveTo(ProposalRecord proposal, AlternativeOutcome alternative, ProposalEvent event) {
        room.requireRoom(alternative.slotId(), proposal.getSlotId());
        List<AlternativeOutcome> rest = ProposalDesk.alternatives(proposal).stream()
                .filter(a -> a.slotId() != alternative.slotId()).toList();
        proposal.relocate(event, alternative.slotId(), alternative.hostId(), alternative.travelMinutes(),
                alternative.travelledBy(), alternative.explanationJa(), ProposalDesk.JSON.toJson(rest));
    }
}
