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
     * Whether every slot and supervisor capacity still holds after several people move at once, the
     * i-th from {@code from[i]} to {@code to[i]} (the first {@code n} of each). Only the slots and
     * supervisors someone enters can overfill.
     */
    boolean holdsAfterMoving(Slot[] from, Slot[] to, int n) {
        for (int i = 0; i < n; i++) {
            Slot entered = to[i];
            Supervisor supervisor = entered.supervisor();
            int inSlot = bySlot.getOrDefault(entered, 0);
            int underSupervisor = bySupervisor.getOrDefault(supervisor, 0);
            for (int j = 0; j < n; j++) {
                inSlot += (to[j] == entered ? 1 : 0) - (from[j] == entered ? 1 : 0);
                underSupervisor += (to[j].supervisor() == supervisor ? 1 : 0)
                        - (from[j].supervisor() == supervisor ? 1 : 0);
            }
            if (inSlot > entered.capacity() || underSupervisor > supervisor.capacity()) {
                return false;
            }
        }
        return true;
    }
}
