package jp.tsunagu.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import jp.tsunagu.support.FuzzRun;
import jp.tsunagu.support.JsonFuzz;
import jp.tsunagu.support.JsonFuzz.Json;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;

/**
 * Fuzzing of the JSON body guard: on generated JSON of every depth and number length (strings full
 * of brackets, quotes and escapes), it refuses exactly what is too deep or too long, and on any
 * bytes at all it answers without failing.
 */
@AddLifecycleHook(FuzzRun.class)
class JsonBodyGuardFuzzTest {

    @Provide
    Arbitrary<Json> documents() {
        return JsonFuzz.documents(JsonBodyGuard.MAX_DEPTH + 6);
    }

    @Property(tries = 500)
    void refusesExactlyWhatIsTooDeepOrTooLong(@ForAll("documents") Json json) {
        byte[] bytes = json.text().getBytes(StandardCharsets.UTF_8);
        Optional<JsonBodyGuard.Refusal> refusal = JsonBodyGuard.check(bytes, bytes.length);
        boolean tooMuch = json.depth() > JsonBodyGuard.MAX_DEPTH || json.longestNumber() > JsonBodyGuard.MAX_NUMBER_LENGTH
                || json.longestExponent() > JsonBodyGuard.MAX_EXPONENT_DIGITS;
        assertThat(refusal.isPresent()).as(() -> json.describe() + " -> " + refusal).isEqualTo(tooMuch);
        refusal.ifPresent(r -> {
            assertThat(r.status()).isEqualTo(400);
            assertThat(Problems.isJapanese(r.detail())).isTrue();
        });
    }

    @Provide
    Arbitrary<byte[]> anyBytes() {
        Arbitrary<byte[]> random = Arbitraries.bytes().array(byte[].class).ofMaxSize(4_000);
        Arbitrary<byte[]> jsonish = Arbitraries.of("[", "]", "{", "}", "\"", "\\", "1", "e", "E", "-", "+", ".", ":", ",", "x", "\u3042")
                .list().ofMaxSize(2_000).map(parts -> String.join("", parts).getBytes(StandardCharsets.UTF_8));
        return Arbitraries.oneOf(random, jsonish);
    }

    @Property(tries = 300)
    void anyBytesGetAnAnswer(@ForAll("anyBytes") byte[] bytes) {
        Optional<JsonBodyGuard.Refusal> refusal = JsonBodyGuard.check(bytes, bytes.length);
        refusal.ifPresent(r -> {
            assertThat(r.status()).isIn(400, 413);
            assertThat(Problems.isJapanese(r.detail())).isTrue();
        });
        assertThat(JsonBodyGuard.check(bytes, Math.min(bytes.length, 1))).isNotNull();
    }
}
