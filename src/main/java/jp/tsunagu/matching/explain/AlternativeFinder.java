package jp.tsunagu.matching.explain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import jp.tsunagu.matching.outcome.AlternativeOutcome;
import jp.tsunagu.matching.solver.MatchingSolution;
import jp.tsunagu.matching.solver.Placement;
import jp.tsunagu.matching.solver.Slot;
import jp.tsunagu.matching.solver.SlotOption;
import jp.tsunagu.registry.WorkKind;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.impl.score.director.InnerScoreDirector;

/**
 * Other slots a placed person could take (the person is offered several choices): feasible by every
 * pairwise rule and with room in the final solution once the person leaves their slot. Each is
 * priced exactly by moving the person there in an incremental score director and back.
 *
 * <p>Only the nearest {@value #CANDIDATES} such slots of the person's range are priced, so that a
 * prefecture of 30,000 people stays fast. Up to {@value #MAX_ALTERNATIVES} are kept, varied: the
 * best of each kind of work first (by score), then the next best of any kind.
 */
final class AlternativeFinder {

    static final int CANDIDATES = 8;
    static final int MAX_ALTERNATIVES = 3;
    private static final String VARIABLE = "slot";

    private final InnerScoreDirector<MatchingSolution, HardMediumSoftLongScore> scoreDirector;
    private final RoomLedger room;
    private final ProposalExplainer explainer;

    AlternativeFinder(InnerScoreDirector<MatchingSolution, HardMediumSoftLongScore> scoreDirector, RoomLedger room, ProposalExplainer explainer) {
        this.scoreDirector = scoreDirector;
        this.room = room;
        this.explainer = explainer;
    }

    private record Priced(SlotOption option, HardMediumSoftLongScore difference) {
    }

    /** The alternatives of a placed person; the working solution is left as it was. */
    List<AlternativeOutcome> alternatives(Placement placement, HardMediumSoftLongScore chosenScore) {
        Slot chosen = placement.getSlot();
        List<Priced> priced = new ArrayList<>();
        for (Slot other : placement.getSlotOptions()) {
            if (priced.size() == CANDIDATES) {
                break;
            }
            SlotOption option = placement.optionFor(other);
            if (!option.feasible() || !room.hasRoomLeaving(other, chosen)) {
                continue;
            }
            move(placement, other);
            HardMediumSoftLongScore score = scoreDirector.calculateScore();
            priced.add(new Priced(option, score.subtract(chosenScore)));
        }
        if (!priced.isEmpty()) {
            move(placement, chosen);
            scoreDirector.calculateScore();
        }
        return ranked(placement, varied(priced));
    }

    /** Best of each kind of work first, by score; then the rest by score. */
    static <T> List<T> pickVaried(List<T> items, Comparator<T> better, java.util.function.Function<T, WorkKind> kind,
                                  int limit) {
        List<T> sorted = new ArrayList<>(items);
        sorted.sort(better);
        List<T> picked = new ArrayList<>();
        Set<WorkKind> kinds = EnumSet.noneOf(WorkKind.class);
        for (T item : sorted) {
            if (picked.size() < limit && kinds.add(kind.apply(item))) {
                picked.add(item);
            }
        }
        for (T item : sorted) {
            if (picked.size() < limit && !picked.contains(item)) {
                picked.add(item);
            }
        }
        return picked;
    }

    private static List<Priced> varied(List<Priced> priced) {
        Comparator<Priced> better = Comparator.comparing(Priced::difference, Comparator.reverseOrder());
        return pickVaried(priced, better.thenComparingInt(p -> p.option().journey().minutes()),
                p -> p.option().slot().task().workKind(), MAX_ALTERNATIVES);
    }

    private List<AlternativeOutcome> ranked(Placement placement, List<Priced> picked) {
        List<AlternativeOutcome> out = new ArrayList<>(picked.size());
        for (Priced p : picked) {
            SlotOption option = p.option();
            out.add(new AlternativeOutcome(out.size() + 1, option.slot().id(), option.journey().minutes(),
                    option.journey().mode(), p.difference().toString(), explainer.explain(placement, option)));
        }
        return out;
    }

    private void move(Placement placement, Slot slot) {
        scoreDirector.beforeVariableChanged(placement, VARIABLE);
        placement.setSlot(slot);
        scoreDirector.afterVariableChanged(placement, VARIABLE);
        scoreDirector.triggerVariableListeners();
    }
}
