package jp.tsunagu.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The folder of an unpacked runtime belongs to one Payara jar: another version or build gets its own. */
class PayaraRuntimeTest {

    @TempDir
    Path dir;

    @Test
    void theFolderIsNamedAfterPayarasVersionAndTheJarsSize() throws Exception {
        Path jar = jar("payara-micro.jar", "6.2025.10", "");
        assertThat(PayaraRuntime.key(jar)).isEqualTo("micro-6.2025.10-" + Files.size(jar));
    }

    @Test
    void anotherBuildOfTheSameVersionGetsAnotherFolder() throws Exception {
        Path one = jar("one.jar", "6.2025.10", "");
        Path other = jar("other.jar", "6.2025.10", "a patched class");
        assertThat(PayaraRuntime.key(one)).isNotEqualTo(PayaraRuntime.key(other));
    }

    @Test
    void aJarWithoutBuildInformationStillGetsAFolderOfItsOwn() throws Exception {
        Path jar = jar("plain.jar", null, "");
        assertThat(PayaraRuntime.key(jar)).isEqualTo("micro-" + Files.size(jar));
    }

    @Test
    void anUnreadableJarIsALaunchError() throws IOException {
        Path notAJar = Files.writeString(dir.resolve("broken.jar"), "not a jar");
        assertThatThrownBy(() -> PayaraRuntime.key(notAJar))
                .isInstanceOf(LaunchException.class).hasMessageContaining("Cannot read Payara Micro");
    }

    private Path jar(String name, String version, String extra) throws IOException {
        Path jar = dir.resolve(name);
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            if (version != null) {
                out.putNextEntry(new JarEntry("META-INF/maven/fish.payara.server.internal.extras/payara-micro-boot/pom.properties"));
                write(out, "artifactId=payara-micro-boot\nversion=" + version + "\n");
            }
            out.putNextEntry(new JarEntry("MICRO-INF/extra.txt"));
            write(out, extra);
        }
        return jar;
    }

    private static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
    }
}
