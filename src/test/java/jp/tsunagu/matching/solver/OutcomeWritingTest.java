package jp.tsunagu.matching.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import jp.tsunagu.matching.fixture.Fixture;
import jp.tsunagu.matching.outcome.MatchingOutcome;
import org.junit.jupiter.api.Test;

/** The solver writes its outcome through an {@link OutcomeWriting} it does not know: no package cycle. */
class OutcomeWritingTest {

    @Test
    void theDefaultMatcherExplainsWithTheRegisteredWriting() {
        var quick = Fixture.settings().withSolveTime(1, 1);
        MatchingOutcome outcome = WeeklyMatcher.fromDefaultConfig()
                .newRun(WeeklyMatcherTest.knownOptimum().withSettings(quick)).solve();
        assertThat(outcome.proposals()).allSatisfy(p -> assertThat(p.explanationJa()).isNotBlank());
        assertThat(outcome.unplaced()).allSatisfy(u -> assertThat(u.summaryJa()).isNotBlank());
    }

    @Test
    void anotherWritingCanBeGiven() {
        var quick = Fixture.settings().withSolveTime(1, 1);
        MatchingOutcome outcome = WeeklyMatcher.fromDefaultConfig()
                .withOutcomeWriting((solution, scoreDirector, statistics) -> new MatchingOutcome(
                        scoreDirector.calculateScore().toString(), solution.getPlacements().size(), 0, 0, 0,
                        List.of(), List.of(), statistics, 0, 0))
                .newRun(WeeklyMatcherTest.knownOptimum().withSettings(quick)).solve();
        assertThat(outcome.proposals()).isEmpty();
        assertThat(outcome.candidates()).isEqualTo(6);
        assertThat(outcome.score()).startsWith("0hard/");
    }

    @Test
    void theSolverPackageDoesNotDependOnTheExplanations() throws IOException {
        try (Stream<Path> sources = Files.list(Path.of("src/main/java/jp/tsunagu/matching/solver"))) {
            assertThat(sources.filter(p -> p.toString().endsWith(".java")))
                    .allSatisfy(source -> assertThat(Files.readString(source))
                            .as(source.getFileName().toString())
                            .doesNotContain("import jp.tsunagu.matching.explain."));
        }
    }
}
