package jp.tsunagu.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every REST resource is created once per instance. A resource created per request was injected per
 * request, and a {@code @Resource} or {@code @PersistenceContext} field meant a naming look-up that
 * copies the object it finds, for every request (a JFR profile under load).
 */
class ResourceScopeTest {

    @Test
    void everyRestResourceIsApplicationScoped() throws IOException {
        List<Class<?>> resources = resourceClasses();
        assertThat(resources).hasSizeGreaterThan(10);
        assertThat(resources).allSatisfy(resource ->
                assertThat(resource.isAnnotationPresent(ApplicationScoped.class)).as(resource.getName()).isTrue());
    }

    private static List<Class<?>> resourceClasses() throws IOException {
        Path classes = Path.of("target/classes");
        try (Stream<Path> files = Files.walk(classes)) {
            return files.filter(f -> f.toString().endsWith(".class") && !f.getFileName().toString().contains("$"))
                    .map(f -> classes.relativize(f).toString().replace('/', '.').replaceAll("\\.class$", ""))
                    .filter(name -> name.startsWith("jp.tsunagu."))
                    .map(ResourceScopeTest::load)
                    .filter(c -> c.isAnnotationPresent(jakarta.ws.rs.Path.class))
                    .toList();
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, ResourceScopeTest.class.getClassLoader());
        } catch (ClassNotFoundException | NoClassDefFoundError e) {
            throw new IllegalStateException(name, e);
        }
    }
}
