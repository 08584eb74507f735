package jp.tsunagu.matching.solver;

import java.util.Arrays;
import java.util.List;
import jp.tsunagu.matching.problem.CandidateFact;
import jp.tsunagu.matching.rules.PairRule;
import org.optaplanner.core.api.domain.entity.PlanningEntity;
import org.optaplanner.core.api.domain.entity.PlanningPin;
import org.optaplanner.core.api.domain.lookup.PlanningId;
import org.optaplanner.core.api.domain.valuerange.ValueRangeProvider;
import org.optaplanner.core.api.domain.variable.PlanningVariable;

/**
 * One person of the pool and the slot proposed to them this round (マッチング案), or none.
 *
 * <p>The value range is the person's own: the pairwise-feasible slots with the shortest journeys,
 * plus the slot of a running placement or of last round's proposal. The pair figures of every slot
 * in the range are precomputed; {@link #setSlot} looks the current one up, so the constraints only
 * read fields. A person with a running placement (or a coordinator's pin) is pinned as a whole.
 */
@PlanningEntity(difficultyComparatorClass = PlacementDifficulty.class)
public class Placement {

    @PlanningId
    private long id;
    private CandidateFact candidate;
    private int municipalityIndex;
    private String wideArea;
    private long weight;
    private boolean pinned;
    private Slot previousSlot;
    private List<Slot> slotOptions;
    /** Slot indices of the range, ascending, parallel to {@link #optionsBySlot}. */
    private int[] optionSlotIndices;
    private SlotOption[] optionsBySlot;
    private PairEvaluator evaluator;

    private Slot slot;
    private SlotOption option;

    /** For OptaPlanner's cloning. */
    protected Placement() {
    }

    /**
     * @param options the person's value range, already in the order the solver should try them
     *                (shortest journey first)
     */
    public Placement(CandidateFact candidate, int municipalityIndex, String wideArea, long weight,
                     Slot previousSlot, List<SlotOption> options, PairEvaluator evaluator) {
        this.id = candidate.id();
        this.candidate = candidate;
        this.municipalityIndex = municipalityIndex;
        this.wideArea = wideArea;
        this.weight = weight;
        this.previousSlot = previousSlot;
        this.evaluator = evaluator;
        this.slotOptions = options.stream().map(SlotOption::slot).toList();
        SlotOption[] sorted = options.toArray(new SlotOption[0]);
        Arrays.sort(sorted, (a, b) -> Integer.compare(a.slot().index(), b.slot().index()));
        this.optionsBySlot = sorted;
        this.optionSlotIndices = new int[sorted.length];
        for (int i = 0; i < sorted.length; i++) {
            optionSlotIndices[i] = sorted[i].slot().index();
        }
    }

    /** Places the person in a slot they can never leave this round (a running placement or a pin). */
    public void pinTo(Slot pinnedSlot) {
        setSlot(pinnedSlot);
        this.pinned = true;
    }

    public long getId() {
        return id;
    }

    public CandidateFact getCandidate() {
        return candidate;
    }

    public String getMunicipalityCode() {
        return candidate.municipalityCode();
    }

    public int getMunicipalityIndex() {
        return municipalityIndex;
    }

    public String getWideArea() {
        return wideArea;
    }

    /** What placing this person is worth: priority and weeks waited (settings.placementWeight). */
    public long getWeight() {
        return weight;
    }

    @PlanningPin
    public boolean isPinned() {
        return pinned;
    }

    public Slot getPreviousSlot() {
        return previousSlot;
    }

    @ValueRangeProvider(id = "slotOptions")
    public List<Slot> getSlotOptions() {
        return slotOptions;
    }

    @PlanningVariable(valueRangeProviderRefs = "slotOptions", nullable = true)
    public Slot getSlot() {
        return slot;
    }

    public void setSlot(Slot slot) {
        this.slot = slot;
        this.option = slot == null ? null : optionFor(slot);
    }

    /** The figures of the current slot; null when the person is not placed. */
    public SlotOption getOption() {
        return option;
    }

    /**
     * The figures of any slot: from the precomputed range, or evaluated now for a slot outside it
     * (only a stale or hand-made assignment lands there).
     */
    public SlotOption optionFor(Slot candidateSlot) {
        int at = Arrays.binarySearch(optionSlotIndices, candidateSlot.index());
        if (at >= 0 && optionsBySlot[at].slot() == candidateSlot) {
            return optionsBySlot[at];
        }
        return evaluator.evaluate(candidate, municipalityIndex, wideArea, candidateSlot);
    }

    /** Whether the current slot breaks a pairwise rule; false when unplaced. */
    public boolean breaks(PairRule rule) {
        return option != null && option.breaks(rule);
    }

    public int getTravelMinutes() {
        return option == null ? 0 : option.journey().minutes();
    }

    public boolean movedFromPreviousSlot() {
        return previousSlot != null && slot != previousSlot;
    }

    @Override
    public String toString() {
        return candidate.caseCode() + " -> " + slot;
    }
}
