package jp.tsunagu.matching.explain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import jp.tsunagu.matching.outcome.UnplacedOutcome;
import jp.tsunagu.matching.outcome.UnplacedReason;
import jp.tsunagu.matching.problem.CandidateFact;
import jp.tsunagu.matching.rules.PairJudge;
import jp.tsunagu.matching.rules.PairRule;
import jp.tsunagu.matching.solver.MatchingSolution;
import jp.tsunagu.matching.solver.Placement;
import jp.tsunagu.matching.solver.Slot;
import jp.tsunagu.matching.solver.SolutionAssembler;
import jp.tsunagu.matching.travel.Journey;
import jp.tsunagu.sample.SampleWeekGenerator;
import org.junit.jupiter.api.Test;

/**
 * The unplaced analysis counts by groups of people who share what a rule reads; on the sample week
 * its counts equal those of judging every unplaced person against every slot, pair by pair.
 */
class UnplacedAnalyserTest {

    @Test
    void countsEqualThoseOfJudgingEveryPairOnTheSampleWeek() {
        MatchingSolution solution = SolutionAssembler.toSolution(SampleWeekGenerator.defaultWeek());
        placeFirstFit(solution);
        RoomLedger room = new RoomLedger(solution);
        UnplacedAnalyser analyser = new UnplacedAnalyser(solution, room, new Labels(solution.getProblem()));
        PairJudge judge = solution.getEvaluator().judge();

        int unplaced = 0;
        for (Placement p : solution.getPlacements()) {
            if (p.getSlot() != null) {
                continue;
            }
            unplaced++;
            UnplacedOutcome outcome = analyser.analyse(p);
            Map<String, Integer> expected = new TreeMap<>();
            for (Slot slot : solution.getSlots()) {
                CandidateFact person = p.getCandidate();
                Journey journey = solution.getEvaluator().journey(person, p.getMunicipalityIndex(), slot);
                int broken = judge.brokenRules(person, slot.fact(), slot.task(), slot.host().fact(), journey);
                for (PairRule rule : PairRule.values()) {
                    if (rule.brokenIn(broken)) {
                        expected.merge(rule.constraintName(), 1, Integer::sum);
                    }
                }
                if (broken == 0) {
                    expected.merge(room.hasRoom(slot) ? UnplacedAnalyser.ROOM_LEFT : UnplacedAnalyser.FULL, 1,
                            Integer::sum);
                }
                if (outcome.smallestChange() != null && outcome.smallestChange().slotId() == slot.id()) {
                    assertThat(Integer.bitCount(broken)).as("the change opens the slot")
                            .isEqualTo(outcome.smallestChange().changes());
                    assertThat(room.hasRoom(slot)).isTrue();
                }
            }
            Map<String, Integer> counted = outcome.reasons().stream()
                    .collect(Collectors.toMap(UnplacedReason::rule, UnplacedReason::slots, (a, b) -> a, TreeMap::new));
            assertThat(counted).as("person %d", p.getId()).isEqualTo(expected);
        }
        assertThat(unplaced).isGreaterThan(50);
    }

    /** Each person in the first slot of their range that has room, in order: some are left over. */
    private static void placeFirstFit(MatchingSolution solution) {
        Map<Slot, Integer> bySlot = new IdentityHashMap<>();
        Map<Object, Integer> bySupervisor = new HashMap<>();
        for (Placement p : solution.getPlacements()) {
            if (p.isPinned()) {
                bySlot.merge(p.getSlot(), 1, Integer::sum);
                bySupervisor.merge(p.getSlot().supervisor(), 1, Integer::sum);
                continue;
            }
            for (Slot slot : p.getSlotOptions()) {
                if (p.optionFor(slot).feasible() && bySlot.getOrDefault(slot, 0) < slot.capacity()
                        && bySupervisor.getOrDefault(slot.supervisor(), 0) < slot.supervisor().capacity()) {
                    p.setSlot(slot);
                    bySlot.merge(slot, 1, Integer::sum);
                    bySupervisor.merge(slot.supervisor(), 1, Integer::sum);
                    break;
                }
            }
        }
    }
}
