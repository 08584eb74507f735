package jp.tsunagu.matching.explain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import jp.tsunagu.matching.outcome.AlternativeOutcome;
import jp.tsunagu.matching.outcome.AlternativeOutcome.Move;
import jp.tsunagu.matching.problem.MatchingSettings;
import jp.tsunagu.matching.solver.Host;
import jp.tsunagu.matching.solver.MatchingSolution;
import jp.tsunagu.matching.solver.Placement;
import jp.tsunagu.matching.solver.Slot;
import jp.tsunagu.matching.solver.SlotOption;
import jp.tsunagu.registry.WorkKind;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.impl.score.director.InnerScoreDirector;

/**
 * Other slots a placed person could take (the person is offered several choices, seed 001): each
 * feasible by every pairwise rule, and each a real choice — another host, and where the range
 * allows another kind of work. First the slots with room in the final solution once the person
 * leaves their slot; when those give fewer than {@value #MAX_ALTERNATIVES}, slots that are full
 * because another person is proposed there fill up the list, each with a short chain of moves of
 * other people that keeps everyone placed ({@link ChainFinder}): a person with only full slots
 * nearby still has a choice to discuss.
 *
 * <p>The person's whole pruned range is scanned. Each host's best slot per kind of work is kept,
 * judged by an estimate of the score difference from the pair's own figures (travel, interest,
 * local host, stability) and the host's load (spread, a trial for a cold host); a move changes no
 * other term of the score while the person stays placed. Only {@value #PRICED} of these, the best
 * of each kind first, are priced exactly by moving the person there in the incremental score
 * director and back, so that a prefecture of 30,000 people stays fast.
 *
 * <p>Up to {@value #MAX_ALTERNATIVES} are kept, at most one per host and the best of each kind of
 * work first, and ranked by the exact score difference. Slots of the proposal's own host are
 * offered only when no other host has room for the person.
 *
 * <p>Full slots come after every alternative with room, since they ask other people to move. Full
 * slots of other hosts than those already offered are tried in the order of the same estimate,
 * kinds of work not yet offered first, at most {@value #SWAP_TRIES} per person; a chain is priced
 * exactly by moving everyone in it.
 */
final class AlternativeFinder {

    static final int MAX_ALTERNATIVES = 3;
    /** Slots priced exactly per person: twice the alternatives kept, so that the estimate may err. */
    static final int PRICED = 6;
    /** Full slots tried for a chain per person: bounds the work for a person with many full slots. */
    static final int SWAP_TRIES = 12;
    private static final String VARIABLE = "slot";

    private final InnerScoreDirector<MatchingSolution, HardMediumSoftLongScore> scoreDirector;
    private final RoomLedger room;
    private final ChainFinder chains;
    private final ProposalExplainer explainer;
    private final Labels labels;
    private final MatchingSettings settings;

    AlternativeFinder(InnerScoreDirector<MatchingSolution, HardMediumSoftLongScore> scoreDirector, RoomLedger room,
                      ChainFinder chains, ProposalExplainer explainer, Labels labels, MatchingSettings settings) {
        this.scoreDirector = scoreDirector;
        this.room = room;
        this.chains = chains;
        this.explainer = explainer;
        this.labels = labels;
        this.settings = settings;
    }

    private record Estimated(SlotOption option, long estimate) {
        Slot slot() {
            return option.slot();
        }
    }

    /** An alternative with its exact score difference; {@code chain} empty when the slot has room. */
    private record Priced(SlotOption option, HardMediumSoftLongScore difference, List<ChainFinder.Step> chain) {
        Slot slot() {
            return option.slot();
        }
    }

    private static final Comparator<Estimated> BY_ESTIMATE = Comparator
            .comparingLong(Estimated::estimate).reversed()
            .thenComparingInt(e -> e.option().journey().minutes())
            .thenComparingInt(e -> e.slot().index());

    private static final Comparator<Priced> BY_SCORE = Comparator
            .comparing(Priced::difference, Comparator.reverseOrder())
            .thenComparingInt(p -> p.option().journey().minutes())
            .thenComparingInt(p -> p.slot().index());

    /** The alternatives of a placed person, best first; the working solution is left as it was. */
    List<AlternativeOutcome> alternatives(Placement placement, HardMediumSoftLongScore chosenScore) {
        Slot chosen = placement.getSlot();
        // The best slot per host and kind of work; the proposal's own host apart, per task.
        Map<List<Object>, Estimated> elsewhere = new HashMap<>();
        Map<Long, Estimated> sameHost = new HashMap<>();
        // Full slots of other hosts, the best per host and kind of work: candidates for a chain of moves.
        Map<List<Object>, Estimated> full = new HashMap<>();
        for (Slot other : placement.getSlotOptions()) {
            if (other == chosen) {
                continue;
            }
            SlotOption option = placement.optionFor(other);
            if (!option.feasible()) {
                continue;
            }
            Estimated candidate = new Estimated(option, estimate(placement, option, chosen.host()));
            if (!room.hasRoomLeaving(other, chosen)) {
                if (other.host() != chosen.host()) {
                    full.merge(List.of(other.host(), other.task().workKind()), candidate, AlternativeFinder::better);
                }
                continue;
            }
            if (other.host() == chosen.host()) {
                sameHost.merge(other.task().id(), candidate, AlternativeFinder::better);
            } else {
                elsewhere.merge(List.of(other.host(), other.task().workKind()), candidate, AlternativeFinder::better);
            }
        }
        boolean onlySameHost = elsewhere.isEmpty();
        List<Estimated> pool = new ArrayList<>(onlySameHost ? sameHost.values() : elsewhere.values());
        // Among the proposal's own host, one slot per task; elsewhere, one per host.
        Function<Slot, Object> group = onlySameHost ? slot -> slot.task() : Slot::host;
        List<Estimated> toPrice = pickVaried(pool, BY_ESTIMATE, e -> e.slot().task().workKind(),
                e -> group.apply(e.slot()), PRICED);

        List<Priced> priced = new ArrayList<>(toPrice.size());
        for (Estimated candidate : toPrice) {
            move(placement, candidate.slot());
            priced.add(new Priced(candidate.option(), scoreDirector.calculateScore().subtract(chosenScore), List.of()));
        }
        if (!priced.isEmpty()) {
            move(placement, chosen);
        }
        List<Priced> picked = new ArrayList<>(pickVaried(priced, BY_SCORE, p -> p.slot().task().workKind(),
                p -> group.apply(p.slot()), MAX_ALTERNATIVES));
        if (picked.size() < MAX_ALTERNATIVES && !full.isEmpty()) {
            picked.addAll(chainAlternatives(placement, chosenScore, picked, full.values()));
        }
        if (!picked.isEmpty()) {
            scoreDirector.calculateScore();
        }
        return ranked(placement, picked);
    }

    /**
     * Full-slot alternatives filling the list up to {@value #MAX_ALTERNATIVES}, at hosts not yet offered,
     * kinds of work not yet offered first, best estimate first; ranked by the exact score difference.
     */
    private List<Priced> chainAlternatives(Placement placement, HardMediumSoftLongScore chosenScore,
                                          List<Priced> offered, java.util.Collection<Estimated> full) {
        Slot chosen = placement.getSlot();
        Set<Host> hosts = new HashSet<>();
        hosts.add(chosen.host());
        Set<WorkKind> kinds = EnumSet.noneOf(WorkKind.class);
        for (Priced p : offered) {
            hosts.add(p.slot().host());
            kinds.add(p.slot().task().workKind());
        }
        List<Estimated> order = new ArrayList<>(full);
        order.sort(Comparator.comparing((Estimated e) -> kinds.contains(e.slot().task().workKind()))
                .thenComparing(BY_ESTIMATE));
        List<Priced> found = new ArrayList<>();
        int tries = 0;
        int wanted = MAX_ALTERNATIVES - offered.size();
        for (Estimated candidate : order) {
            if (found.size() == wanted || tries == SWAP_TRIES) {
                break;
            }
            Slot slot = candidate.slot();
            if (hosts.contains(slot.host())) {
                continue;
            }
            tries++;
            List<ChainFinder.Step> chain = chains.makingWay(placement, slot);
            if (chain == null) {
                continue;
            }
            hosts.add(slot.host());
            found.add(new Priced(candidate.option(), priceChain(placement, slot, chain).subtract(chosenScore), chain));
        }
        found.sort(BY_SCORE);
        return found;
    }

    /** The score with everyone in the chain moved; all are moved back. */
    private HardMediumSoftLongScore priceChain(Placement placement, Slot slot, List<ChainFinder.Step> chain) {
        Slot chosen = placement.getSlot();
        move(placement, slot);
        for (ChainFinder.Step step : chain) {
            move(step.who(), step.to());
        }
        HardMediumSoftLongScore score = scoreDirector.calculateScore();
        for (int i = chain.size() - 1; i >= 0; i--) {
            move(chain.get(i).who(), chain.get(i).from());
        }
        move(placement, chosen);
        return score;
    }

    private static Estimated better(Estimated a, Estimated b) {
        return BY_ESTIMATE.compare(a, b) <= 0 ? a : b;
    }

    /**
     * The soft score difference of moving the person here, but for the terms of the slot they
     * leave, which are the same for every slot of another host. Only orders slots for pricing.
     */
    private long estimate(Placement placement, SlotOption option, Host leavingHost) {
        Host host = option.slot().host();
        int load = room.atHost(host) - (host == leavingHost ? 1 : 0);
        long estimate = -(long) settings.weightTravelMinute() * option.journey().minutes() + option.localWeight();
        if (option.interestMatched()) {
            estimate += settings.weightInterest();
        }
        if (placement.getPreviousSlot() != null && placement.getPreviousSlot() != option.slot()) {
            estimate -= settings.weightStability();
        }
        estimate -= (long) settings.weightHostSpread() * (2L * load + 1);
        if (load == 0) {
            estimate += (long) settings.weightColdHost() * host.coldTrialWeight();
        }
        return estimate;
    }

    /**
     * Up to {@code limit} items, at most one per group: first the best of each kind of work, then
     * the best of the rest; returned best first.
     */
    static <T> List<T> pickVaried(List<T> items, Comparator<T> better, Function<T, WorkKind> kind,
                                  Function<T, Object> group, int limit) {
        List<T> sorted = new ArrayList<>(items);
        sorted.sort(better);
        List<T> picked = new ArrayList<>();
        Set<WorkKind> kinds = EnumSet.noneOf(WorkKind.class);
        Set<Object> groups = new HashSet<>();
        for (T item : sorted) {
            if (picked.size() < limit && !kinds.contains(kind.apply(item)) && !groups.contains(group.apply(item))) {
                kinds.add(kind.apply(item));
                groups.add(group.apply(item));
                picked.add(item);
            }
        }
        for (T item : sorted) {
            if (picked.size() < limit && groups.add(group.apply(item))) {
                picked.add(item);
            }
        }
        picked.sort(better);
        return picked;
    }

    private List<AlternativeOutcome> ranked(Placement placement, List<Priced> picked) {
        List<AlternativeOutcome> out = new ArrayList<>(picked.size());
        for (Priced p : picked) {
            SlotOption option = p.option();
            Slot slot = option.slot();
            List<ChainFinder.Step> chain = p.chain();
            String explanation = Labels.describe(slot) + "。" + (chain.isEmpty() ? "" : chainNote(placement, chain))
                    + explainer.explain(placement, option);
            List<Move> moves = chain.stream()
                    .map(step -> {
                        SlotOption theirs = step.who().optionFor(step.to());
                        return new Move(step.who().getId(), step.from().id(), step.to().id(),
                                theirs.journey().minutes(), theirs.journey().mode(),
                                Labels.describe(step.to()) + "。" + explainer.explain(step.who(), theirs));
                    }).toList();
            out.add(new AlternativeOutcome(out.size() + 1, slot.id(), option.journey().minutes(),
                    option.journey().mode(), p.difference().toString(), explanation, slot.host().id(),
                    slot.host().fact().name(), slot.task().title(), slot.task().workKind(),
                    Labels.weekdays(slot.fact()), slot.fact().startTime(), slot.fact().hoursPerDay(),
                    moves));
        }
        return out;
    }

    /**
     * Which moves make way, without saying who the other people are: the counter reads this. How
     * many move and to which host and task.
     */
    private String chainNote(Placement placement, List<ChainFinder.Step> chain) {
        String first = where(placement, chain.get(0).to());
        if (chain.size() == 1) {
            return "この枠は別の方に提案中です。その方が" + first + "に移れば、お二人とも参加できます。";
        }
        StringBuilder note = new StringBuilder("この枠は別の方に提案中です。その方が").append(first).append("へ");
        for (int i = 1; i < chain.size(); i++) {
            note.append("、さらに別の1人が").append(where(placement, chain.get(i).to())).append("へ");
        }
        return note.append("移れば、全員が参加できます。").toString();
    }

    private String where(Placement placement, Slot to) {
        return to == placement.getSlot() ? "この方への今回の提案枠（" + labels.slot(to) + "）" : labels.slot(to);
    }

    private void move(Placement placement, Slot slot) {
        scoreDirector.beforeVariableChanged(placement, VARIABLE);
        placement.setSlot(slot);
        scoreDirector.afterVariableChanged(placement, VARIABLE);
        scoreDirector.triggerVariableListeners();
    }
}
