package jp.tsunagu.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import jp.tsunagu.matching.problem.ProblemFiles;
import org.junit.jupiter.api.Test;

/** The committed sample week is exactly what the generator produces, so the two never drift apart. */
class CommittedSampleWeekTest {

    static final Path COMMITTED = Path.of("sample-data/nagano/week-default.json");

    @Test
    void committedWeekEqualsTheGeneratorsOutput() throws Exception {
        String committed = Files.readString(COMMITTED, StandardCharsets.UTF_8);
        assertThat(committed)
                .as("%s is stale: regenerate it with the command in sample-data/README.md", COMMITTED)
                .isEqualTo(ProblemFiles.toJson(SampleWeekGenerator.defaultWeek()));
    }

    @Test
    void committedWeekReadsBackAsTheGeneratedProblem() {
        assertThat(ProblemFiles.read(COMMITTED)).isEqualTo(SampleWeekGenerator.defaultWeek());
    }
}
