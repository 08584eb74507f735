package jp.tsunagu.matching.explain;

import java.util.ArrayList;
import java.util.List;
import jp.tsunagu.matching.outcome.AlternativeOutcome;
import jp.tsunagu.matching.outcome.MatchingOutcome;
import jp.tsunagu.matching.outcome.ProposalOutcome;
import jp.tsunagu.matching.outcome.SolveStatistics;
import jp.tsunagu.matching.outcome.UnplacedOutcome;
import jp.tsunagu.matching.solver.MatchingSolution;
import jp.tsunagu.matching.solver.OutcomeWriting;
import jp.tsunagu.matching.solver.Placement;
import jp.tsunagu.matching.solver.Slot;
import jp.tsunagu.matching.solver.SlotOption;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.impl.score.director.InnerScoreDirector;

/**
 * Turns a finished, re-checked solution into the round's outcome: each proposal with its
 * explanation and alternatives, each unplaced person with reasons and the smallest opening change.
 * The solver's {@link OutcomeWriting}, registered as a service in
 * {@code META-INF/services/jp.tsunagu.matching.solver.OutcomeWriting}.
 */
public final class OutcomeWriter implements OutcomeWriting {

    /** For the service loader. */
    public OutcomeWriter() {
    }

    @Override
    public MatchingOutcome write(MatchingSolution solution,
                                 InnerScoreDirector<MatchingSolution, HardMediumSoftLongScore> scoreDirector,
                                 SolveStatistics statistics) {
        return outcomeOf(solution, scoreDirector, statistics);
    }

    /**
     * @param scoreDirector a score director whose working solution is {@code solution}; used to price
     *                      alternatives, left with the solution as it was
     */
    public static MatchingOutcome outcomeOf(MatchingSolution solution, InnerScoreDirector<MatchingSolution, HardMediumSoftLongScore> scoreDirector,
                                        SolveStatistics statistics) {
        HardMediumSoftLongScore score = scoreDirector.calculateScore();
        Labels labels = new Labels(solution.getProblem());
        RoomLedger room = new RoomLedger(solution);
        ProposalExplainer explainer = new ProposalExplainer(labels);
        AlternativeFinder alternatives = new AlternativeFinder(scoreDirector, room, new ChainFinder(solution, room),
                explainer, labels, solution.getSettings());
        UnplacedAnalyser unplacedAnalyser = new UnplacedAnalyser(solution, room, labels);

        List<ProposalOutcome> proposals = new ArrayList<>();
        List<UnplacedOutcome> unplaced = new ArrayList<>();
        long placedWeight = 0;
        long travelMinutes = 0;
        int withChoice = 0;
        int withChoiceGivenTwo = 0;
        for (Placement p : solution.getPlacements()) {
            SlotOption option = p.getOption();
            if (option == null) {
                unplaced.add(unplacedAnalyser.analyse(p));
                continue;
            }
            // A running placement is not up for discussion this round: no alternatives for it.
            List<AlternativeOutcome> others = p.isPinned() ? List.of() : alternatives.alternatives(p, score);
            proposals.add(new ProposalOutcome(p.getId(), option.slot().id(), option.journey().minutes(),
                    option.journey().mode(), p.isPinned(), p.getPreviousSlot() == option.slot(),
                    explainer.explain(p, option), others));
            placedWeight += p.getWeight();
            travelMinutes += option.journey().minutes();
            if (!p.isPinned() && hasChoice(p)) {
                withChoice++;
                if (others.size() >= 2) {
                    withChoiceGivenTwo++;
                }
            }
        }
        return new MatchingOutcome(score.toString(), solution.getPlacements().size(), proposals.size(), placedWeight,
                travelMinutes, proposals, unplaced, statistics, withChoice, withChoiceGivenTwo);
    }

    /**
     * Three or more feasible slots, the person's own included: enough for two alternatives. The
     * range holds every feasible slot but when pruned to the nearest ones, and then far more than three.
     */
    static boolean hasChoice(Placement p) {
        int feasible = 0;
        for (Slot slot : p.getSlotOptions()) {
            if (p.optionFor(slot).feasible() && ++feasible == 3) {
                return true;
            }
        }
        return false;
    }
}
