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
                .isEqualTo("対象 300 人のうち 170 人に受入先を提案しました（提案できなかった人 0 人、通所時間の合計 4478 分、"
                        + "選択肢が2つ以上ある人の割合 71.9%）。");
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
