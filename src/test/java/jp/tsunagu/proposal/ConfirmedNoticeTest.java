package jp.tsunagu.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The counter is asked to book a visit or a first-day accompaniment only while the first day is ahead. */
class ConfirmedNoticeTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

    @Test
    void aFirstDayAheadSuggestsBookingAVisitOrAnAccompaniment() {
        assertThat(HostAnswers.confirmedNotice("K843186", TODAY.plusDays(5), TODAY))
                .contains("初日は 2026-12-08 です", "見学・同行を予約");
    }

    @Test
    void aFirstDayTodayOrPastAsksForNoBooking() {
        assertThat(HostAnswers.confirmedNotice("K843186", TODAY, TODAY)).contains("初日は今日").doesNotContain("予約");
        assertThat(HostAnswers.confirmedNotice("K843186", TODAY.minusDays(3), TODAY))
                .contains("2026-11-30 に始まっています").doesNotContain("予約", "同行");
    }
}
