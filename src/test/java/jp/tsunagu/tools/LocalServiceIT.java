package jp.tsunagu.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Command one of the README, end to end as a new user runs it: an embedded MariaDB in a fresh data
 * folder, Payara Micro with the built WAR, the Nagano sample, one weekly round, the summary; then,
 * while it serves, Ctrl-C as a termination signal; then a second start of the same home.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LocalServiceIT {

    private static final Path HOME = Path.of("target", "local-service-it").toAbsolutePath();
    private static int port;

    @Test
    @Order(1)
    void startsOnAnEmbeddedDatabaseRunsAWeeklyRoundAndStopsCleanlyOnATerminationSignal() throws Exception {
        Path output = HOME.resolve("output.txt");
        Path log = HOME.resolve("service.log");
        Folders.deleteTree(HOME.resolve("payara")); // a new user's home: Payara's runtime not unpacked yet
        Process process = launch(output, log.getFileName().toString(), "-Dtsunagu.resetDb=true");
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(8);
        while (!read(output).contains("Ctrl-C to stop.") && process.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(500);
        }
        String printed = read(output);
        assertThat(printed).as(printed).contains("Ctrl-C to stop.");
        assertThat(printed).contains("Starting the embedded MariaDB", "sample network loaded: 250 hosts, 450 slots, 300 people",
                "COMPLETED", "人に受入先を提案しました", "下書きです", "running placements: 3",
                "Service ready: http://localhost:" + port + "/tsunagu/api", "Service healthy: ready in",
                "Web interface: http://localhost:" + port + "/tsunagu/");
        HttpResponse<String> signInPage = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/tsunagu/")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(signInPage.statusCode()).isEqualTo(200);
        assertThat(signInPage.body()).contains("サインイン", "assets/sign-in.js");

        // The round heartbeat logs nothing over four of its periods after the round.
        long logAfterRound = Files.size(log);
        Thread.sleep(4 * 3_000L + 1_000);
        String logged = read(log).substring((int) Math.min(logAfterRound, read(log).length()));
        assertThat(logged).doesNotContain("SEVERE", "closed EntityManager", "No invocation on invocation stack");

        List<ProcessHandle> children = process.descendants().toList();
        assertThat(children.stream().map(p -> p.info().command().orElse("")))
                .anyMatch(c -> c.endsWith("java"))
                .anyMatch(c -> c.contains("mariadbd") || c.contains("mysqld"));
        process.destroy(); // SIGTERM, as Ctrl-C or kill would send
        boolean ended = process.waitFor(2, TimeUnit.MINUTES);
        printed = read(output);
        assertThat(ended).as(printed).isTrue();
        assertThat(process.exitValue()).as(printed).isZero();
        assertThat(printed).contains("停止しました / Stopped: Payara Micro and the embedded MariaDB shut down")
                .doesNotContain("Exception", "BUILD FAILURE", "\tat ");
        for (ProcessHandle child : children) {
            assertThat(child.onExit()).as(child.info().command().orElse("") + " has ended")
                    .succeedsWithin(java.time.Duration.ofSeconds(10));
        }
        assertThat(printed).contains("Payara's classes are archived when it stops");
    }

    /**
     * The second start of the same home runs Payara from the runtime the first one unpacked and maps
     * the classes the first one archived when it stopped; it deploys the WAR once, not once more for
     * the deployment the first start left in the server's configuration.
     */
    @Test
    @Order(2)
    void aSecondStartMapsTheArchivedClassesAndDeploysOnce() throws Exception {
        Path firstOutput = HOME.resolve("output.txt");
        assumeTrue(read(firstOutput).contains("Payara's classes are archived"),
                "runs after the first start of this home");
        Path output = HOME.resolve("output-again.txt");
        Path log = HOME.resolve("service-again.log");
        Process process = launch(output, log.getFileName().toString(), "-Dtsunagu.exitAfterRound=true");
        boolean ended = process.waitFor(8, TimeUnit.MINUTES);
        String printed = read(output);
        assertThat(ended).as(printed).isTrue();
        assertThat(process.exitValue()).as(printed).isZero();
        assertThat(printed).contains("Payara's classes were mapped from the shared archive", "COMPLETED")
                .doesNotContain("did not fit this start", "Unpacking Payara Micro's runtime");
        String logged = read(log);
        assertThat(logged.split("was successfully deployed", -1)).as("deployments in " + log).hasSize(2);
        assertThat(logged).doesNotContain("SEVERE");
    }

    private static Process launch(Path output, String log, String... options) throws IOException {
        Files.createDirectories(HOME);
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        List<String> command = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dtsunagu.home=" + HOME, "-Dtsunagu.port=" + port, "-Dtsunagu.solveSeconds=5",
                "-Dtsunagu.war=" + System.getProperty("tsunagu.war", "target/tsunagu.war"),
                "-Dtsunagu.payaraJar=" + System.getProperty("payara.microJar", "target/payara-micro.jar"),
                "-Dtsunagu.log=" + HOME.resolve(log)));
        command.addAll(List.of(options));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), LocalService.class.getName()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
        builder.environment().remove("TSUNAGU_DB_URL"); // the embedded database is what a new user gets
        return builder.start();
    }

    private static String read(Path file) throws IOException {
        return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    }
}
