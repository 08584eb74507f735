package jp.tsunagu.registry.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import net.jqwik.api.lifecycle.AfterContainer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;

/**
 * Fuzzing of the registry import at unit level (reading and checking; the writing is the same
 * transaction either way, see HttpFuzzIT): whatever bytes arrive, the file is taken whole or
 * refused with every error on its line, in Japanese, and nothing else ever escapes.
 */
@AddLifecycleHook(FuzzRun.class)
class RegistryCsvFuzzTest {

    static final Vocabulary KNOWN = new Vocabulary(List.of("202029", "202011", "204226"),
            List.of("quiet_place", "no_heavy_lifting", "short_hours"), List.of("H0001", "H0002"),
            List.of(List.of("H0001", "T1"), List.of("H0001", "T2"), List.of("H0002", "T1")));
    static final Map<String, Long> HOSTS = Map.of("H0001", 1L, "H0002", 2L);
    static final Map<String, Long> TASKS = Map.of("1/T1", 10L, "1/T2", 11L, "2/T1", 20L);

    static final ValidatorFactory VALIDATION = Validation.buildDefaultValidatorFactory();

    static final RegistryCsvReader READER = new RegistryCsvReader(new RegistryCsvReader.References() {
        @Override
        public boolean isMunicipality(String code) {
            return KNOWN.municipalities().contains(code);
        }

        @Override
        public boolean isAccommodation(String code) {
            return KNOWN.accommodations().contains(code);
        }

        @Override
        public Long hostId(String ref) {
            return HOSTS.get(ref);
        }

        @Override
        public Long taskId(long hostId, String ref) {
            return TASKS.get(hostId + "/" + ref);
        }
    }, VALIDATION.getValidator());

    @AfterContainer
    static void close() {
        VALIDATION.close();
    }

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
