package jp.tsunagu.placement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import jp.tsunagu.platform.InvalidInputException;
import org.junit.jupiter.api.Test;

/** A week's attendance is at most the days planned, and never days still to come. */
class AttendableDaysTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);

    @Test
    void aPastWeekAllowsTheDaysPlanned() {
        assertThat(AttendableDays.most(3, MONDAY.minusWeeks(3), MONDAY.minusWeeks(1), MONDAY)).isEqualTo(3);
    }

    @Test
    void thisWeekAllowsOnlyTheDaysUpToToday() {
        assertThat(AttendableDays.most(3, MONDAY.minusWeeks(3), MONDAY, MONDAY)).isEqualTo(1);
        assertThat(AttendableDays.most(3, MONDAY.minusWeeks(3), MONDAY, MONDAY.plusDays(1))).isEqualTo(2);
        assertThat(AttendableDays.most(3, MONDAY.minusWeeks(3), MONDAY, MONDAY.plusDays(5))).isEqualTo(3);
    }

    @Test
    void theFirstWeekCountsFromTheFirstDay() {
        assertThat(AttendableDays.most(5, MONDAY.plusDays(3), MONDAY, MONDAY.plusDays(4))).isEqualTo(2);
        assertThat(AttendableDays.most(5, MONDAY.plusDays(3), MONDAY, MONDAY.plusDays(2))).isZero();
    }

    @Test
    void moreThanPlannedOrDaysToComeAreRefusedInJapanese() {
        assertThatThrownBy(() -> AttendableDays.require(4, 3, MONDAY.minusWeeks(3), MONDAY.minusWeeks(1), MONDAY))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("週3日");
        assertThatThrownBy(() -> AttendableDays.require(2, 3, MONDAY.minusWeeks(3), MONDAY, MONDAY))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("まだ来ていない日");
        AttendableDays.require(1, 3, MONDAY.minusWeeks(3), MONDAY, MONDAY);
    }
}
