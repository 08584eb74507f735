package jp.tsunagu.matching.solver;

import java.util.Iterator;
import java.util.List;
import java.util.Random;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;

/**
 * Ejection chains for the local search: a person takes a slot of their range, one of its current
 * people moves on to a slot of their own range, and if that one is full too, one of its people
 * moves on again or leaves the round. Single change and swap moves cannot reach a better round when
 * the only way to place a heavier person is to move two others at once (for example someone who
 * reaches one host only displacing someone who could go elsewhere); this move does it in one step.
 *
 * <p>Occupants are found through the static index of who has a slot in range
 * ({@link MatchingSolution#inRangeOf(Slot)}), so no move scans the whole round.
 */
public class EjectionChainMoveFactory implements MoveIteratorFactory<MatchingSolution, ReassignMove> {

    /** How often a displaced person leaves the round instead of moving on. */
    private static final double LEAVE_PROBABILITY = 0.3;

    @Override
    public long getSize(ScoreDirector<MatchingSolution> scoreDirector) {
        return scoreDirector.getWorkingSolution().getPlacements().size();
    }

    @Override
    public Iterator<ReassignMove> createOriginalMoveIterator(ScoreDirector<MatchingSolution> scoreDirector) {
        throw new UnsupportedOperationException("ejection chains are drawn at random only");
    }

    @Override
    public Iterator<ReassignMove> createRandomMoveIterator(ScoreDirector<MatchingSolution> scoreDirector,
                                                           Random random) {
        MatchingSolution solution = scoreDirector.getWorkingSolution();
        List<Placement> placements = solution.getPlacements();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return !placements.isEmpty();
            }

            @Override
            public ReassignMove next() {
                Placement mover = placements.get(random.nextInt(placements.size()));
                Slot target = randomSlot(mover, random);
                if (mover.isPinned() || target == null || target == mover.getSlot()) {
                    return new ReassignMove(new Placement[] {mover}, new Slot[] {mover.getSlot()});
                }
                Placement displaced = randomOccupant(solution, target, mover, random);
                if (displaced == null) {
                    return new ReassignMove(new Placement[] {mover}, new Slot[] {target});
                }
                Slot onward = random.nextDouble() < LEAVE_PROBABILITY ? null : randomSlot(displaced, random);
                if (onward == target) {
                    onward = null;
                }
                Placement third = onward == null ? null : randomOccupant(solution, onward, displaced, random);
                if (third == null || third == mover) {
                    return new ReassignMove(new Placement[] {mover, displaced}, new Slot[] {target, onward});
                }
                Slot last = random.nextDouble() < LEAVE_PROBABILITY ? null : randomSlot(third, random);
                if (last == onward || last == target) {
                    last = null;
                }
                return new ReassignMove(new Placement[] {mover, displaced, third},
                        new Slot[] {target, onward, last});
            }
        };
    }

    private static Slot randomSlot(Placement placement, Random random) {
        List<Slot> range = placement.getSlotOptions();
        return range.isEmpty() ? null : range.get(random.nextInt(range.size()));
    }

    /**
     * A random movable person now in the slot (other than {@code except}); null when there is none,
     * and half of the times the slot itself still has room (its supervisor may not: then one must go).
     */
    private static Placement randomOccupant(MatchingSolution solution, Slot slot, Placement except, Random random) {
        int[] inRange = solution.inRangeOf(slot);
        List<Placement> placements = solution.getPlacements();
        int occupants = 0;
        Placement chosen = null;
        for (int index : inRange) {
            Placement p = placements.get(index);
            if (p.getSlot() == slot && p != except) {
                occupants++;
                // Reservoir sampling: each occupant equally likely, in one pass.
                if (!p.isPinned() && random.nextInt(occupants) == 0) {
                    chosen = p;
                }
            }
        }
        return occupants < slot.capacity() && random.nextBoolean() ? null : chosen;
    }
}
