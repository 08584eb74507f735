package jp.tsunagu.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class IntervalTest {

    private static Interval at(int fromHour, int untilHour) {
        return new Interval(LocalDateTime.of(2026, 6, 2, fromHour, 0), LocalDateTime.of(2026, 6, 2, untilHour, 0));
    }

    @Test
    void overlappingIntervalsClashBothWays() {
        assertThat(at(10, 12).clashesWith(at(11, 13))).isTrue();
        assertThat(at(11, 13).clashesWith(at(10, 12))).isTrue();
    }

    @Test
    void oneInsideTheOtherClashes() {
        assertThat(at(9, 17).clashesWith(at(10, 11))).isTrue();
        assertThat(at(10, 11).clashesWith(at(9, 17))).isTrue();
        assertThat(at(10, 11).clashesWith(at(10, 11))).as("the same time").isTrue();
    }

    @Test
    void touchingEndToStartIsNoClash() {
        assertThat(at(10, 12).clashesWith(at(12, 14))).isFalse();
        assertThat(at(12, 14).clashesWith(at(10, 12))).isFalse();
    }

    @Test
    void separateIntervalsDoNotClash() {
        assertThat(at(8, 9).clashesWith(at(13, 15))).isFalse();
        assertThat(at(13, 15).clashesWith(at(8, 9))).isFalse();
    }

    @Test
    void acrossMidnight() {
        Interval night = new Interval(LocalDateTime.of(2026, 6, 2, 22, 0), LocalDateTime.of(2026, 6, 3, 2, 0));
        assertThat(night.clashesWith(new Interval(LocalDateTime.of(2026, 6, 3, 1, 0), LocalDateTime.of(2026, 6, 3, 3, 0))))
                .isTrue();
        assertThat(night.clashesWith(new Interval(LocalDateTime.of(2026, 6, 3, 2, 0), LocalDateTime.of(2026, 6, 3, 3, 0))))
                .isFalse();
    }

    @Test
    void anEmptyOrReversedIntervalIsRefused() {
        assertThatThrownBy(() -> at(12, 12)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> at(12, 10)).isInstanceOf(IllegalArgumentException.class);
    }
}
