package jp.tsunagu.matching.explain;

import java.util.IdentityHashMap;
import java.util.Map;
import jp.tsunagu.matching.solver.Host;
import jp.tsunagu.matching.solver.MatchingSolution;
import jp.tsunagu.matching.solver.Placement;
import jp.tsunagu.matching.solver.Slot;
import jp.tsunagu.matching.solver.Supervisor;

/** How many people each slot and each supervisor has in a finished solution, and where room is left. */
final class RoomLedger {

    private final Map<Slot, Integer> bySlot = new IdentityHashMap<>();
    private final Map<Supervisor, Integer> bySupervisor = new IdentityHashMap<>();
    private final Map<Host, Integer> byHost = new IdentityHashMap<>();

    RoomLedger(MatchingSolution solution) {
        for (Placement p : solution.getPlacements()) {
            Slot slot = p.getSlot();
            if (slot != null) {
                bySlot.merge(slot, 1, Integer::sum);
                bySupervisor.merge(slot.supervisor(), 1, Integer::sum);
                byHost.merge(slot.host(), 1, Integer::sum);
            }
        }
    }

    /** How many people the host has, over all its slots. */
    int atHost(Host host) {
        return byHost.getOrDefault(host, 0);
    }

    /** Whether one more person fits the slot and its supervisor. */
    boolean hasRoom(Slot slot) {
        return hasRoomLeaving(slot, null);
    }

    /**
     * Whether a person now in {@code leaving} (or nowhere) fits {@code slot} once they leave: their
     * own place under a shared supervisor counts as free. Their own slot is never "another" slot.
     */
    boolean hasRoomLeaving(Slot slot, Slot leaving) {
        if (slot == leaving) {
            return false;
        }
        int inSlot = bySlot.getOrDefault(slot, 0);
        int underSupervisor = bySupervisor.getOrDefault(slot.supervisor(), 0);
        if (leaving != null && leaving.supervisor() == slot.supervisor()) {
            underSupervisor--;
        }
        return inSlot < slot.capacity() && underSupervisor < slot.supervisor().capacity();
    }

    /** Whether the slot itself holds as many people as it takes (its supervisor may still have room). */
    boolean slotFull(Slot slot) {
        return bySlot.getOrDefault(slot, 0) >= slot.capacity();
    }

    /**
     * Whether every slot and supervisor capacity still holds after two people move at once: one
     * from {@code firstFrom} to {@code firstTo}, the other from {@code secondFrom} to
     * {@code secondTo}. Only the slots and supervisors someone enters can overfill.
     */
    boolean holdsAfterMoving(Slot firstFrom, Slot firstTo, Slot secondFrom, Slot secondTo) {
        return holdsAfter(firstTo, firstFrom, firstTo, secondFrom, secondTo)
                && holdsAfter(secondTo, firstFrom, firstTo, secondFrom, secondTo);
    }

    private boolean holdsAfter(Slot entered, Slot firstFrom, Slot firstTo, Slot secondFrom, Slot secondTo) {
        int inSlot = bySlot.getOrDefault(entered, 0) + count(entered, firstTo) + count(entered, secondTo)
                - count(entered, firstFrom) - count(entered, secondFrom);
        Supervisor supervisor = entered.supervisor();
        int underSupervisor = bySupervisor.getOrDefault(supervisor, 0)
                + under(supervisor, firstTo) + under(supervisor, secondTo)
                - under(supervisor, firstFrom) - under(supervisor, secondFrom);
        return inSlot <= entered.capacity() && underSupervisor <= supervisor.capacity();
    }

    private static int count(Slot slot, Slot other) {
        return slot == other ? 1 : 0;
    }

    private static int under(Supervisor supervisor, Slot slot) {
        return slot.supervisor() == supervisor ? 1 : 0;
    }
}
