package jp.tsunagu.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Command one of the README, end to end as a new user runs it: an embedded MariaDB in a fresh data
 * folder, Payara Micro with the built WAR, the Nagano sample, one weekly round, the summary.
 */
class LocalServiceIT {

    @Test
    void startsOnAnEmbeddedDatabaseLoadsTheSampleAndRunsAWeeklyRound() throws Exception {
        Path home = Path.of("target", "local-service-it").toAbsolutePath();
        Path output = home.resolve("output.txt");
        Files.createDirectories(home);
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dtsunagu.home=" + home, "-Dtsunagu.resetDb=true", "-Dtsunagu.port=" + port,
                "-Dtsunagu.exitAfterRound=true", "-Dtsunagu.solveSeconds=5",
                "-Dtsunagu.war=" + System.getProperty("tsunagu.war", "target/tsunagu.war"),
                "-Dtsunagu.payaraJar=" + System.getProperty("payara.microJar", "target/payara-micro.jar"),
                "-Dtsunagu.log=" + home.resolve("service.log"),
                "-cp", System.getProperty("java.class.path"), LocalService.class.getName());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
        builder.environment().remove("TSUNAGU_DB_URL"); // the embedded database is what a new user gets
        Process process = builder.start();
        boolean ended = process.waitFor(8, TimeUnit.MINUTES);
        if (!ended) {
            process.destroyForcibly();
        }
        String printed = read(output);
        assertThat(ended).as(printed).isTrue();
        assertThat(process.exitValue()).as(printed).isZero();
        assertThat(printed).contains("Starting the embedded MariaDB", "sample network loaded: 250 hosts, 450 slots, 300 people",
                "COMPLETED", "人に受入先を提案しました", "下書きです", "running placements: 3",
                "Service ready: http://localhost:" + port + "/tsunagu/api");
    }

    private static String read(Path file) throws IOException {
        return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    }
}
