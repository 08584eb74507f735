package jp.tsunagu.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The service's code builds JSON-P values through {@link JsonP#PROVIDER}: a static factory of
 * {@code jakarta.json.Json} scans the class loader's service files at every call, which under load
 * cost more than the answer it built. The command-line tools, outside the container, may use them.
 */
class JsonProviderLookupTest {

    private static final Pattern STATIC_FACTORY = Pattern.compile("(?<![\\w.])Json\\.create\\w*\\(");

    @Test
    void theServiceNeverLooksTheJsonProviderUpPerCall() throws IOException {
        Path main = Path.of("src/main/java/jp/tsunagu");
        try (Stream<Path> files = Files.walk(main)) {
            List<String> offenders = files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> !f.startsWith(main.resolve("tools")))
                    .filter(f -> STATIC_FACTORY.matcher(read(f)).find())
                    .map(Path::toString).toList();
            assertThat(offenders).isEmpty();
        }
    }

    @Test
    void thePatternFindsAStaticFactoryCall() {
        assertThat(STATIC_FACTORY.matcher("var b = Json.createObjectBuilder();").find()).isTrue();
        assertThat(STATIC_FACTORY.matcher("var b = JsonP.PROVIDER.createObjectBuilder();").find()).isFalse();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
