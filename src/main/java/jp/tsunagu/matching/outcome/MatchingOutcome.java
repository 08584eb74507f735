package jp.tsunagu.matching.outcome;

import java.util.List;

/**
 * The result of solving one problem.
 *
 * @param score              the final score, e.g. {@code "0hard/-1200medium/-3456soft"}
 * @param placedWeight       sum of placement weights of the placed people (the core objective)
 * @param totalTravelMinutes sum of one-way minutes of all proposals
 * @param statistics         how the solve went
 */
public record MatchingOutcome(String score, int candidates, int placed, long placedWeight, long totalTravelMinutes,
                              List<ProposalOutcome> proposals, List<UnplacedOutcome> unplaced,
                              SolveStatistics statistics) {

    public MatchingOutcome {
        proposals = List.copyOf(proposals);
        unplaced = List.copyOf(unplaced);
    }
}
