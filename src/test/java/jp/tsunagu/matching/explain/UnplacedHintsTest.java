package jp.tsunagu.matching.explain;

import static jp.tsunagu.matching.fixture.Fixture.AZUMINO;
import static jp.tsunagu.matching.fixture.Fixture.MATSUMOTO;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.tsunagu.candidate.TravelMode;
import jp.tsunagu.matching.fixture.Fixture;
import jp.tsunagu.matching.outcome.MatchingOutcome;
import jp.tsunagu.matching.outcome.OpeningChange;
import jp.tsunagu.matching.outcome.ProposalOutcome;
import jp.tsunagu.matching.outcome.UnplacedOutcome;
import jp.tsunagu.matching.problem.CandidateFact;
import jp.tsunagu.matching.problem.MatchingProblem;
import jp.tsunagu.matching.problem.MatchingSettings;
import jp.tsunagu.matching.problem.ProblemFiles;
import jp.tsunagu.matching.rules.PairJudge;
import jp.tsunagu.matching.solver.MatchingSolution;
import jp.tsunagu.matching.solver.Slot;
import jp.tsunagu.matching.solver.SolutionAssembler;
import jp.tsunagu.matching.solver.WeeklyMatcher;
import jp.tsunagu.registry.WorkKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A hint for every unplaced person of the committed sample week, solved briefly: the smallest change
 * on their side (one, or two where no single one suffices) that opens a slot with room, or the
 * network's gap in words. Every change given is applied to the person and judged again by every
 * pairwise rule, and its slot has room in the proposals.
 */
class UnplacedHintsTest {

    private static MatchingProblem week;
    private static MatchingOutcome outcome;

    @BeforeAll
    static void solve() {
        week = ProblemFiles.read(Path.of("sample-data/nagano/week-default.json"))
                .withSettings(MatchingSettings.defaults().withSolveTime(6, 2));
        outcome = WeeklyMatcher.fromDefaultConfig().newRun(week).solve();
        long changes = outcome.unplaced().stream().filter(u -> u.smallestChange() != null).count();
        long two = outcome.unplaced().stream().filter(u -> u.smallestChange() != null
                && u.smallestChange().changes() == 2).count();
        long gaps = outcome.unplaced().stream().filter(u -> u.gap() != null).count();
        System.out.printf("sample week: %d unplaced, %d with a change (%d of two), %d with a gap%n",
                outcome.unplaced().size(), changes, two, gaps);
    }

    /**
     * The texts read right whatever the labels they join: each count of slots is said once, and the
     * accommodations, nouns (静かな環境) and verb phrases (重い物を持たない) alike, stand in brackets
     * rather than before a particle that fits only nouns (「重い物を持たないのある」).
     */
    @Test
    void theTextsSayEachCountOnceAndBracketTheAccommodations() {
        java.util.regex.Pattern countTwice = java.util.regex.Pattern.compile("（[^（）]*\\d+枠）（\\d+枠）");
        List<String> accommodationLabels = week.accommodations().stream().map(a -> a.labelJa()).toList();
        int texts = 0;
        for (UnplacedOutcome u : outcome.unplaced()) {
            List<String> said = new java.util.ArrayList<>(List.of(u.summaryJa()));
            u.reasons().forEach(r -> said.add(r.messageJa()));
            if (u.gap() != null) {
                said.add(u.gap().messageJa());
            }
            if (u.smallestChange() != null) {
                said.add(u.smallestChange().messageJa());
            }
            for (String text : said) {
                texts++;
                assertThat(countTwice.matcher(text).find()).as(text).isFalse();
                for (String label : accommodationLabels) {
                    assertThat(text).as(text).doesNotContain(label + "のある", label + "の受入枠");
                }
            }
            if (u.gap() != null && !week.candidates().stream().filter(c -> c.id() == u.candidateId()).findFirst()
                    .orElseThrow().accommodationNeeds().isEmpty()) {
                assertThat(u.gap().messageJa()).contains("必要な配慮（", "）に対応できる");
            }
        }
        assertThat(texts).isGreaterThan(outcome.unplaced().size());
    }

    @Test
    void everyUnplacedPersonGetsAChangeOrAGap() {
        assertThat(outcome.unplaced()).isNotEmpty();
        assertThat(outcome.unplaced()).allSatisfy(u -> {
            assertThat(u.smallestChange() != null || u.gap() != null)
                    .as("person %d: %s", u.candidateId(), u.summaryJa()).isTrue();
            if (u.gap() != null) {
                assertThat(u.gap().messageJa()).contains("受入枠");
                assertThat(u.summaryJa()).contains("不足している受入枠");
            }
        });
    }

    @Test
    void everyChangeGivenReallyOpensASlotWithRoomUnderEveryHardRule() {
        MatchingSolution solution = SolutionAssembler.toSolution(week);
        PairJudge judge = solution.getEvaluator().judge();
        Map<Long, Integer> taken = new HashMap<>();
        Map<Object, Integer> supervised = new HashMap<>();
        for (ProposalOutcome p : outcome.proposals()) {
            taken.merge(p.slotId(), 1, Integer::sum);
            supervised.merge(solution.slotById(p.slotId()).supervisor(), 1, Integer::sum);
        }
        Map<Long, CandidateFact> people = new HashMap<>();
        week.candidates().forEach(c -> people.put(c.id(), c));
        int checked = 0;
        for (UnplacedOutcome u : outcome.unplaced()) {
            OpeningChange change = u.smallestChange();
            if (change == null) {
                continue;
            }
            Slot slot = solution.slotById(change.slotId());
            CandidateFact changed = applied(people.get(u.candidateId()), change, slot);
            var journey = judge.journey(changed, slot.fact(), slot.host().fact());
            assertThat(judge.brokenRules(changed, slot.fact(), slot.task(), slot.host().fact(), journey))
                    .as("person %d after %s", u.candidateId(), change.messageJa()).isZero();
            assertThat(taken.getOrDefault(slot.id(), 0)).isLessThan(slot.capacity());
            assertThat(supervised.getOrDefault(slot.supervisor(), 0)).isLessThan(slot.supervisor().capacity());
            checked++;
        }
        assertThat(checked).isPositive();
    }

    /**
     * Person 1 in Matsumoto drives 15 minutes at most and only on Tuesdays; the one slot in Azumino
     * (Monday) is 20-odd minutes away: neither a weekday nor more minutes alone opens it, both do.
     */
    @Test
    void twoChangesWhereNoSingleOneSuffices() {
        MatchingProblem problem = Fixture.problem()
                .site(1, AZUMINO, WorkKind.FARMING, 2, Fixture.slot(11, 10).weekdays(DayOfWeek.MONDAY).capacity(2))
                .candidate(Fixture.candidate(1).in(MATSUMOTO).travel(TravelMode.CAR, 15).days(DayOfWeek.TUESDAY))
                .build();
        MatchingOutcome alone = WeeklyMatcher.fromDefaultConfig()
                .newRun(problem.withSettings(Fixture.settings().withSolveTime(1, 1))).solve();

        UnplacedOutcome u = alone.unplaced().get(0);
        OpeningChange change = u.smallestChange();
        assertThat(change).isNotNull();
        assertThat(change.changes()).isEqualTo(2);
        assertThat(java.util.List.of(change.kind(), change.secondKind()))
                .containsExactlyInAnyOrder("ONE_MORE_WEEKDAY", "MORE_TRAVEL_MINUTES");
        assertThat(change.messageJa()).contains("次の2つを変えれば", "月曜", "通所時間の上限をあと");
        assertThat(u.summaryJa()).contains("条件を二つ変えると");
        assertThat(u.gap()).isNull();

        MatchingSolution solution = SolutionAssembler.toSolution(problem);
        Slot slot = solution.slotById(11L);
        CandidateFact changed = applied(problem.candidates().get(0), change, slot);
        PairJudge judge = solution.getEvaluator().judge();
        assertThat(judge.brokenRules(changed, slot.fact(), slot.task(), slot.host().fact(),
                judge.journey(changed, slot.fact(), slot.host().fact()))).isZero();
    }

    @Test
    void aPersonNoChangeCanPlaceIsGivenTheKindOfSlotTheNetworkLacks() {
        MatchingProblem problem = Fixture.problem()
                .site(1, AZUMINO, WorkKind.FARMING, 2, Fixture.slot(11, 10))
                .candidate(Fixture.candidate(1).in(MATSUMOTO).travel(TravelMode.PICK_UP, 30))
                .build();
        MatchingOutcome alone = WeeklyMatcher.fromDefaultConfig()
                .newRun(problem.withSettings(Fixture.settings().withSolveTime(1, 1))).solve();

        UnplacedOutcome u = alone.unplaced().get(0);
        assertThat(u.smallestChange()).isNull();
        assertThat(u.gap().kind()).isEqualTo("PICK_UP");
        assertThat(u.gap().municipalityCode()).isEqualTo(MATSUMOTO.code());
        assertThat(u.gap().messageJa()).contains("お住まいの市町村からの送迎がない", "松本市から送迎で30分以内");
    }

    private static CandidateFact applied(CandidateFact person, OpeningChange change, Slot slot) {
        CandidateFact changed = PersonChanges.apply(person, change.kind(), change.amount(), slot.fact());
        if (change.secondKind() != null) {
            changed = PersonChanges.apply(changed, change.secondKind(), change.secondAmount(), slot.fact());
        }
        return changed;
    }
}
