package jp.tsunagu.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProblemsTest {

    @Test
    void everyErrorStatusHasAJapaneseTitleAndDetail() {
        for (int status = 400; status < 600; status++) {
            assertThat(Problems.isJapanese(Problems.title(status))).as("title of %d", status).isTrue();
            assertThat(Problems.isJapanese(Problems.detail(status))).as("detail of %d", status).isTrue();
        }
    }

    @Test
    void onlyJapaneseMessagesCountAsJapanese() {
        assertThat(Problems.isJapanese("HTTP 404 Not Found")).isFalse();
        assertThat(Problems.isJapanese(null)).isFalse();
        assertThat(Problems.isJapanese("candidate 3 は見つかりません。")).isTrue();
    }

    @Test
    void theBodyIsAProblem() {
        assertThat(Problems.json(404, "見つかりません", "なし"))
                .isEqualTo("{\"type\":\"about:blank\",\"title\":\"見つかりません\",\"status\":404,\"detail\":\"なし\"}");
    }
}
