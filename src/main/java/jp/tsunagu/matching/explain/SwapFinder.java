package jp.tsunagu.matching.explain;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import jp.tsunagu.matching.solver.MatchingSolution;
import jp.tsunagu.matching.solver.Placement;
import jp.tsunagu.matching.solver.Slot;
import jp.tsunagu.matching.solver.Supervisor;

/**
 * Whether a slot that is full in the final solution can still be a person's choice: another person
 * proposed there (its holder) moves into the first person's slot, or into another slot with room,
 * and both stay placed with every hard rule kept — both pairs pass every pairwise rule, and every
 * slot and supervisor capacity holds after the two moves. Pinned people never move.
 *
 * <p>The holders of each slot and of each supervisor are indexed once, so that a round of 30,000
 * people looks at the few people of one slot instead of scanning everyone.
 */
final class SwapFinder {

    /** The other person ({@code holder}) moves to {@code holderTo}, making way. */
    record Swap(Placement holder, Slot holderTo) {
    }

    private final RoomLedger room;
    private final Map<Slot, List<Placement>> holdersOfSlot = new IdentityHashMap<>();
    private final Map<Supervisor, List<Placement>> holdersUnderSupervisor = new IdentityHashMap<>();

    SwapFinder(MatchingSolution solution, RoomLedger room) {
        this.room = room;
        for (Placement p : solution.getPlacements()) {
            Slot slot = p.getSlot();
            if (slot != null && !p.isPinned()) {
                holdersOfSlot.computeIfAbsent(slot, k -> new ArrayList<>()).add(p);
                holdersUnderSupervisor.computeIfAbsent(slot.supervisor(), k -> new ArrayList<>()).add(p);
            }
        }
    }

    /**
     * A swap that lets a placed person take a slot without room, or null if none is found. Who can
     * make way: the slot's own holders when the slot is full, else (its supervisor is full) anyone
     * under the same supervisor. A plain exchange of the two slots is preferred; else the holder's
     * nearest slot with room that suits them.
     */
    Swap makingWay(Placement person, Slot wanted) {
        Slot own = person.getSlot();
        if (own == null || wanted == own || person.isPinned() || !person.optionFor(wanted).feasible()) {
            return null;
        }
        List<Placement> holders = room.slotFull(wanted)
                ? holdersOfSlot.getOrDefault(wanted, List.of())
                : holdersUnderSupervisor.getOrDefault(wanted.supervisor(), List.of());
        for (Placement holder : holders) {
            if (holder != person && keepsEveryRule(person, wanted, holder, own)) {
                return new Swap(holder, own);
            }
        }
        for (Placement holder : holders) {
            if (holder == person) {
                continue;
            }
            for (Slot to : holder.getSlotOptions()) {
                if (to != own && keepsEveryRule(person, wanted, holder, to)) {
                    return new Swap(holder, to);
                }
            }
        }
        return null;
    }

    /**
     * Whether, with the person in {@code wanted} and the holder in {@code holderTo}, both pairs pass
     * every pairwise rule and every capacity holds.
     */
    boolean keepsEveryRule(Placement person, Slot wanted, Placement holder, Slot holderTo) {
        Slot holderFrom = holder.getSlot();
        if (holder.isPinned() || holderFrom == null || holderTo == holderFrom || holderTo == wanted) {
            return false;
        }
        return person.optionFor(wanted).feasible() && holder.optionFor(holderTo).feasible()
                && room.holdsAfterMoving(person.getSlot(), wanted, holderFrom, holderTo);
    }
}
