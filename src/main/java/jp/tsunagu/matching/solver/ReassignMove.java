package jp.tsunagu.matching.solver;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.move.AbstractMove;

/** Moves a few people at once, each to a given slot or out of the round (an ejection chain). */
public final class ReassignMove extends AbstractMove<MatchingSolution> {

    private static final String VARIABLE = "slot";

    private final Placement[] placements;
    private final Slot[] toSlots;

    public ReassignMove(Placement[] placements, Slot[] toSlots) {
        this.placements = placements;
        this.toSlots = toSlots;
    }

    @Override
    public boolean isMoveDoable(ScoreDirector<MatchingSolution> scoreDirector) {
        boolean changes = false;
        for (int i = 0; i < placements.length; i++) {
            if (placements[i].isPinned()) {
                return false;
            }
            changes |= placements[i].getSlot() != toSlots[i];
        }
        return changes;
    }

    @Override
    protected ReassignMove createUndoMove(ScoreDirector<MatchingSolution> scoreDirector) {
        // Undo in reverse order, so that a person listed twice ends where they started.
        int n = placements.length;
        Placement[] undoPlacements = new Placement[n];
        Slot[] undoSlots = new Slot[n];
        for (int i = 0; i < n; i++) {
            undoPlacements[n - 1 - i] = placements[i];
        }
        Slot[] before = currentSlots();
        for (int i = 0; i < n; i++) {
            undoSlots[n - 1 - i] = before[i];
        }
        return new ReassignMove(undoPlacements, undoSlots);
    }

    private Slot[] currentSlots() {
        Slot[] current = new Slot[placements.length];
        for (int i = 0; i < placements.length; i++) {
            current[i] = placements[i].getSlot();
        }
        return current;
    }

    @Override
    protected void doMoveOnGenuineVariables(ScoreDirector<MatchingSolution> scoreDirector) {
        for (int i = 0; i < placements.length; i++) {
            scoreDirector.beforeVariableChanged(placements[i], VARIABLE);
            placements[i].setSlot(toSlots[i]);
            scoreDirector.afterVariableChanged(placements[i], VARIABLE);
        }
    }

    @Override
    public ReassignMove rebase(ScoreDirector<MatchingSolution> destination) {
        Placement[] rebasedPlacements = new Placement[placements.length];
        Slot[] rebasedSlots = new Slot[toSlots.length];
        for (int i = 0; i < placements.length; i++) {
            rebasedPlacements[i] = destination.lookUpWorkingObject(placements[i]);
            rebasedSlots[i] = toSlots[i];
        }
        return new ReassignMove(rebasedPlacements, rebasedSlots);
    }

    @Override
    public Collection<? extends Object> getPlanningEntities() {
        return Arrays.asList(placements);
    }

    @Override
    public Collection<? extends Object> getPlanningValues() {
        List<Slot> values = new ArrayList<>();
        for (Slot slot : toSlots) {
            if (slot != null) {
                values.add(slot);
            }
        }
        return values;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ReassignMove other && Arrays.equals(placements, other.placements)
                && Arrays.equals(toSlots, other.toSlots);
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.hashCode(placements), Arrays.hashCode(toSlots));
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < placements.length; i++) {
            out.append(i == 0 ? "" : ", ").append(placements[i].getCandidate().caseCode()).append(" -> ")
                    .append(toSlots[i]);
        }
        return out.toString();
    }
}
