package jp.tsunagu.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JsonBodyGuardTest {

    private static Optional<JsonBodyGuard.Refusal> check(String json) {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        return JsonBodyGuard.check(bytes, bytes.length);
    }

    @Test
    void ordinaryBodiesPass() {
        assertThat(check("{\"a\":[1,2,{\"b\":-12.5e+10}],\"c\":\"[[[[{{{{\",\"d\":true,\"e\":null}")).isEmpty();
        assertThat(check("[".repeat(JsonBodyGuard.MAX_DEPTH) + "]".repeat(JsonBodyGuard.MAX_DEPTH))).isEmpty();
        assertThat(check("{\"s\":\"" + "9".repeat(5_000) + "\"}")).as("digits inside a string are text").isEmpty();
        assertThat(check("{\"s\":\"a\\\"[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[\"}")).as("an escaped quote").isEmpty();
    }

    @Test
    void deepNestingIsRefused() {
        assertThat(check("[".repeat(100_000))).get().extracting(JsonBodyGuard.Refusal::status).isEqualTo(400);
        assertThat(check("{\"a\":".repeat(JsonBodyGuard.MAX_DEPTH + 1))).get()
                .satisfies(r -> assertThat(r.detail()).contains("入れ子"));
    }

    @Test
    void longNumbersAndExponentsAreRefused() {
        assertThat(check("{\"n\":" + "9".repeat(100_000) + "}")).get()
                .satisfies(r -> assertThat(r.detail()).contains("数値が長すぎます"));
        assertThat(check("{\"n\":1e999999999}")).get()
                .satisfies(r -> assertThat(r.detail()).contains("指数"));
        assertThat(check("{\"n\":1e308}")).isEmpty();
    }

    @Test
    void tooLargeIs413() {
        byte[] big = new byte[JsonBodyGuard.MAX_BYTES + 1];
        assertThat(JsonBodyGuard.check(big, big.length)).get().extracting(JsonBodyGuard.Refusal::status).isEqualTo(413);
    }
}
