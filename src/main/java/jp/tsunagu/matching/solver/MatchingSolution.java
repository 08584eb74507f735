package jp.tsunagu.matching.solver;

import java.util.List;
import java.util.Map;
import jp.tsunagu.matching.problem.MatchingProblem;
import jp.tsunagu.matching.problem.MatchingSettings;
import org.optaplanner.core.api.domain.constraintweight.ConstraintConfigurationProvider;
import org.optaplanner.core.api.domain.solution.PlanningEntityCollectionProperty;
import org.optaplanner.core.api.domain.solution.PlanningScore;
import org.optaplanner.core.api.domain.solution.PlanningSolution;
import org.optaplanner.core.api.domain.solution.ProblemFactCollectionProperty;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/**
 * One weekly round as a planning problem: a {@link Placement} per person, the slots they may take,
 * and the score: hard (rules that protect the person), medium (people placed, weighted by priority
 * and waiting), soft (travel, interests, local hosts, fairness, stability, spread, cold hosts).
 * Built by {@link SolutionAssembler}; the problem it came from is kept for the outcome.
 */
@PlanningSolution
public class MatchingSolution {

    private MatchingProblem problem;
    private PairEvaluator evaluator;
    private Map<Long, Slot> slotById;
    /** Per slot index: the positions in {@link #placements} of the people who have the slot in range. */
    private int[][] inRangeBySlot;

    @ProblemFactCollectionProperty
    private List<Slot> slots;
    @ProblemFactCollectionProperty
    private List<Host> hosts;
    @ProblemFactCollectionProperty
    private List<Supervisor> supervisors;
    @PlanningEntityCollectionProperty
    private List<Placement> placements;
    @ConstraintConfigurationProvider
    private MatchingWeights weights;
    @PlanningScore
    private HardMediumSoftLongScore score;

    /** For OptaPlanner's cloning. */
    protected MatchingSolution() {
    }

    public MatchingSolution(MatchingProblem problem, PairEvaluator evaluator, List<Slot> slots, List<Host> hosts,
                            List<Supervisor> supervisors, List<Placement> placements, MatchingWeights weights,
                            Map<Long, Slot> slotById, int[][] inRangeBySlot) {
        this.problem = problem;
        this.evaluator = evaluator;
        this.slots = slots;
        this.hosts = hosts;
        this.supervisors = supervisors;
        this.placements = placements;
        this.weights = weights;
        this.slotById = slotById;
        this.inRangeBySlot = inRangeBySlot;
    }

    /** The positions in {@link #getPlacements()} of the people who have this slot in their range. */
    public int[] inRangeOf(Slot slot) {
        return inRangeBySlot[slot.index()];
    }

    public MatchingProblem getProblem() {
        return problem;
    }

    /** The settings in force (the problem's, or the defaults when it had none). */
    public MatchingSettings getSettings() {
        return evaluator.judge().settings();
    }

    public PairEvaluator getEvaluator() {
        return evaluator;
    }

    public Slot slotById(long id) {
        return slotById.get(id);
    }

    public List<Slot> getSlots() {
        return slots;
    }

    public List<Host> getHosts() {
        return hosts;
    }

    public List<Supervisor> getSupervisors() {
        return supervisors;
    }

    public List<Placement> getPlacements() {
        return placements;
    }

    public MatchingWeights getWeights() {
        return weights;
    }

    public HardMediumSoftLongScore getScore() {
        return score;
    }

    public void setScore(HardMediumSoftLongScore score) {
        this.score = score;
    }
}
