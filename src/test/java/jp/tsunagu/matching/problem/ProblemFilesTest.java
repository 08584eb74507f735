package jp.tsunagu.matching.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import jp.tsunagu.sample.SampleWeekGenerator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProblemFilesTest {

    private static MatchingProblem week;
    private static String json;

    @BeforeAll
    static void generate() {
        week = SampleWeekGenerator.defaultWeek();
        json = ProblemFiles.toJson(week);
    }

    @Test
    void aWrittenProblemReadsBackEqual(@TempDir Path dir) {
        Path file = dir.resolve("sub/week.json");
        ProblemFiles.write(week, file);
        assertThat(ProblemFiles.read(file)).isEqualTo(week);
    }

    @Test
    void theTextIsPrettyUtf8WithSortedKeysAndCalendarOrderedDays() {
        assertThat(json).startsWith("{\n    \"accommodations\": [").endsWith("}\n");
        assertThat(json).contains("\"prefectureName\": \"長野県\"");
        assertThat(json).contains("\"MONDAY\",\n                \"TUESDAY\"");
        assertThat(json.indexOf("\"candidates\"")).isLessThan(json.indexOf("\"hosts\""));
    }

    @Test
    void aFileWrittenBeforeExcludedPairsAndStepsUpReadsThemAsNone() {
        String older = json.replaceAll("\\s*\"excludedSlotIds\": \\[[^\\]]*\\],", "")
                .replaceAll("\\s*\"minimumWeeklyHours\": 0,", "");
        assertThat(older).doesNotContain("excludedSlotIds").doesNotContain("minimumWeeklyHours");
        MatchingProblem read = ProblemFiles.read(new StringReader(older), "week.json");
        assertThat(read.candidates()).allSatisfy(c -> assertThat(c.excludedSlotIds()).isEmpty())
                .allSatisfy(c -> assertThat(c.minimumWeeklyHours()).isZero());
        assertThat(read).isEqualTo(week);
    }

    @Test
    void malformedJsonNamesTheFileLineAndColumn() {
        String broken = "{\n  \"prefectureCode\": \"20\",\n  \"roundStart\": \"2026-11-30\"\n  \"hosts\": []\n}";
        assertThatThrownBy(() -> ProblemFiles.read(new StringReader(broken), "week.json"))
                .isInstanceOf(ProblemFileException.class)
                .hasMessageStartingWith("week.json: malformed JSON at line 4");
    }

    @Test
    void aValueOfTheWrongKindNamesTheProperty() {
        String wrong = json.replaceFirst("\"capacity\": 1,", "\"capacity\": \"one\",");
        assertThatThrownBy(() -> ProblemFiles.read(new StringReader(wrong), "week.json"))
                .isInstanceOf(ProblemFileException.class)
                .hasMessageStartingWith("week.json: ")
                .hasMessageContaining("capacity");
    }

    @Test
    void anUnknownEnumValueIsReported() {
        String wrong = json.replaceFirst("\"travelMode\": \"PUBLIC_TRANSPORT\"", "\"travelMode\": \"HELICOPTER\"");
        assertThatThrownBy(() -> ProblemFiles.read(new StringReader(wrong), "week.json"))
                .isInstanceOf(ProblemFileException.class)
                .hasMessageContaining("HELICOPTER");
    }

    @Test
    void aDanglingReferenceNamesItsPath() {
        String wrong = json.replaceFirst("\"municipalityCode\": \"202070\"", "\"municipalityCode\": \"209999\"");
        assertThatThrownBy(() -> ProblemFiles.read(new StringReader(wrong), "week.json"))
                .isInstanceOf(ProblemFileException.class)
                .hasMessageContaining("candidates[0].municipalityCode: '209999' does not exist in the problem");
    }

    @Test
    void anEmptyFileIsReported(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("empty.json");
        Files.writeString(file, "");
        assertThatThrownBy(() -> ProblemFiles.read(file))
                .isInstanceOf(ProblemFileException.class)
                .hasMessageStartingWith(file.toString());
    }

    @Test
    void aWholeProblemPassesTheIntegrityCheckAndABrokenOneDoesNot() {
        assertThat(ProblemIntegrity.check(week)).isEmpty();
        SlotFact first = week.slots().get(0);
        SlotFact orphan = new SlotFact(first.id(), 999_999, first.weekdays(), first.startTime(), first.hoursPerDay(),
                first.openFrom(), first.openUntil(), first.seasonMonths(), 0, first.pickUpFrom(), first.programmes(),
                first.pickUpRuns());
        java.util.List<SlotFact> slots = new java.util.ArrayList<>(week.slots());
        slots.set(0, orphan);
        MatchingProblem broken = new MatchingProblem(week.prefectureCode(), week.prefectureName(), week.roundStart(),
                week.municipalities(), week.accommodations(), week.hosts(), week.supervisors(), week.tasks(), slots,
                week.candidates(), week.travelOverrides(), null);
        assertThat(ProblemIntegrity.check(broken))
                .contains("slots[0].taskId: '999999' does not exist in the problem", "slots[0].capacity: 0 is not positive");
    }

    @Test
    void aSlotsPickUpRunsRoundTripAndAFileWithoutThemStillReads() {
        SlotFact first = week.slots().get(0);
        String home = week.municipalities().get(0).code();
        String other = week.municipalities().get(1).code();
        SlotFact withRuns = new SlotFact(first.id(), first.taskId(), first.weekdays(), first.startTime(),
                first.hoursPerDay(), first.openFrom(), first.openUntil(), first.seasonMonths(), first.capacity(),
                java.util.Set.of(other), first.programmes(),
                java.util.List.of(new PickUpRun(home, "駅前", 25), new PickUpRun(home, null, 40)));
        java.util.List<SlotFact> slots = new java.util.ArrayList<>(week.slots());
        slots.set(0, withRuns);
        MatchingProblem problem = new MatchingProblem(week.prefectureCode(), week.prefectureName(), week.roundStart(),
                week.municipalities(), week.accommodations(), week.hosts(), week.supervisors(), week.tasks(), slots,
                week.candidates(), week.travelOverrides(), week.settings());

        MatchingProblem read = ProblemFiles.read(new StringReader(ProblemFiles.toJson(problem)), "runs");
        assertThat(read).isEqualTo(problem);
        assertThat(read.slots().get(0).pickUpFrom()).containsExactlyInAnyOrder(home, other);
        assertThat(read.slots().get(0).runFrom(home)).isEqualTo(new PickUpRun(home, "駅前", 25));
        assertThat(read.slots().get(0).runFrom(other)).isNull();

        String withoutRuns = json.replaceAll("\\s*\"pickUpRuns\": \\[\\s*\\],?", "");
        assertThat(withoutRuns).doesNotContain("pickUpRuns");
        assertThat(ProblemFiles.read(new StringReader(withoutRuns), "old")).isEqualTo(week);
    }
}
