package jp.tsunagu.matching.explain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.tsunagu.matching.outcome.AlternativeOutcome;
import jp.tsunagu.matching.outcome.MatchingOutcome;
import jp.tsunagu.matching.outcome.ProposalOutcome;
import jp.tsunagu.matching.problem.MatchingProblem;
import jp.tsunagu.matching.problem.MatchingSettings;
import jp.tsunagu.matching.problem.ProblemFiles;
import jp.tsunagu.matching.solver.HardRuleRecheck;
import jp.tsunagu.matching.solver.MatchingSolution;
import jp.tsunagu.matching.solver.Placement;
import jp.tsunagu.matching.solver.SolutionAssembler;
import jp.tsunagu.matching.solver.WeeklyMatcher;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The alternatives of the committed sample week, solved briefly: enough choices for the people who
 * have them, and every swap keeps both people placed under every hard rule.
 */
class SampleWeekAlternativesTest {

    private static MatchingProblem week;
    private static MatchingOutcome outcome;

    @BeforeAll
    static void solve() {
        week = ProblemFiles.read(Path.of("sample-data/nagano/week-default.json"))
                .withSettings(MatchingSettings.defaults().withSolveTime(6, 2));
        outcome = WeeklyMatcher.fromDefaultConfig().newRun(week).solve();
        long swaps = outcome.proposals().stream().flatMap(p -> p.alternatives().stream())
                .filter(AlternativeOutcome::needsSwap).count();
        System.out.printf("sample week: placed %d, %d with 3+ feasible slots, %.1f%% of them with 2+ alternatives,"
                        + " %d alternatives by a swap; solve %d ms%n", outcome.placed(), outcome.placedWithChoice(),
                outcome.twoAlternativesSharePct(), swaps, outcome.statistics().millis());
    }

    /**
     * The week is tight (170 of 300 placed, most nearby slots full): for about a quarter of the
     * people with three feasible slots, the holders of their full slots can neither take their slot
     * nor find one with room, so no single swap opens a second choice. Measured 69-72 % (without
     * swaps 58 %); this guards the level reached, below the 90 % aimed at.
     */
    @Test
    void mostPeopleWithAChoiceGetTwoAlternatives() {
        assertThat(outcome.placedWithChoice()).isGreaterThan(80);
        assertThat(outcome.twoAlternativesSharePct()).isGreaterThanOrEqualTo(65.0);
    }

    @Test
    void everySwapKeepsBothPeoplePlacedUnderEveryHardRule() {
        Map<Long, Long> proposed = new HashMap<>();
        outcome.proposals().forEach(p -> proposed.put(p.candidateId(), p.slotId()));
        MatchingSolution solution = SolutionAssembler.toSolution(week);
        Map<Long, Placement> byId = new HashMap<>();
        for (Placement p : solution.getPlacements()) {
            byId.put(p.getId(), p);
            Long slotId = proposed.get(p.getId());
            p.setSlot(slotId == null ? null : solution.slotById(slotId));
        }
        assertThat(HardRuleRecheck.findBreaches(solution)).isEmpty();

        int checked = 0;
        for (ProposalOutcome proposal : outcome.proposals()) {
            for (AlternativeOutcome a : proposal.alternatives()) {
                if (!a.needsSwap()) {
                    continue;
                }
                Placement person = byId.get(proposal.candidateId());
                Placement other = byId.get(a.swapCandidateId());
                assertThat(other.isPinned()).as("pinned people never move").isFalse();
                assertThat(other).isNotSameAs(person);
                assertThat(other.getSlot().supervisor()).as("the other person makes way in the slot or under its supervisor")
                        .isSameAs(solution.slotById(a.slotId()).supervisor());
                var otherFrom = other.getSlot();
                person.setSlot(solution.slotById(a.slotId()));
                other.setSlot(solution.slotById(a.swapToSlotId()));
                List<HardRuleRecheck.Breach> breaches = HardRuleRecheck.findBreaches(solution);
                other.setSlot(otherFrom);
                person.setSlot(solution.slotById(proposal.slotId()));
                assertThat(breaches).as("person %d to slot %d, person %d to slot %d", proposal.candidateId(),
                        a.slotId(), a.swapCandidateId(), a.swapToSlotId()).isEmpty();
                assertThat(a.explanationJa()).contains("お二人とも参加できます");
                checked++;
            }
        }
        assertThat(checked).as("swaps on the sample week").isPositive();
    }
}
