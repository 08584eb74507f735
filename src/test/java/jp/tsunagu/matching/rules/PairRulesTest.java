package jp.tsunagu.matching.rules;

import static jp.tsunagu.matching.fixture.Fixture.MATSUMOTO;
import static jp.tsunagu.matching.fixture.Fixture.NAGANO;
import static jp.tsunagu.matching.fixture.Fixture.ROUND;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import jp.tsunagu.candidate.Programme;
import jp.tsunagu.candidate.TravelMode;
import jp.tsunagu.matching.fixture.Fixture;
import jp.tsunagu.matching.problem.CandidateFact;
import jp.tsunagu.matching.problem.HostFact;
import jp.tsunagu.matching.problem.MatchingSettings;
import jp.tsunagu.matching.problem.SlotFact;
import jp.tsunagu.matching.problem.TaskFact;
import jp.tsunagu.matching.travel.TravelTimes;
import jp.tsunagu.registry.WorkKind;
import org.junit.jupiter.api.Test;

class PairRulesTest {

    private final MatchingSettings settings = Fixture.settings();
    private final CandidateFact anyone = Fixture.candidate(1).build();
    private final SlotFact slot = Fixture.slot(1, 1).build();
    private final HostFact host = Fixture.host(1, MATSUMOTO);
    private final TaskFact task = Fixture.task(1, 1, 1, WorkKind.FARMING);

    @Test
    void scheduleWithinAvailability() {
        assertThat(PairRules.scheduleWithinAvailability(anyone, slot)).isTrue();
        CandidateFact mondaysOnly = Fixture.candidate(2).days(DayOfWeek.MONDAY).build();
        assertThat(PairRules.scheduleWithinAvailability(mondaysOnly, slot)).isFalse();
        CandidateFact afternoons = Fixture.candidate(3).hours(LocalTime.of(13, 0), LocalTime.of(17, 0)).build();
        assertThat(PairRules.scheduleWithinAvailability(afternoons, slot)).isFalse();
        CandidateFact untilNoon = Fixture.candidate(4).hours(LocalTime.of(9, 0), LocalTime.of(12, 0)).build();
        assertThat(PairRules.scheduleWithinAvailability(untilNoon, slot)).as("9:00 + 3 h ends exactly at noon").isTrue();
        CandidateFact untilEleven = Fixture.candidate(5).hours(LocalTime.of(9, 0), LocalTime.of(11, 59)).build();
        assertThat(PairRules.scheduleWithinAvailability(untilEleven, slot)).isFalse();
    }

    @Test
    void slotOpenInRoundWeek() {
        assertThat(PairRules.slotOpenInRoundWeek(slot, ROUND)).isTrue();
        SlotFact notYet = Fixture.slot(2, 1).open(ROUND.plusDays(1), ROUND.plusMonths(1)).build();
        assertThat(PairRules.slotOpenInRoundWeek(notYet, ROUND)).isFalse();
        SlotFact over = Fixture.slot(3, 1).open(ROUND.minusMonths(2), ROUND.minusDays(1)).build();
        assertThat(PairRules.slotOpenInRoundWeek(over, ROUND)).isFalse();
        SlotFact lastDay = Fixture.slot(4, 1).open(ROUND.minusMonths(2), ROUND).build();
        assertThat(PairRules.slotOpenInRoundWeek(lastDay, ROUND)).isTrue();
        SlotFact autumnHarvest = Fixture.slot(5, 1).season(Month.SEPTEMBER, Month.OCTOBER).build();
        assertThat(PairRules.slotOpenInRoundWeek(autumnHarvest, ROUND)).isFalse();
        SlotFact spring = Fixture.slot(6, 1).season(Month.APRIL, Month.MAY).build();
        assertThat(PairRules.slotOpenInRoundWeek(spring, ROUND)).isTrue();
    }

    @Test
    void pacingWithinStage() {
        assertThat(PairRules.pacingWithinStage(anyone, slot)).isTrue();
        CandidateFact twoHours = Fixture.candidate(2).pacing(2, 5).build();
        assertThat(PairRules.pacingWithinStage(twoHours, slot)).isFalse();
        CandidateFact oneDay = Fixture.candidate(3).pacing(6, 1).build();
        assertThat(PairRules.pacingWithinStage(oneDay, slot)).isFalse();
        CandidateFact exactly = Fixture.candidate(4).pacing(3, 2).build();
        assertThat(PairRules.pacingWithinStage(exactly, slot)).isTrue();
    }

    @Test
    void stepUpReachesNewStage() {
        // the slot asks 3 h × 2 days = 6 hours a week
        assertThat(PairRules.stepUpReachesNewStage(anyone, slot)).as("no minimum").isTrue();
        CandidateFact toSix = Fixture.candidate(2).steppingUpTo(6).build();
        assertThat(PairRules.stepUpReachesNewStage(toSix, slot)).as("exactly the new stage").isTrue();
        CandidateFact toEight = Fixture.candidate(3).steppingUpTo(8).build();
        assertThat(PairRules.stepUpReachesNewStage(toEight, slot)).isFalse();
        SlotFact fourDays = Fixture.slot(2, 1).weekdays(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                DayOfWeek.THURSDAY).build();
        assertThat(PairRules.stepUpReachesNewStage(toEight, fourDays)).as("3 h × 4 days").isTrue();
    }

    @Test
    void accommodationsCovered() {
        CandidateFact needsTwo = Fixture.candidate(2).needs("quiet_place", "written_instructions").build();
        assertThat(PairRules.accommodationsCovered(anyone, task, host)).isTrue();
        assertThat(PairRules.accommodationsCovered(needsTwo, task, host)).isFalse();
        TaskFact quietTask = Fixture.task(2, 1, 1, WorkKind.FARMING, "quiet_place");
        HostFact writingSite = Fixture.host(2, MATSUMOTO, 0, "written_instructions");
        assertThat(PairRules.accommodationsCovered(needsTwo, quietTask, host)).isFalse();
        assertThat(PairRules.accommodationsCovered(needsTwo, quietTask, writingSite)).as("task and site together")
                .isTrue();
    }

    @Test
    void travelWithinReach() {
        TravelTimes travel = TravelTimes.of(Fixture.MUNICIPALITIES, java.util.List.of(), settings);
        CandidateFact fromNagano = Fixture.candidate(2).in(NAGANO).travel(TravelMode.CAR, 60).build();
        assertThat(PairRules.travelWithinReach(travel.journey(anyone, slot, MATSUMOTO.code()))).isTrue();
        assertThat(PairRules.travelWithinReach(travel.journey(fromNagano, slot, MATSUMOTO.code()))).isFalse();
    }

    @Test
    void programmeAccepted() {
        assertThat(PairRules.programmeAccepted(anyone, slot)).isTrue();
        SlotFact farmOnly = Fixture.slot(2, 1).programmes(Programme.FARM_EXPERIENCE).build();
        assertThat(PairRules.programmeAccepted(anyone, farmOnly)).isFalse();
        SlotFact both = Fixture.slot(3, 1).programmes(Programme.FARM_EXPERIENCE, Programme.WORK_EXPERIENCE).build();
        assertThat(PairRules.programmeAccepted(anyone, both)).isTrue();
    }

    @Test
    void programmeTimeLimit() {
        CandidateFact within = Fixture.candidate(2).programme(Programme.WORK_READINESS, ROUND.minusMonths(12), false)
                .build();
        CandidateFact past = Fixture.candidate(3)
                .programme(Programme.WORK_READINESS, ROUND.minusMonths(12).minusDays(1), false).build();
        CandidateFact extended = Fixture.candidate(4)
                .programme(Programme.WORK_READINESS, ROUND.minusMonths(20), true).build();
        CandidateFact otherProgramme = Fixture.candidate(5)
                .programme(Programme.WORK_EXPERIENCE, ROUND.minusMonths(30), false).build();
        assertThat(PairRules.programmeTimeLimit(within, ROUND, settings)).as("the last day of the year").isTrue();
        assertThat(PairRules.programmeTimeLimit(past, ROUND, settings)).isFalse();
        assertThat(PairRules.programmeTimeLimit(extended, ROUND, settings)).isTrue();
        assertThat(PairRules.programmeTimeLimit(otherProgramme, ROUND, settings)).isTrue();
    }

    @Test
    void theLimitDateMatchesLocalDatePlusMonthsAtMonthEnds() {
        LocalDate start = LocalDate.of(2024, 1, 31);
        for (int months = 0; months < 30; months++) {
            LocalDate limit = start.plusMonths(months);
            assertThat(PairRules.limitEndsBefore(start, months, limit)).isFalse();
            assertThat(PairRules.limitEndsBefore(start, months, limit.plusDays(1))).isTrue();
        }
    }

    @Test
    void exclusionRespected() {
        assertThat(PairRules.exclusionRespected(anyone, host)).isTrue();
        CandidateFact notThere = Fixture.candidate(2).excludes(host.id()).build();
        assertThat(PairRules.exclusionRespected(notThere, host)).isFalse();
    }

    @Test
    void slotExclusionRespected() {
        assertThat(PairRules.slotExclusionRespected(anyone, slot)).isTrue();
        CandidateFact declined = Fixture.candidate(2).excludesSlots(slot.id()).build();
        assertThat(PairRules.slotExclusionRespected(declined, slot)).isFalse();
        SlotFact sameTaskOtherSlot = Fixture.slot(2, 1).build();
        assertThat(PairRules.slotExclusionRespected(declined, sameTaskOtherSlot)).as("only the pair, not the task")
                .isTrue();
    }

    @Test
    void theJudgeReportsEveryBrokenRuleAsABit() {
        PairJudge judge = new PairJudge(ROUND, TravelTimes.of(Fixture.MUNICIPALITIES, java.util.List.of(), settings));
        assertThat(judge.brokenRules(anyone, slot, task, host)).isZero();
        CandidateFact troubled = Fixture.candidate(2).in(NAGANO).pacing(2, 5).excludes(host.id()).build();
        int broken = judge.brokenRules(troubled, slot, task, host);
        assertThat(broken).isEqualTo(PairRule.TRAVEL_WITHIN_REACH.bit() | PairRule.PACING_WITHIN_STAGE.bit()
                | PairRule.EXCLUSION_RESPECTED.bit());
    }
}
