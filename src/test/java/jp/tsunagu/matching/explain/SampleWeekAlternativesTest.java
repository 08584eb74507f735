package jp.tsunagu.matching.explain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
        long start = System.nanoTime();
        outcome = WeeklyMatcher.fromDefaultConfig().newRun(week).solve();
        long totalMillis = (System.nanoTime() - start) / 1_000_000;
        long swaps = outcome.proposals().stream().flatMap(p -> p.alternatives().stream())
                .filter(a -> a.moves().size() == 1).count();
        long chains = outcome.proposals().stream().flatMap(p -> p.alternatives().stream())
                .filter(a -> a.moves().size() == 2).count();
        System.out.printf("sample week: placed %d, %d with 3+ feasible slots, %.1f%% of them with 2+ alternatives,"
                        + " %d alternatives by one move, %d by two; solve %d ms, explanations about %d ms%n",
                outcome.placed(), outcome.placedWithChoice(), outcome.twoAlternativesSharePct(), swaps, chains,
                outcome.statistics().millis(), totalMillis - outcome.statistics().millis());
    }

    /** The proposed solution rebuilt from the outcome, people keyed by id. */
    private static Map<Long, Placement> proposedSolution(MatchingSolution solution) {
        Map<Long, Long> proposed = new HashMap<>();
        outcome.proposals().forEach(p -> proposed.put(p.candidateId(), p.slotId()));
        Map<Long, Placement> byId = new HashMap<>();
        for (Placement p : solution.getPlacements()) {
            byId.put(p.getId(), p);
            Long slotId = proposed.get(p.getId());
            p.setSlot(slotId == null ? null : solution.slotById(slotId));
        }
        return byId;
    }

    /**
     * The ceiling: a person can only get two alternatives at other hosts if at least two other hosts
     * have a feasible slot for them at all, full or not.
     */
    @Test
    void diagnosticOtherHostsWithinReach() {
        MatchingSolution solution = SolutionAssembler.toSolution(week);
        Map<Long, Placement> byId = proposedSolution(solution);
        int withChoice = 0;
        int fewerThanTwoOtherHosts = 0;
        int twoAlternatives = 0;
        int twoAtOtherHosts = 0;
        for (ProposalOutcome proposal : outcome.proposals()) {
            Placement p = byId.get(proposal.candidateId());
            if (p.isPinned() || !OutcomeWriter.hasChoice(p)) {
                continue;
            }
            withChoice++;
            Set<Object> otherHosts = new HashSet<>();
            for (var slot : p.getSlotOptions()) {
                if (slot.host() != p.getSlot().host() && p.optionFor(slot).feasible()) {
                    otherHosts.add(slot.host());
                }
            }
            if (otherHosts.size() < 2) {
                fewerThanTwoOtherHosts++;
            }
            if (proposal.alternatives().size() >= 2) {
                twoAlternatives++;
            }
            if (proposal.alternatives().stream().map(AlternativeOutcome::hostId)
                    .filter(h -> h != p.getSlot().host().id()).distinct().count() >= 2) {
                twoAtOtherHosts++;
            }
        }
        System.out.printf("diagnostic: %d with 3+ feasible slots; %d of them reach fewer than two other hosts at all"
                        + " (ceiling %.1f%%); %d got 2+ alternatives, %d at two other hosts%n", withChoice,
                fewerThanTwoOtherHosts, 100.0 * (withChoice - fewerThanTwoOtherHosts) / withChoice, twoAlternatives,
                twoAtOtherHosts);
        assertThat(withChoice).isEqualTo(outcome.placedWithChoice());
        assertThat(twoAlternatives).isEqualTo(outcome.placedWithChoiceGivenTwoAlternatives());
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
    void everyChainKeepsEveryonePlacedUnderEveryHardRule() {
        MatchingSolution solution = SolutionAssembler.toSolution(week);
        Map<Long, Placement> byId = proposedSolution(solution);
        assertThat(HardRuleRecheck.findBreaches(solution)).isEmpty();

        int checked = 0;
        for (ProposalOutcome proposal : outcome.proposals()) {
            for (AlternativeOutcome a : proposal.alternatives()) {
                if (!a.needsSwap()) {
                    continue;
                }
                Placement person = byId.get(proposal.candidateId());
                assertThat(a.moves()).as("at most two other people move").hasSizeLessThanOrEqualTo(2);
                Placement first = byId.get(a.moves().get(0).candidateId());
                assertThat(first.getSlot().supervisor()).as("the first mover makes way in the slot or under its supervisor")
                        .isSameAs(solution.slotById(a.slotId()).supervisor());
                Set<Long> movers = new HashSet<>();
                for (AlternativeOutcome.Move m : a.moves()) {
                    Placement other = byId.get(m.candidateId());
                    assertThat(other.isPinned()).as("pinned people never move").isFalse();
                    assertThat(other).isNotSameAs(person);
                    assertThat(movers.add(m.candidateId())).as("nobody moves twice").isTrue();
                    assertThat(m.fromSlotId()).as("a move starts from the slot proposed to the mover")
                            .isEqualTo(other.getSlot().id());
                }
                // Apply every move at once, re-check every hard rule independently, then undo.
                person.setSlot(solution.slotById(a.slotId()));
                a.moves().forEach(m -> byId.get(m.candidateId()).setSlot(solution.slotById(m.toSlotId())));
                List<HardRuleRecheck.Breach> breaches = HardRuleRecheck.findBreaches(solution);
                a.moves().forEach(m -> byId.get(m.candidateId()).setSlot(solution.slotById(m.fromSlotId())));
                person.setSlot(solution.slotById(proposal.slotId()));
                assertThat(breaches).as("person %d to slot %d, then %s", proposal.candidateId(), a.slotId(),
                        a.moves()).isEmpty();
                assertThat(a.explanationJa()).contains(a.moves().size() == 1 ? "お二人とも参加できます"
                        : "さらに別の1人が");
                checked++;
            }
        }
        assertThat(HardRuleRecheck.findBreaches(solution)).isEmpty();
        assertThat(checked).as("chains on the sample week").isPositive();
    }
}
