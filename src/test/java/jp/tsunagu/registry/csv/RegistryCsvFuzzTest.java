package jp.tsunagu.registry.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.StringReader;
import java.util.List;
import jp.tsunagu.platform.Problems;
import jp.tsunagu.registry.HostInput;
import jp.tsunagu.registry.SlotInput;
import jp.tsunagu.registry.TaskInput;
import jp.tsunagu.support.FuzzRun;
import jp.tsunagu.support.RegistryCsvFuzz;
import jp.tsunagu.support.RegistryCsvFuzz.Upload;
import jp.tsunagu.support.RegistryCsvFuzz.Vocabulary;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;

/**
 * Fuzzing of the registry import at unit level (reading and checking; the writing is the same
 * transaction either way, see HttpFuzzIT): whatever bytes arrive, the file is taken whole or
 * refused with every error on its line, in Japanese, and nothing else ever escapes.
 */
@AddLifecycleHook(FuzzRun.class)
class RegistryCsvFuzzTest {

    static final Vocabulary KNOWN = ReaderFixture.KNOWN;
    static final RegistryCsvReader READER = ReaderFixture.READER;

    @Provide
    Arbitrary<RegistryCsvFuzz.Sheet> sheets() {
        return Arbitraries.of(RegistryFile.values()).flatMap(file -> RegistryCsvFuzz.validSheet(file, KNOWN, "R"));
    }

    @Provide
    Arbitrary<Upload> valid() {
        return RegistryCsvFuzz.validUpload(sheets());
    }

    @Provide
    Arbitrary<Upload> brokenRow() {
        return RegistryCsvFuzz.brokenRowUpload(sheets());
    }

    @Provide
    Arbitrary<Upload> damaged() {
        return RegistryCsvFuzz.damagedUpload(sheets());
    }

    @Property(tries = 300)
    void aValidFileIsTakenWhole(@ForAll("valid") Upload upload) {
        List<?> inputs;
        try {
            inputs = READER.read(upload.file(), CsvText.decode(upload.bytes(), upload.charset()));
        } catch (CsvImportException e) {
            throw new AssertionError("a valid file was refused: " + e.errors() + "\n" + upload, e);
        }
        assertThat(inputs).as(upload::toString).hasSize(upload.rows());
        for (int i = 0; i < inputs.size(); i++) {
            assertThat(ref(inputs.get(i))).as(upload::toString).isEqualTo("R-" + (i + 1));
        }
    }

    @Property(tries = 300)
    void aFileWithOneBrokenRowIsRefusedNamingThatRow(@ForAll("brokenRow") Upload upload) {
        Throwable thrown = catchThrowable(() -> READER.read(upload.file(), CsvText.decode(upload.bytes(), upload.charset())));
        assertThat(thrown).as(upload::toString).isInstanceOf(CsvImportException.class);
        List<Problems.FieldError> errors = ((CsvImportException) thrown).errors();
        assertReadable(errors, upload);
        assertThat(errors).as(() -> upload + "\n" + errors)
                .anySatisfy(e -> assertThat(e.line()).isBetween(upload.brokenFirstLine(), upload.brokenLastLine()));
    }

    @Property(tries = 300)
    void whateverTheFileItIsTakenWholeOrRefusedLineByLineInJapanese(@ForAll("damaged") Upload upload) {
        List<?> inputs;
        try {
            inputs = READER.read(upload.file(), CsvText.decode(upload.bytes(), upload.charset()));
        } catch (CsvImportException refused) {
            assertReadable(refused.errors(), upload);
            return;
        }
        assertThat(inputs).as(() -> "every row of an accepted file is taken: " + upload).hasSize(records(upload));
    }

    /** Every error says in Japanese what is wrong, on a line of the file, and names no Java internals. */
    static void assertReadable(List<Problems.FieldError> errors, Upload upload) {
        assertThat(errors).as(upload::toString).isNotEmpty();
        int lines = RegistryCsvFuzz.lineCount(upload.text());
        for (Problems.FieldError e : errors) {
            assertThat(Problems.isJapanese(e.message())).as(() -> e + "\n" + upload).isTrue();
            assertThat(e.message()).as(() -> e + "\n" + upload).doesNotContain("Exception", "java.", "org.apache");
            assertThat(e.line()).as(() -> "line of " + e + "\n" + upload).isNotNull().isBetween(1, lines);
        }
    }

    private static int records(Upload upload) {
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true)
                .get().parse(new StringReader(CsvText.decode(upload.bytes(), upload.charset())))) {
            return parser.getRecords().size();
        } catch (Exception e) {
            throw new AssertionError("accepted, but not CSV: " + upload, e);
        }
    }

    private static String ref(Object input) {
        if (input instanceof HostInput h) {
            return h.externalRef();
        }
        if (input instanceof TaskInput t) {
            return t.externalRef();
        }
        return ((SlotInput) input).externalRef();
    }

}
