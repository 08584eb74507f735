package jp.tsunagu.matching.explain;

import static jp.tsunagu.matching.fixture.Fixture.AZUMINO;
import static jp.tsunagu.matching.fixture.Fixture.MATSUMOTO;
import static jp.tsunagu.matching.fixture.Fixture.NAGANO;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Month;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import jp.tsunagu.candidate.TravelMode;
import jp.tsunagu.matching.fixture.Fixture;
import jp.tsunagu.matching.outcome.AlternativeOutcome;
import jp.tsunagu.matching.outcome.MatchingOutcome;
import jp.tsunagu.matching.outcome.ProposalOutcome;
import jp.tsunagu.matching.outcome.SolveStatistics;
import jp.tsunagu.matching.outcome.UnplacedOutcome;
import jp.tsunagu.matching.outcome.UnplacedReason;
import jp.tsunagu.matching.problem.MatchingProblem;
import jp.tsunagu.matching.solver.MatchingSolution;
import jp.tsunagu.matching.solver.Placement;
import jp.tsunagu.matching.solver.SolutionAssembler;
import jp.tsunagu.matching.solver.WeeklyMatcher;
import jp.tsunagu.registry.WorkKind;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.impl.score.director.InnerScoreDirector;
import org.optaplanner.core.impl.solver.DefaultSolverFactory;

/**
 * Explanations, alternatives and unplaced reasons of a hand-made round in Matsumoto. Slots (all
 * Mon/Wed 9-12, capacity 1 unless said): host 1 farm 11, 12 (task offers a quiet place); host 2 farm
 * 21, 22; host 3 cleaning in Azumino 31, 32 (32 picks up from Azumino); host 4 kitchen 41; host 5
 * farm in Nagano 51; host 6 sales 61 (September only); host 7 light work 72 (Mon/Tue).
 */
class OutcomeWriterTest {

    private static final DefaultSolverFactory<MatchingSolution> FACTORY = (DefaultSolverFactory<MatchingSolution>)
            SolverFactory.<MatchingSolution>create(SolverConfig.createFromXmlResource(WeeklyMatcher.CONFIG_RESOURCE));

    static Fixture.ProblemBuilder round() {
        return Fixture.problem()
                .host(Fixture.host(1, MATSUMOTO)).supervisor(Fixture.supervisor(10, 1, 5))
                .task(Fixture.task(10, 1, 10, WorkKind.FARMING, "quiet_place"))
                .slot(Fixture.slot(11, 10)).slot(Fixture.slot(12, 10))
                .site(2, MATSUMOTO, WorkKind.FARMING, 5, Fixture.slot(21, 20), Fixture.slot(22, 20))
                .site(3, AZUMINO, WorkKind.CLEANING, 5, Fixture.slot(31, 30), Fixture.slot(32, 30).pickUpFrom(AZUMINO))
                .site(4, MATSUMOTO, WorkKind.KITCHEN_HELP, 5, Fixture.slot(41, 40))
                .site(5, NAGANO, WorkKind.FARMING, 5, Fixture.slot(51, 50))
                .site(6, MATSUMOTO, WorkKind.SALES, 5, Fixture.slot(61, 60).season(Month.SEPTEMBER))
                .site(7, MATSUMOTO, WorkKind.LIGHT_WORK, 5,
                        Fixture.slot(72, 70).weekdays(DayOfWeek.MONDAY, DayOfWeek.TUESDAY))
                .candidate(Fixture.candidate(1).interests(WorkKind.FARMING))
                .candidate(Fixture.candidate(2))
                .candidate(Fixture.candidate(3))
                .candidate(Fixture.candidate(4).needs("quiet_place"))
                .candidate(Fixture.candidate(5).in(AZUMINO).travel(TravelMode.PICK_UP, 60))
                .candidate(Fixture.candidate(8).travel(TravelMode.CAR, 15).days(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY)
                        .excludes(2L))
                .candidate(Fixture.candidate(9).in(NAGANO).needs("wheelchair"));
    }

    private MatchingSolution solution;
    private InnerScoreDirector<MatchingSolution, HardMediumSoftLongScore> scoreDirector;

    private MatchingOutcome write(MatchingProblem problem, Map<Long, Long> assignment) {
        solution = SolutionAssembler.toSolution(problem);
        for (Placement p : solution.getPlacements()) {
            Long slotId = assignment.get(p.getId());
            p.setSlot(slotId == null ? null : solution.slotById(slotId));
        }
        scoreDirector = scoreDirector(solution);
        return new OutcomeWriter().write(solution, scoreDirector, new SolveStatistics(0, 0, 0, 0, 0, 0));
    }

    @SuppressWarnings("unchecked")
    private static InnerScoreDirector<MatchingSolution, HardMediumSoftLongScore> scoreDirector(MatchingSolution s) {
        var director = (InnerScoreDirector<MatchingSolution, HardMediumSoftLongScore>)
                FACTORY.getScoreDirectorFactory().buildScoreDirector(false, false);
        director.setWorkingSolution(s);
        return director;
    }

    private static final Map<Long, Long> ASSIGNMENT = Map.of(1L, 11L, 2L, 41L, 4L, 12L, 5L, 32L);

    private static ProposalOutcome proposal(MatchingOutcome outcome, long candidateId) {
        return outcome.proposals().stream().filter(p -> p.candidateId() == candidateId).findFirst().orElseThrow();
    }

    private static UnplacedOutcome unplaced(MatchingOutcome outcome, long candidateId) {
        return outcome.unplaced().stream().filter(u -> u.candidateId() == candidateId).findFirst().orElseThrow();
    }

    @Test
    void aProposalIsExplainedByTravelAccommodationsInterestsAndHost() {
        MatchingOutcome outcome = write(round().build(), ASSIGNMENT);

        assertThat(proposal(outcome, 1).explanationJa())
                .contains("自家用車で片道10分（上限60分）", "「農作業」", "地元（松本市）", "積極的に受け入れている")
                .doesNotContain("配慮");
        assertThat(proposal(outcome, 4).explanationJa()).contains("必要な配慮（静かな環境）にすべて対応");
        ProposalOutcome pickedUp = proposal(outcome, 5);
        assertThat(pickedUp.travelledBy()).isEqualTo(TravelMode.PICK_UP);
        assertThat(pickedUp.explanationJa()).contains("事業所の送迎で片道20分");
    }

    @Test
    void aSlotsOwnPickUpRunIsExplainedWithItsPointAndMinutes() {
        MatchingProblem problem = round()
                .site(8, MATSUMOTO, WorkKind.FARMING, 5, Fixture.slot(81, 80).capacity(2).pickUpRun(NAGANO, "長野駅", 45))
                .candidate(Fixture.candidate(20).in(NAGANO).travel(TravelMode.PICK_UP, 60))
                .candidate(Fixture.candidate(21).in(NAGANO).travel(TravelMode.PICK_UP, 40))
                .build();
        MatchingOutcome outcome = write(problem, Map.of(20L, 81L));

        ProposalOutcome pickedUp = proposal(outcome, 20);
        assertThat(pickedUp.travelledBy()).isEqualTo(TravelMode.PICK_UP);
        assertThat(pickedUp.travelMinutes()).isEqualTo(45);
        assertThat(pickedUp.explanationJa()).contains("長野駅から事業所の送迎で片道45分（上限60分）");
        // Person 21 manages 40 minutes: the run from Nagano is there, but 5 minutes too long.
        UnplacedOutcome u = unplaced(outcome, 21);
        assertThat(u.reasons()).filteredOn(r -> r.rule().equals("travelWithinReach")).singleElement()
                .extracting(UnplacedReason::messageJa).asString()
                .contains("うち1枠はお住まいの市町村から送迎がありますが、送迎でも片道40分を超えます");
        assertThat(u.smallestChange().messageJa()).contains("あと5分", "長野駅から事業所の送迎で片道45分");
    }

    @Test
    void alternativesAreFeasibleWithRoomRankedByExactScoreAndVaried() {
        MatchingOutcome outcome = write(round().build(), ASSIGNMENT);
        HardMediumSoftLongScore chosen = scoreDirector.calculateScore();
        List<AlternativeOutcome> alternatives = proposal(outcome, 1).alternatives();

        assertThat(alternatives).extracting(AlternativeOutcome::rank).containsExactly(1, 2, 3);
        // 12, 41 and 32 are full; 51 is too far, 61 out of season: never offered.
        assertThat(alternatives).extracting(AlternativeOutcome::slotId).doesNotContain(11L, 12L, 32L, 41L, 51L, 61L);
        // By score alone the two farm slots of host 2 (interest) would come first; one kind each is preferred.
        Set<WorkKind> kinds = alternatives.stream().map(a -> solution.slotById(a.slotId()).task().workKind())
                .collect(Collectors.toSet());
        assertThat(kinds).containsExactlyInAnyOrder(WorkKind.FARMING, WorkKind.LIGHT_WORK, WorkKind.CLEANING);
        assertThat(solution.slotById(alternatives.get(0).slotId()).task().workKind()).isEqualTo(WorkKind.FARMING);

        // Each difference is exact: moving person 1 there in a fresh score director gives the same.
        MatchingSolution fresh = SolutionAssembler.toSolution(round().build());
        Map<Long, Placement> byId = fresh.getPlacements().stream()
                .collect(Collectors.toMap(Placement::getId, p -> p));
        ASSIGNMENT.forEach((candidate, slot) -> byId.get(candidate).setSlot(fresh.slotById(slot)));
        HardMediumSoftLongScore previous = null;
        for (AlternativeOutcome alternative : alternatives) {
            byId.get(1L).setSlot(fresh.slotById(alternative.slotId()));
            HardMediumSoftLongScore moved = scoreDirector(fresh).calculateScore();
            assertThat(alternative.scoreDifference()).isEqualTo(moved.subtract(chosen).toString());
            assertThat(moved.hardScore()).isZero();
            if (previous != null) {
                assertThat(moved).as("one per kind, ranked by score").isLessThanOrEqualTo(previous);
            }
            previous = moved;
        }
        // The working solution is left as it was.
        assertThat(solution.getPlacements().get(0).getSlot().id()).isEqualTo(11L);
        assertThat(scoreDirector.calculateScore()).isEqualTo(chosen);
    }

    /**
     * Host 1 next door has four slots of one farm task; hosts 2, 3 and 4 in Azumino have one farm
     * slot each. By score alone the three other slots of host 1 come first (no travel, local).
     */
    static Fixture.ProblemBuilder oneNearHostWithManySlots() {
        return Fixture.problem()
                .site(1, MATSUMOTO, WorkKind.FARMING, 9, Fixture.slot(11, 10), Fixture.slot(12, 10),
                        Fixture.slot(13, 10).weekdays(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY), Fixture.slot(14, 10))
                .site(2, AZUMINO, WorkKind.FARMING, 5, Fixture.slot(21, 20))
                .site(3, AZUMINO, WorkKind.CLEANING, 5,
                        Fixture.slot(31, 30).weekdays(DayOfWeek.FRIDAY).at(java.time.LocalTime.of(13, 0), 2))
                .site(4, AZUMINO, WorkKind.FARMING, 5, Fixture.slot(41, 40))
                .candidate(Fixture.candidate(1).interests(WorkKind.FARMING));
    }

    @Test
    void alternativesAreAtOtherHostsEvenWhenTheProposalsHostHasTheBestScores() {
        MatchingOutcome outcome = write(oneNearHostWithManySlots().build(), Map.of(1L, 11L));
        HardMediumSoftLongScore chosen = scoreDirector.calculateScore();
        List<AlternativeOutcome> alternatives = proposal(outcome, 1).alternatives();

        assertThat(alternatives).extracting(AlternativeOutcome::hostId).containsExactlyInAnyOrder(2L, 3L, 4L);
        assertThat(alternatives).extracting(AlternativeOutcome::explanationJa).doesNotHaveDuplicates();
        // Ranked by the exact score difference, and each one feasible.
        MatchingSolution fresh = SolutionAssembler.toSolution(oneNearHostWithManySlots().build());
        HardMediumSoftLongScore previous = null;
        for (AlternativeOutcome alternative : alternatives) {
            fresh.getPlacements().get(0).setSlot(fresh.slotById(alternative.slotId()));
            HardMediumSoftLongScore moved = scoreDirector(fresh).calculateScore();
            assertThat(moved.hardScore()).isZero();
            assertThat(alternative.scoreDifference()).isEqualTo(moved.subtract(chosen).toString());
            if (previous != null) {
                assertThat(moved).isLessThanOrEqualTo(previous);
            }
            previous = moved;
        }
        // The cleaning slot stays in although host 4's farm slot is as good: one of each kind first.
        assertThat(alternatives).extracting(AlternativeOutcome::workKind).contains(WorkKind.CLEANING);
    }

    @Test
    void anAlternativeSaysWhichHostTaskKindOfWorkAndHours() {
        MatchingOutcome outcome = write(oneNearHostWithManySlots().build(), Map.of(1L, 11L));
        AlternativeOutcome cleaning = proposal(outcome, 1).alternatives().stream()
                .filter(a -> a.slotId() == 31L).findFirst().orElseThrow();

        assertThat(cleaning.hostName()).isEqualTo("事業所3");
        assertThat(cleaning.taskTitle()).isEqualTo("清掃30");
        assertThat(cleaning.workKind()).isEqualTo(WorkKind.CLEANING);
        assertThat(cleaning.weekdays()).containsExactly(DayOfWeek.FRIDAY);
        assertThat(cleaning.startTime()).isEqualTo(java.time.LocalTime.of(13, 0));
        assertThat(cleaning.hoursPerDay()).isEqualTo(2);
        assertThat(cleaning.explanationJa()).startsWith("事業所3の「清掃30」（清掃）、金 13:00〜15:00。")
                .contains("自家用車で片道18分");
    }

    @Test
    void theProposalsHostIsOfferedOnlyWhenNoOtherHostHasRoom() {
        MatchingProblem onlyHostOne = Fixture.problem()
                .host(Fixture.host(1, MATSUMOTO)).supervisor(Fixture.supervisor(10, 1, 1))
                .task(Fixture.task(100, 1, 10, WorkKind.FARMING)).task(Fixture.task(101, 1, 10, WorkKind.SALES))
                .slot(Fixture.slot(11, 100)).slot(Fixture.slot(12, 100).weekdays(DayOfWeek.FRIDAY))
                .slot(Fixture.slot(13, 101))
                .site(2, AZUMINO, WorkKind.FARMING, 5, Fixture.slot(21, 20))
                .candidate(Fixture.candidate(1))
                .candidate(Fixture.candidate(2))
                .build();

        // Host 2's only slot is taken: host 1 remains, one slot per task. Its supervisor looks after
        // one person at most, and that place is the person's own once they move.
        List<AlternativeOutcome> alternatives = proposal(write(onlyHostOne, Map.of(1L, 11L, 2L, 21L)), 1)
                .alternatives();
        assertThat(alternatives).filteredOn(a -> !a.needsSwap()).extracting(AlternativeOutcome::hostId).containsOnly(1L);
        assertThat(alternatives).filteredOn(a -> !a.needsSwap()).extracting(AlternativeOutcome::taskTitle)
                .containsExactlyInAnyOrder("農作業100", "販売101");
        // Host 2's full slot fills the list as a swap: its holder can take the person's slot.
        assertThat(alternatives).filteredOn(AlternativeOutcome::needsSwap).singleElement()
                .satisfies(a -> assertThat(a.slotId()).isEqualTo(21L))
                .satisfies(a -> assertThat(a.moves()).extracting(AlternativeOutcome.Move::candidateId)
                        .containsExactly(2L));

        List<AlternativeOutcome> withRoomElsewhere = proposal(write(onlyHostOne, Map.of(1L, 11L)), 1).alternatives();
        assertThat(withRoomElsewhere).extracting(AlternativeOutcome::hostId).containsExactly(2L);
    }

    @Test
    void unplacedReasonsCountTheSlotsEachRuleRulesOutAndTheFullOnes() {
        UnplacedOutcome u = unplaced(write(round().build(), ASSIGNMENT), 8);

        Map<String, Integer> counts = u.reasons().stream()
                .collect(Collectors.toMap(UnplacedReason::rule, UnplacedReason::slots));
        assertThat(counts).containsExactlyInAnyOrderEntriesOf(Map.of(
                "travelWithinReach", 3, "exclusionRespected", 2, "slotsFull", 3,
                "slotOpenInRoundWeek", 1, "scheduleWithinAvailability", 1));
        assertThat(u.reasons()).extracting(UnplacedReason::messageJa)
                .contains("自家用車で15分以内に通える受入枠がありません（3枠）",
                        "条件に合う受入枠はありますが、今週は定員に達しています（3枠）");
        assertThat(u.summaryJa()).startsWith("今回は受入枠を提案できませんでした");
    }

    @Test
    void excludedPairsAreAReasonOfTheirOwn() {
        MatchingProblem declinedHostTwo = round().candidate(Fixture.candidate(10).excludesSlots(21L, 22L)).build();
        UnplacedOutcome u = unplaced(write(declinedHostTwo, ASSIGNMENT), 10);
        assertThat(u.reasons()).filteredOn(r -> r.rule().equals("slotExclusionRespected"))
                .singleElement()
                .satisfies(r -> assertThat(r.slots()).isEqualTo(2))
                .satisfies(r -> assertThat(r.messageJa()).startsWith("除外された組み合わせ").endsWith("（2枠）"));
    }

    @Test
    void aStepUpBeyondEverySlotIsAReasonOfItsOwn() {
        // every slot of the round asks 3 h × 2 days = 6 hours a week
        MatchingProblem steppingUp = round().candidate(Fixture.candidate(10).steppingUpTo(7)).build();
        UnplacedOutcome u = unplaced(write(steppingUp, ASSIGNMENT), 10);
        assertThat(u.reasons()).filteredOn(r -> r.rule().equals("stepUpReachesNewStage"))
                .singleElement()
                .satisfies(r -> assertThat(r.messageJa()).isEqualTo("次のステップ（週7時間以上）に届かない受入枠です（10枠）"));
        assertThat(u.smallestChange()).as("stepping up is the support plan's decision, not a change to suggest")
                .isNull();
    }

    @Test
    void theSmallestChangeIsAFewMoreMinutesOfTravelBeforeAnotherWeekday() {
        UnplacedOutcome u = unplaced(write(round().build(), ASSIGNMENT), 8);
        // Azumino by car is 18 minutes against 15; slot 72 would need Tuesdays as well.
        assertThat(u.smallestChange().kind()).isEqualTo("MORE_TRAVEL_MINUTES");
        assertThat(u.smallestChange().amount()).isEqualTo(3);
        assertThat(u.smallestChange().slotId()).isEqualTo(31L);
        assertThat(u.smallestChange().messageJa()).contains("あと3分", "事業所3");
    }

    @Test
    void whenTheNearSlotIsFullTheSmallestChangeIsOneMoreWeekday() {
        Map<Long, Long> withAzuminoFull = new java.util.HashMap<>(ASSIGNMENT);
        withAzuminoFull.put(3L, 31L);
        UnplacedOutcome u = unplaced(write(round().build(), withAzuminoFull), 8);
        assertThat(u.smallestChange().kind()).isEqualTo("ONE_MORE_WEEKDAY");
        assertThat(u.smallestChange().slotId()).isEqualTo(72L);
        assertThat(u.smallestChange().messageJa()).startsWith("火曜日にも通えれば");
    }

    @Test
    void noSmallestChangeWhenOnlyTheHostsConditionsOrThePrefecturesLimitStandInTheWay() {
        UnplacedOutcome w = unplaced(write(round().build(), ASSIGNMENT), 9);
        assertThat(w.smallestChange()).isNull();
        assertThat(w.reasons()).extracting(UnplacedReason::rule).contains("accommodationsCovered", "travelWithinReach");
        assertThat(w.reasons().get(0).messageJa()).contains("車いす対応");
        assertThat(w.gap()).isNotNull();
        assertThat(w.gap().messageJa()).contains("長野市から", "必要な配慮（車いす対応）に対応できる");
        assertThat(w.summaryJa()).contains("県内に不足している受入枠：");
    }

    @Test
    void aStepUpInPacingIsOfferedOnlyOneHourAtATime() {
        MatchingProblem problem = Fixture.problem()
                .site(1, MATSUMOTO, WorkKind.FARMING, 5, Fixture.slot(11, 10).at(java.time.LocalTime.of(9, 0), 3),
                        Fixture.slot(12, 10).at(java.time.LocalTime.of(9, 0), 4))
                .candidate(Fixture.candidate(1).pacing(2, 5))
                .candidate(Fixture.candidate(2).pacing(1, 5))
                .build();
        MatchingOutcome outcome = write(problem, Map.of());
        assertThat(unplaced(outcome, 1).smallestChange().kind()).isEqualTo("MORE_HOURS_PER_DAY");
        assertThat(unplaced(outcome, 1).smallestChange().slotId()).isEqualTo(11L);
        assertThat(unplaced(outcome, 2).smallestChange()).as("two hours more would jump a stage").isNull();
    }

    /**
     * Three people in Matsumoto, each proposed one of three full slots (capacity 1) at three hosts
     * of three kinds of work; slot 41 of host 4 has room but is excluded for person 1.
     */
    static Fixture.ProblemBuilder allFullNearby() {
        return Fixture.problem()
                .site(1, MATSUMOTO, WorkKind.FARMING, 5, Fixture.slot(11, 10))
                .site(2, MATSUMOTO, WorkKind.CLEANING, 5, Fixture.slot(21, 20))
                .site(3, MATSUMOTO, WorkKind.KITCHEN_HELP, 5, Fixture.slot(31, 30))
                .site(4, MATSUMOTO, WorkKind.SALES, 5, Fixture.slot(41, 40));
    }

    private static final Map<Long, Long> ALL_FULL = Map.of(1L, 11L, 2L, 21L, 3L, 31L);

    @Test
    void aFullSlotIsAnAlternativeWhenItsHolderCanTakeThePersonsSlot() {
        MatchingProblem problem = allFullNearby()
                .candidate(Fixture.candidate(1).excludesSlots(41L))
                .candidate(Fixture.candidate(2)).candidate(Fixture.candidate(3))
                .build();
        MatchingOutcome outcome = write(problem, ALL_FULL);
        HardMediumSoftLongScore chosen = scoreDirector.calculateScore();
        List<AlternativeOutcome> alternatives = proposal(outcome, 1).alternatives();

        assertThat(alternatives).extracting(AlternativeOutcome::slotId).containsExactlyInAnyOrder(21L, 31L);
        assertThat(alternatives).allSatisfy(a -> {
            assertThat(a.needsSwap()).isTrue();
            assertThat(a.moves()).as("a plain exchange comes first").extracting(AlternativeOutcome.Move::path)
                    .containsExactly(List.of(a.slotId() == 21L ? 2L : 3L, a.slotId(), 11L));
            assertThat(a.explanationJa()).contains("この枠は別の方に提案中です。その方がこの方への今回の提案枠（事業所1の受入枠",
                    "に移れば、お二人とも参加できます").doesNotContain("C-2", "C-3");
        });
        // Priced exactly with both people moved; the working solution is left as it was.
        for (AlternativeOutcome a : alternatives) {
            MatchingSolution fresh = SolutionAssembler.toSolution(problem);
            Map<Long, Long> swapped = new java.util.HashMap<>(ALL_FULL);
            swapped.put(1L, a.slotId());
            a.moves().forEach(m -> swapped.put(m.candidateId(), m.toSlotId()));
            fresh.getPlacements().forEach(p -> p.setSlot(fresh.slotById(swapped.get(p.getId()))));
            HardMediumSoftLongScore moved = scoreDirector(fresh).calculateScore();
            assertThat(moved.hardScore()).isZero();
            assertThat(a.scoreDifference()).isEqualTo(moved.subtract(chosen).toString());
        }
        assertThat(scoreDirector.calculateScore()).isEqualTo(chosen);
        assertThat(outcome.placedWithChoice()).isEqualTo(3);
        assertThat(outcome.placedWithChoiceGivenTwoAlternatives()).isEqualTo(3);
    }

    @Test
    void aHolderWhoCannotTakeThePersonsSlotMovesToASlotWithRoom() {
        MatchingProblem problem = allFullNearby()
                .candidate(Fixture.candidate(1).excludesSlots(41L))
                .candidate(Fixture.candidate(2).excludesSlots(11L))
                .candidate(Fixture.candidate(3))
                .build();
        AlternativeOutcome toCleaning = proposal(write(problem, ALL_FULL), 1).alternatives().stream()
                .filter(a -> a.slotId() == 21L).findFirst().orElseThrow();
        assertThat(toCleaning.moves()).extracting(AlternativeOutcome.Move::path).containsExactly(List.of(2L, 21L, 41L));
        assertThat(toCleaning.explanationJa()).contains("その方が事業所4の受入枠（販売40）に移れば");
    }

    @Test
    void freeSlotsComeBeforeSwapsAndPinnedPeopleNeverMove() {
        MatchingProblem problem = allFullNearby()
                .candidate(Fixture.candidate(1))
                .candidate(Fixture.candidate(2))
                .candidate(Fixture.candidate(3).pinned(31L))
                .build();
        List<AlternativeOutcome> alternatives = proposal(write(problem, ALL_FULL), 1).alternatives();
        assertThat(alternatives).extracting(AlternativeOutcome::slotId).containsExactly(41L, 21L);
        assertThat(alternatives.get(0).needsSwap()).isFalse();
        assertThat(alternatives.get(0).moves()).isEmpty();
        assertThat(alternatives.get(1).moves()).extracting(AlternativeOutcome.Move::candidateId).containsExactly(2L);
    }

    @Test
    void aChainOfTwoMovesOpensAFullSlotWhenNoSingleSwapDoes() {
        // Person 2 can neither take slot 11 nor find room (41 is excluded): person 2 moves on to
        // slot 31, whose holder, person 3, takes person 1's slot 11.
        MatchingProblem problem = allFullNearby()
                .candidate(Fixture.candidate(1).excludesSlots(41L))
                .candidate(Fixture.candidate(2).excludesSlots(11L, 41L))
                .candidate(Fixture.candidate(3).excludesSlots(41L))
                .build();
        MatchingOutcome outcome = write(problem, ALL_FULL);
        HardMediumSoftLongScore chosen = scoreDirector.calculateScore();
        List<AlternativeOutcome> alternatives = proposal(outcome, 1).alternatives();
        AlternativeOutcome toCleaning = alternatives.stream().filter(a -> a.slotId() == 21L).findFirst().orElseThrow();

        assertThat(toCleaning.needsSwap()).isTrue();
        assertThat(toCleaning.moves()).extracting(AlternativeOutcome.Move::path)
                .containsExactly(List.of(2L, 21L, 31L), List.of(3L, 31L, 11L));
        assertThat(toCleaning.moves()).allSatisfy(m -> {
            assertThat(m.travelMinutes()).isPositive();
            assertThat(m.explanationJa()).contains("片道");
        });
        assertThat(toCleaning.explanationJa())
                .contains("この枠は別の方に提案中です。その方が事業所3の受入枠（",
                        "）へ、さらに別の1人がこの方への今回の提案枠（事業所1の受入枠（", "移れば、全員が参加できます。")
                .doesNotContain("C-2", "C-3", "お二人");
        // Priced exactly with all three people moved; the working solution is left as it was.
        MatchingSolution fresh = SolutionAssembler.toSolution(problem);
        Map<Long, Long> moved = new java.util.HashMap<>(ALL_FULL);
        moved.put(1L, 21L);
        toCleaning.moves().forEach(m -> moved.put(m.candidateId(), m.toSlotId()));
        fresh.getPlacements().forEach(p -> p.setSlot(fresh.slotById(moved.get(p.getId()))));
        HardMediumSoftLongScore score = scoreDirector(fresh).calculateScore();
        assertThat(score.hardScore()).isZero();
        assertThat(toCleaning.scoreDifference()).isEqualTo(score.subtract(chosen).toString());
        assertThat(scoreDirector.calculateScore()).isEqualTo(chosen);
        // Slot 31 is a plain exchange with person 3: the shortest chain comes first.
        assertThat(alternatives).filteredOn(a -> a.slotId() == 31L).singleElement()
                .satisfies(a -> assertThat(a.moves()).extracting(AlternativeOutcome.Move::path)
                        .containsExactly(List.of(3L, 31L, 11L)));
    }

    @Test
    void noChainMovesAPinnedPersonOrIntoAnExcludedSlot() {
        MatchingProblem pinnedThird = allFullNearby()
                .candidate(Fixture.candidate(1).excludesSlots(41L))
                .candidate(Fixture.candidate(2).excludesSlots(11L, 41L))
                .candidate(Fixture.candidate(3).pinned(31L))
                .build();
        assertThat(proposal(write(pinnedThird, ALL_FULL), 1).alternatives()).isEmpty();

        MatchingProblem thirdExcludesBoth = allFullNearby()
                .candidate(Fixture.candidate(1).excludesSlots(41L))
                .candidate(Fixture.candidate(2).excludesSlots(11L, 41L))
                .candidate(Fixture.candidate(3).excludesSlots(11L, 41L))
                .build();
        assertThat(proposal(write(thirdExcludesBoth, ALL_FULL), 1).alternatives()).isEmpty();
    }
}
