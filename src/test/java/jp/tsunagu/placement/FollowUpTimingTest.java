package jp.tsunagu.placement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Period;
import org.junit.jupiter.api.Test;

/** Follow-ups are named by when they are due, in words, never as a period code. */
class FollowUpTimingTest {

    @Test
    void theDefaultFollowUpsReadAsWeeksAndMonths() {
        assertThat(FollowUpTiming.inWords(Period.parse("P1W"))).isEqualTo("1週間後");
        assertThat(FollowUpTiming.inWords(Period.parse("P1M"))).isEqualTo("1か月後");
        assertThat(FollowUpTiming.inWords(Period.parse("P3M"))).isEqualTo("3か月後");
    }

    @Test
    void otherPeriodsReadAsDaysMonthsAndYears() {
        assertThat(FollowUpTiming.inWords(Period.ofDays(10))).isEqualTo("10日後");
        assertThat(FollowUpTiming.inWords(Period.ofDays(14))).isEqualTo("2週間後");
        assertThat(FollowUpTiming.inWords(Period.of(0, 1, 15))).isEqualTo("1か月15日後");
        assertThat(FollowUpTiming.inWords(Period.ofMonths(12))).isEqualTo("1年後");
    }

    @Test
    void labelsStoredAsPeriodsAreReadInWordsAndWordsStay() {
        assertThat(FollowUpTiming.inWords("P7D")).isEqualTo("1週間後");
        assertThat(FollowUpTiming.inWords("P1M")).isEqualTo("1か月後");
        assertThat(FollowUpTiming.inWords("1か月後")).isEqualTo("1か月後");
        assertThat(FollowUpTiming.inWords("PX")).isEqualTo("PX");
    }
}
