package jp.tsunagu.tools;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The load benchmark's verdict: the goal is a bound on p99 and no errors at all. */
class LoadGoalTest {

    private final LoadGoal goal = LoadGoal.DEFAULT;

    @Test
    void theGoalIsAP99Under100MillisecondsAt200RequestsASecond() {
        assertThat(goal.rate()).isEqualTo(200);
        assertThat(goal.isMetBy(99.9, 0)).isTrue();
        assertThat(goal.isMetBy(100.0, 0)).isFalse();
        assertThat(goal.isMetBy(312.0, 0)).isFalse();
    }

    @Test
    void oneErrorMissesTheGoalHoweverQuickTheAnswers() {
        assertThat(goal.isMetBy(5.0, 1)).isFalse();
    }

    @Test
    void theVerdictSaysWhichWayItWentWithTheFigures() {
        assertThat(goal.verdict(39.04, 0)).isEqualTo(
                "Goal at 200 requests/s, p99 under 100 ms with no errors: met (p99 39.0 ms, 0 errors)");
        assertThat(goal.verdict(332.0, 1705)).contains("NOT MET", "p99 332.0 ms", "1705 errors");
    }
}
