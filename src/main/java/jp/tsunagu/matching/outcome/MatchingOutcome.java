package jp.tsunagu.matching.outcome;

import java.util.List;

/**
 * The result of solving one problem.
 *
 * @param score              the final score, e.g. {@code "0hard/-1200medium/-3456soft"}
 * @param placedWeight       sum of placement weights of the placed people (the core objective)
 * @param totalTravelMinutes sum of one-way minutes of all proposals
 * @param statistics         how the solve went
 * @param placedWithChoice   placed people, not pinned, with three or more feasible slots (every
 *                           pairwise rule passed, capacity aside, their own slot included): the
 *                           people for whom two alternatives can be asked
 * @param placedWithChoiceGivenTwoAlternatives how many of them were given two or more alternatives
 */
public record MatchingOutcome(String score, int candidates, int placed, long placedWeight, long totalTravelMinutes,
                              List<ProposalOutcome> proposals, List<UnplacedOutcome> unplaced,
                              SolveStatistics statistics,
                              int placedWithChoice, int placedWithChoiceGivenTwoAlternatives) {

    public MatchingOutcome {
        proposals = List.copyOf(proposals);
        unplaced = List.copyOf(unplaced);
    }

    /**
     * The share, in percent, of the people with a choice ({@link #placedWithChoice}) who were given
     * two or more alternatives; 100 when nobody had three feasible slots (no one lacked a choice).
     */
    public double twoAlternativesSharePct() {
        return placedWithChoice == 0 ? 100.0 : 100.0 * placedWithChoiceGivenTwoAlternatives / placedWithChoice;
    }
}
