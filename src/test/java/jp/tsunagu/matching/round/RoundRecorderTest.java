package jp.tsunagu.matching.round;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import jp.tsunagu.matching.outcome.MatchingOutcome;
import jp.tsunagu.matching.outcome.SolveStatistics;
import org.junit.jupiter.api.Test;

class RoundRecorderTest {

    @Test
    void theSummarySaysWhichShareOfPeopleWithAChoiceHasTwoAlternatives() {
        MatchingOutcome outcome = new MatchingOutcome("0hard/0medium/0soft", 300, 170, 0, 4478, List.of(), List.of(),
                new SolveStatistics(0, 0, 0, 0, 0, 0), 96, 69);
        assertThat(RoundRecorder.summary(outcome, 300, 170, 0, false, false))
                .isEqualTo("対象 300 人のうち 170 人に受入先を提案しました（提案できなかった人 130 人、通所時間の合計 4478 分）。"
                        + "選べる受入枠が3つ以上あった 96 人のうち 69 人（71.9%）に、選択肢を2つ以上示しました。");
    }

    /** A re-solve places only the people it reopened: its share says so, and none is given when none had a choice. */
    @Test
    void theShareOfChoicesNamesWhomItCounts() {
        MatchingOutcome resolved = new MatchingOutcome("0hard/0medium/0soft", 300, 170, 0, 4478, List.of(), List.of(),
                new SolveStatistics(0, 0, 0, 0, 0, 0), 2, 0);
        assertThat(RoundRecorder.summary(resolved, 300, 170, 0, false, true))
                .contains("再計算で提案した人のうち、選べる受入枠が3つ以上あった 2 人のうち 0 人（0.0%）");
        MatchingOutcome noChoice = new MatchingOutcome("0hard/0medium/0soft", 300, 170, 0, 4478, List.of(), List.of(),
                new SolveStatistics(0, 0, 0, 0, 0, 0), 0, 0);
        assertThat(RoundRecorder.summary(noChoice, 300, 170, 0, false, true)).doesNotContain("%", "選択肢を2つ以上");
    }

    @Test
    void theSummaryOfAReSolveSaysSoAndCountsThoseWhoContinue() {
        MatchingOutcome outcome = new MatchingOutcome("0hard/0medium/0soft", 303, 173, 0, 4478, List.of(), List.of(),
                new SolveStatistics(0, 0, 0, 0, 0, 0), 96, 69);
        assertThat(RoundRecorder.summary(outcome, 300, 170, 3, true, true))
                .startsWith("再計算しました。対象 300 人のうち 170 人")
                .contains("実習中・受入先の回答待ちの 3 人はそのまま継続します。")
                .endsWith("途中停止し、その時点の最良案を保存しました。");
    }
}
