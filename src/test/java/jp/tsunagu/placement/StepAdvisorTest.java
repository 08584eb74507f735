package jp.tsunagu.placement;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading attendance for a change of pacing stage, with the documented default settings. */
class StepAdvisorTest {

    private static final LocalDate FIRST_MONDAY = LocalDate.of(2026, 9, 7);
    private static final PacingStage TWO_BY_TWO = new PacingStage(2, 2);

    private final LifecycleSettings settings = LifecycleSettings.defaults();
    private final StepAdvisor advisor = new StepAdvisor(settings);

    private static List<AttendanceWeek> weeks(int... days) {
        List<AttendanceWeek> weeks = new ArrayList<>();
        for (int i = 0; i < days.length; i++) {
            weeks.add(new AttendanceWeek(FIRST_MONDAY.plusWeeks(i), days[i], BigDecimal.valueOf(days[i] * 2L)));
        }
        return weeks;
    }

    @Test
    void theDocumentedDefaultsAreRead() {
        assertThat(settings.followUpAfter()).containsExactly(Period.ofWeeks(1), Period.ofMonths(1), Period.ofMonths(3));
        assertThat(settings.steadyWeeksForStepUp()).isEqualTo(4);
        assertThat(settings.absentWeeksForStepDown()).isEqualTo(2);
        assertThat(settings.programmeLimitWarning()).isEqualTo(Period.ofMonths(2));
        assertThat(settings.workReadinessMonths()).isEqualTo(12);
        assertThat(settings.stageAbove(TWO_BY_TWO)).contains(new PacingStage(2, 3));
        assertThat(settings.stageBelow(TWO_BY_TWO)).isEmpty();
        assertThat(settings.stageAbove(new PacingStage(8, 5))).isEmpty();
    }

    @Test
    void fourSteadyWeeksInARowSuggestTheNextStage() {
        var advice = advisor.advise(weeks(2, 2, 2, 2), 2, TWO_BY_TWO, null);
        assertThat(advice).hasValueSatisfying(a -> {
            assertThat(a.direction()).isEqualTo(StepDirection.UP);
            assertThat(a.from()).isEqualTo(TWO_BY_TWO);
            assertThat(a.to()).isEqualTo(new PacingStage(2, 3));
            assertThat(a.reasonJa()).contains("4週続けて");
        });
    }

    @Test
    void threeSteadyWeeksOrAMissedDaySuggestNothing() {
        assertThat(advisor.advise(weeks(2, 2, 2), 2, TWO_BY_TWO, null)).isEmpty();
        assertThat(advisor.advise(weeks(2, 1, 2, 2), 2, TWO_BY_TWO, null)).isEmpty();
    }

    @Test
    void onlyConsecutiveWeeksCount() {
        List<AttendanceWeek> gap = new ArrayList<>(weeks(2, 2));
        gap.add(new AttendanceWeek(FIRST_MONDAY.plusWeeks(3), 2, BigDecimal.valueOf(4)));
        gap.add(new AttendanceWeek(FIRST_MONDAY.plusWeeks(4), 2, BigDecimal.valueOf(4)));
        assertThat(advisor.advise(gap, 2, TWO_BY_TWO, null)).as("a week without a record breaks the run").isEmpty();
    }

    @Test
    void weeksReadByAnEarlierSuggestionDoNotCountAgain() {
        List<AttendanceWeek> six = weeks(2, 2, 2, 2, 2, 2);
        assertThat(advisor.advise(six, 2, TWO_BY_TWO, FIRST_MONDAY.plusWeeks(3))).isEmpty();
        assertThat(advisor.advise(weeks(2, 2, 2, 2, 2, 2, 2, 2), 2, TWO_BY_TWO, FIRST_MONDAY.plusWeeks(3))).isPresent();
    }

    @Test
    void twoWeeksBelowHalfSuggestAStepDownAndATalk() {
        PacingStage fourByThree = new PacingStage(4, 3);
        var advice = advisor.advise(weeks(3, 3, 1, 0), 3, fourByThree, null);
        assertThat(advice).hasValueSatisfying(a -> {
            assertThat(a.direction()).isEqualTo(StepDirection.DOWN);
            assertThat(a.to()).isEqualTo(new PacingStage(3, 3));
            assertThat(a.reasonJa()).contains("面談");
        });
        assertThat(advisor.advise(weeks(3, 3, 2, 2), 3, fourByThree, null)).as("two of three is not below half").isEmpty();
    }

    @Test
    void theLowestStageStepsDownToATalkOnly() {
        var advice = advisor.advise(weeks(0, 0), 2, TWO_BY_TWO, null);
        assertThat(advice).hasValueSatisfying(a -> assertThat(a.to()).isEqualTo(TWO_BY_TWO));
    }
}
