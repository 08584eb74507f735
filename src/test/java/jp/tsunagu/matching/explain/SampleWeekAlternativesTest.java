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
 * have them, close to what any moves could give, and every swap or chain keeps everyone placed under
 * every hard rule.
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
     * The week is tight (170 of 300 placed, most nearby slots full). Measured 71-73 % with chains of
     * up to two moves (69-72 % with single swaps, 58 % with slots with room only); no moves at all
     * could reach 90 % on this week (see {@link #theShareIsCloseToWhatAnyMovesCouldReach}), so this
     * guards the level reached.
     */
    @Test
    void mostPeopleWithAChoiceGetTwoAlternatives() {
        assertThat(outcome.placedWithChoice()).isGreaterThan(80);
        assertThat(outcome.twoAlternativesSharePct()).isGreaterThanOrEqualTo(69.0);
    }

    /**
     * Why the share stays far below 90 %: the honest ceiling. A person can only be given two
     * alternatives at other hosts if two other hosts have a feasible slot that has room or that some
     * moves of other people open while everyone stays placed — checked exhaustively, by a maximum
     * flow over every feasible pair and every capacity, with chains of any length
     * ({@link EveryoneStaysPlaced}). On this tight week most of the people left with fewer than two
     * alternatives have no such second host at all.
     */
    @Test
    void theShareIsCloseToWhatAnyMovesCouldReach() {
        MatchingSolution solution = SolutionAssembler.toSolution(week);
        Map<Long, Placement> byId = proposedSolution(solution);
        RoomLedger room = new RoomLedger(solution);
        int withChoice = 0;
        int fewerThanTwoOtherHosts = 0;
        int fewerThanTwoOpenHosts = 0;
        int twoAlternatives = 0;
        for (ProposalOutcome proposal : outcome.proposals()) {
            Placement p = byId.get(proposal.candidateId());
            if (p.isPinned() || !OutcomeWriter.hasChoice(p)) {
                continue;
            }
            withChoice++;
            Set<Object> otherHosts = new HashSet<>();
            Set<Object> openHosts = new HashSet<>();
            for (var slot : p.getSlotOptions()) {
                if (slot.host() == p.getSlot().host() || !p.optionFor(slot).feasible()) {
                    continue;
                }
                otherHosts.add(slot.host());
                if (!openHosts.contains(slot.host()) && (room.hasRoomLeaving(slot, p.getSlot())
                        || EveryoneStaysPlaced.possible(solution, p, slot))) {
                    openHosts.add(slot.host());
                }
            }
            fewerThanTwoOtherHosts += otherHosts.size() < 2 ? 1 : 0;
            fewerThanTwoOpenHosts += openHosts.size() < 2 ? 1 : 0;
            twoAlternatives += proposal.alternatives().size() >= 2 ? 1 : 0;
            long offeredHosts = proposal.alternatives().stream().map(AlternativeOutcome::hostId)
                    .filter(h -> h != p.getSlot().host().id()).distinct().count();
            assertThat(offeredHosts).as("person %d is offered no host that no moves could open", p.getId())
                    .isLessThanOrEqualTo(openHosts.size());
        }
        int ceiling = withChoice - fewerThanTwoOpenHosts;
        System.out.printf("ceiling: of %d people with 3+ feasible slots, %d reach fewer than two other hosts at all,"
                        + " %d fewer than two that have room or that any moves keeping everyone placed open;"
                        + " at most %d (%.1f%%) can have two alternatives at other hosts, %d (%.1f%%) have two or more%n",
                withChoice, fewerThanTwoOtherHosts, fewerThanTwoOpenHosts, ceiling, 100.0 * ceiling / withChoice,
                twoAlternatives, 100.0 * twoAlternatives / withChoice);
        assertThat(withChoice).isEqualTo(outcome.placedWithChoice());
        assertThat(twoAlternatives).isEqualTo(outcome.placedWithChoiceGivenTwoAlternatives());
        assertThat(100.0 * ceiling / withChoice).as("the week allows 90%%: raise the threshold above").isLessThan(90.0);
        assertThat(twoAlternatives).as("chains of at most two moves come close to any moves").isGreaterThanOrEqualTo(ceiling - 5);
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
