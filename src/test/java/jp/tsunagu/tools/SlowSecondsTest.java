package jp.tsunagu.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The load benchmark's slow seconds: a request counts in the second it was due, not when it was answered. */
class SlowSecondsTest {

    private static final long SECOND = 1_000_000_000L;
    private final SlowSeconds seconds = new SlowSeconds(10, 100_000, Instant.parse("2026-11-26T21:00:00Z"));

    @Test
    void onlySecondsWithASlowAnswerOrAnErrorAreListedTheWorstFirst() {
        seconds.record(0, 5_000, false);
        seconds.record(3 * SECOND + 1, 150_000, false);
        seconds.record(7 * SECOND, 120_000, false);
        seconds.record(7 * SECOND + 5, 350_000, false);
        seconds.record(9 * SECOND, 8_000, true);

        assertThat(seconds.count()).isEqualTo(3);
        assertThat(seconds.worst(8)).extracting(SlowSeconds.Second::offset).containsExactly(7, 3, 9);
        SlowSeconds.Second worst = seconds.worst(1).get(0);
        assertThat(worst.requests()).isEqualTo(2);
        assertThat(worst.slow()).isEqualTo(2);
        assertThat(SlowSeconds.describe(worst)).isEqualTo("second 7 (21:00:07 UTC): 2 of 2 answers slow, 0 errors, the longest 350 ms");
    }

    @Test
    void anAnswerExactlyAtTheBoundIsSlow() {
        seconds.record(SECOND, 100_000, false);
        seconds.record(2 * SECOND, 99_999, false);
        assertThat(seconds.worst(8)).extracting(SlowSeconds.Second::offset).containsExactly(1);
    }

    @Test
    void requestsDueAfterThePhaseCountInItsLastSecond() {
        seconds.record(12 * SECOND, 200_000, false);
        assertThat(seconds.worst(8)).extracting(SlowSeconds.Second::offset).containsExactly(9);
    }
}
