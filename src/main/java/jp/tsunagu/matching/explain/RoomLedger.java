package jp.tsunagu.matching.explain;

import java.util.IdentityHashMap;
import java.util.Map;
import jp.tsunagu.matching.solver.MatchingSolution;
import jp.tsunagu.matching.solver.Placement;
import jp.tsunagu.matching.solver.Slot;
import jp.tsunagu.matching.solver.Supervisor;

/** How many people each slot and each supervisor has in a finished solution, and where room is left. */
final class RoomLedger {

    private final Map<Slot, Integer> bySlot = new IdentityHashMap<>();
    private final Map<Supervisor, Integer> bySupervisor = new IdentityHashMap<>();

    RoomLedger(MatchingSolution solution) {
        for (Placement p : solution.getPlacements()) {
            Slot slot = p.getSlot();
            if (slot != null) {
                bySlot.merge(slot, 1, Integer::sum);
                bySupervisor.merge(slot.supervisor(), 1, Integer::sum);
            }
        }
    }

    /** Whether one more person fits the slot and its supervisor. */
    boolean hasRoom(Slot slot) {
        return hasRoomLeaving(slot, null);
    }

    /** Whether a person now in {@code leaving} (or nowhere) fits {@code slot} once they leave. */
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
}
