package jp.tsunagu.tools;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.bind.JsonbBuilder;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import jp.tsunagu.matching.outcome.MatchingOutcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The offline solver: a problem file in, the outcome and a summary out; a broken file gets a clear message. */
class SolveProblemFileTest {

    @TempDir
    Path out;

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final ByteArrayOutputStream errors = new ByteArrayOutputStream();

    private int run(String... args) throws Exception {
        return SolveProblemFile.run(args, new PrintStream(printed, true, StandardCharsets.UTF_8),
                new PrintStream(errors, true, StandardCharsets.UTF_8));
    }

    @Test
    void solvesTheCommittedSampleWeekAndWritesOutcomeAndSummary() throws Exception {
        int exit = run("--problem", "sample-data/nagano/week-default.json", "--seconds", "4", "--unimproved", "1",
                "--out", out.toString(), "--optimum", "true");
        assertThat(exit).isZero();
        Path outcomeFile = out.resolve("week-default.outcome.json");
        MatchingOutcome outcome;
        try (var jsonb = JsonbBuilder.create()) {
            outcome = jsonb.fromJson(Files.readString(outcomeFile), MatchingOutcome.class);
        }
        assertThat(outcome.candidates()).isEqualTo(300);
        assertThat(outcome.placed()).isPositive().isEqualTo(outcome.proposals().size());
        assertThat(outcome.unplaced()).hasSize(300 - outcome.placed());
        assertThat(outcome.score()).startsWith("0hard");
        String summary = Files.readString(out.resolve("week-default.summary.txt"));
        assertThat(summary).contains(String.valueOf(outcome.placed())).containsIgnoringCase("optimum");
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("solving", "outcome:");
    }

    @Test
    void aBrokenProblemFileIsReportedWithItsPosition() throws Exception {
        Path broken = out.resolve("broken.json");
        Files.writeString(broken, "{\n  \"prefectureCode\": \"20\",\n  \"candidates\": [ {\"id\": \n");
        assertThat(run("--problem", broken.toString(), "--out", out.toString())).isEqualTo(1);
        assertThat(errors.toString(StandardCharsets.UTF_8)).contains("broken.json");
        assertThat(out.resolve("broken.outcome.json")).doesNotExist();
    }

    @Test
    void aMissingProblemOptionPrintsTheUsage() throws Exception {
        assertThat(run("--out", out.toString())).isEqualTo(2);
        assertThat(errors.toString(StandardCharsets.UTF_8)).contains("usage:");
    }
}
