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
 * Whether a slot that is full in the final solution can still be a person's choice: a short chain
 * of other people makes way and everyone stays placed with every hard rule kept. The person A moves
 * to the wanted slot Y; a person B proposed there (its holder) moves to A's slot X, or to a slot
 * with room, or to a full slot Z whose holder C in turn moves to X or to a slot with room. At most
 * two other people move. Every move passes every pairwise rule (the pair's precomputed feasibility,
 * which covers the person's excluded hosts and slots), every slot and supervisor capacity holds
 * after all the moves together, and pinned people never move.
 *
 * <p>The cheapest chains are tried first — one other person into X, one into a slot with room, then
 * two — and the first valid chain is kept. The search is bounded so that a round of 30,000 people
 * stays fast: the holders of each slot and of each supervisor are indexed once, each person's
 * slots with room are listed once, and per wanted slot at most {@value #HOLDERS_TRIED} holders are
 * tried at each link, {@value #ONWARD_SLOTS} full slots per first mover and {@value #LINK_BUDGET}
 * second movers in all.
 */
final class ChainFinder {

    /** Another person {@code who} moves from {@code from} (their proposed slot) to {@code to}. */
    record Step(Placement who, Slot from, Slot to) {
    }

    /** Holders of a full slot (or supervisor) tried at each link of a chain. */
    static final int HOLDERS_TRIED = 6;
    /** Slots with room tried per mover, nearest first. */
    static final int ROOMY_TRIED = 8;
    /** Full slots a first mover may move into, nearest first, for a second mover to make way. */
    static final int ONWARD_SLOTS = 8;
    /** Second movers tried per wanted slot: bounds the work for a slot among many full ones. */
    static final int LINK_BUDGET = 120;

    private final RoomLedger room;
    private final Map<Slot, List<Placement>> holdersOfSlot = new IdentityHashMap<>();
    private final Map<Supervisor, List<Placement>> holdersUnderSupervisor = new IdentityHashMap<>();
    /** Per movable person, the first feasible slots of their range with room once they leave theirs. */
    private final Map<Placement, List<Slot>> roomy = new IdentityHashMap<>();

    ChainFinder(MatchingSolution solution, RoomLedger room) {
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
     * The moves of other people, in order, that let a placed person take a slot without room; null
     * if no chain is found within the bounds. Who can make way for a slot: its own holders when the
     * slot is full, else (its supervisor is full) anyone under the same supervisor.
     */
    List<Step> makingWay(Placement person, Slot wanted) {
        Slot own = person.getSlot();
        if (own == null || wanted == own || person.isPinned() || !person.optionFor(wanted).feasible()) {
            return null;
        }
        Slot[] from = new Slot[3];
        Slot[] to = new Slot[3];
        from[0] = own;
        to[0] = wanted;
        List<Placement> first = holders(wanted, person, null);
        // One other person: into the person's slot, else into a slot with room.
        for (Placement b : first) {
            if (fits(b, own, from, to, 1)) {
                return List.of(new Step(b, b.getSlot(), own));
            }
        }
        for (Placement b : first) {
            for (Slot s : roomy(b)) {
                if (s != wanted && fits(b, s, from, to, 1)) {
                    return List.of(new Step(b, b.getSlot(), s));
                }
            }
        }
        // Two: the first into a full slot, whose holder moves into the person's slot or one with room.
        int budget = LINK_BUDGET;
        for (Placement b : first) {
            from[1] = b.getSlot();
            int onward = 0;
            for (Slot z : b.getSlotOptions()) {
                if (onward == ONWARD_SLOTS) {
                    break;
                }
                if (z == own || z == wanted || z == b.getSlot() || room.hasRoomLeaving(z, b.getSlot())
                        || !b.optionFor(z).feasible()) {
                    continue;
                }
                onward++;
                to[1] = z;
                for (Placement c : holders(z, person, b)) {
                    if (budget-- == 0) {
                        return null;
                    }
                    Slot cTo = fits(c, own, from, to, 2) ? own : null;
                    for (int i = 0; cTo == null && i < roomy(c).size(); i++) {
                        Slot s = roomy(c).get(i);
                        if (s != wanted && s != z && fits(c, s, from, to, 2)) {
                            cTo = s;
                        }
                    }
                    if (cTo != null) {
                        return List.of(new Step(b, b.getSlot(), z), new Step(c, c.getSlot(), cTo));
                    }
                }
            }
        }
        return null;
    }

    /**
     * Whether {@code mover}, as link {@code link} of the chain whose first {@code link} moves are in
     * {@code from}/{@code to}, may move to {@code dest}: a movable person not yet in the chain, a
     * feasible pair, and every capacity holding after all the moves.
     */
    private boolean fits(Placement mover, Slot dest, Slot[] from, Slot[] to, int link) {
        Slot moverFrom = mover.getSlot();
        if (mover.isPinned() || moverFrom == null || dest == moverFrom || !mover.optionFor(dest).feasible()) {
            return false;
        }
        from[link] = moverFrom;
        to[link] = dest;
        return room.holdsAfterMoving(from, to, link + 1);
    }

    /** Up to {@value #HOLDERS_TRIED} people who could make way in a slot, but those already moving. */
    private List<Placement> holders(Slot slot, Placement person, Placement alsoMoving) {
        List<Placement> all = room.slotFull(slot)
                ? holdersOfSlot.getOrDefault(slot, List.of())
                : holdersUnderSupervisor.getOrDefault(slot.supervisor(), List.of());
        List<Placement> out = new ArrayList<>(Math.min(all.size(), HOLDERS_TRIED));
        for (Placement p : all) {
            if (out.size() == HOLDERS_TRIED) {
                break;
            }
            if (p != person && p != alsoMoving) {
                out.add(p);
            }
        }
        return out;
    }

    /** The person's first {@value #ROOMY_TRIED} feasible slots with room, in the order of their range. */
    private List<Slot> roomy(Placement p) {
        return roomy.computeIfAbsent(p, k -> {
            List<Slot> out = new ArrayList<>(ROOMY_TRIED);
            Slot own = p.getSlot();
            for (Slot s : p.getSlotOptions()) {
                if (out.size() == ROOMY_TRIED) {
                    break;
                }
                if (s != own && room.hasRoomLeaving(s, own) && p.optionFor(s).feasible()) {
                    out.add(s);
                }
            }
            return out;
        });
    }
}
