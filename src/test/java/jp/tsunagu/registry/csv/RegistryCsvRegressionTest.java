package jp.tsunagu.registry.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import jp.tsunagu.platform.InvalidInputException;
import jp.tsunagu.platform.Problems;
import jp.tsunagu.registry.TaskInput;
import org.junit.jupiter.api.Test;

/**
 * Files that broke the import, kept as they were found (by RegistryCsvFuzzTest from its fixed
 * seed, unless said otherwise), with what the import must do with them now.
 */
class RegistryCsvRegressionTest {

    static final String HOSTS = "host_ref,name,kind,municipality_code,latitude,longitude,contact_person,contact_hours,actively_accepting,site_accommodations";

    private static List<?> read(RegistryFile file, String text) {
        return ReaderFixture.READER.read(file, text);
    }

    private static List<Problems.FieldError> refused(RegistryFile file, String text) {
        CsvImportException e = catchThrowableOfType(CsvImportException.class, () -> read(file, text));
        assertThat(e).as("the file must be refused").isNotNull();
        assertThat(e.errors()).allSatisfy(error -> assertThat(Problems.isJapanese(error.message())).isTrue());
        return e.errors();
    }

    private static List<Problems.FieldError> refused(byte[] bytes, String charset) {
        CsvImportException e = catchThrowableOfType(CsvImportException.class, () -> CsvText.decode(bytes, charset));
        assertThat(e).as("the bytes must be refused").isNotNull();
        return e.errors();
    }

    /** Found: the key of a row was read from the first columns, whatever their names, so two tasks looked like one. */
    @Test
    void columnsInAnotherOrderAreNotMistakenForRepeatedRows() {
        String file = """
                "customer_contact","accommodations_offered","supervisor_capacity","supervisor_name","host_ref","work_kind","task_ref","title","physical_load","memo"
                "NONE","","1","園","H0001","FARMING","R-1","園","LIGHT","メモ0"
                "NONE","","1","園","H0001","FARMING","R-2","園","LIGHT","メモ1"
                """;
        assertThat(read(RegistryFile.TASKS, file)).extracting(t -> ((TaskInput) t).externalRef()).containsExactly("R-1", "R-2");
        assertThat(refused(RegistryFile.TASKS, file.replace("R-2", "R-1")))
                .extracting(Problems.FieldError::line).containsExactly(3);
    }

    /** Found: the parser's exception escaped the import and the caller got a 500. */
    @Test
    void textAfterAClosingQuoteIsRefusedOnItsLine() {
        String file = """
                "latitude","kind","contact_hours","municipality_code","longitude","contact_person","site_accommodations","name","actively_accepting","host_ref","memo"
                "閉じた"後ろ,"","COMPANY","","202029","","","","園","","R-1","メモ0"
                """;
        assertThat(refused(RegistryFile.HOSTS, file)).singleElement()
                .satisfies(e -> assertThat(e.line()).isEqualTo(2))
                .satisfies(e -> assertThat(e.message()).contains("\"\" と2つ重ねて").doesNotContain("Exception"));
    }

    /** Found: the byte-order mark made the whole file Shift_JIS, and the import complained about a header that was fine. */
    @Test
    void aByteOfNoEncodingAfterAByteOrderMarkIsNamedOnItsLine() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        bytes.writeBytes("\"actively_accepting\",\"latitude\",\"host_ref\",\"contact_hours\",\"kind\",\"longitude\",\"contact_person\",\"site_accommodations\",\"municipality_code\",\"name\",\"memo\"\n"
                .getBytes(StandardCharsets.UTF_8));
        bytes.write(0xFF);
        bytes.writeBytes("\"\",\"\",\"R-1\",\"\",\"COMPANY\",\"\",\"\",\"\",\"202029\",\"園\",\"メモ0\"\n".getBytes(StandardCharsets.UTF_8));
        assertThat(refused(bytes.toByteArray(), null)).singleElement()
                .satisfies(e -> assertThat(e.line()).isEqualTo(2))
                .satisfies(e -> assertThat(e.message()).contains("UTF-8"));
    }

    /** Seen while writing the generators: a name that is no Shift_JIS was stored with replacement characters. */
    @Test
    void aDeclaredShiftJisFileWithAByteOfNoCharacterIsRefused() {
        byte[] head = (HOSTS + "\r\nH9,").getBytes(StandardCharsets.US_ASCII);
        byte[] bytes = new byte[head.length + 1];
        System.arraycopy(head, 0, bytes, 0, head.length);
        bytes[head.length] = (byte) 0xA0;
        assertThat(refused(bytes, "Shift_JIS")).singleElement().satisfies(e -> assertThat(e.line()).isEqualTo(2));
    }

    /** Seen while writing the generators: an unknown charset in the Content-Type was a 500. */
    @Test
    void anUnknownCharsetIsTheCallersMistake() {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> CsvText.decode("a".getBytes(StandardCharsets.US_ASCII), "nope"));
        assertThat(e.field()).isEqualTo("charset");
        assertThat(Problems.isJapanese(e.getMessage())).isTrue();
    }

    @Test
    void aQuoteNeverClosedIsNamedWhereItOpens() {
        String file = HOSTS + "\r\nH9,農園,FARM,202029,,,,,はい,\r\nH10,\"閉じない,FARM,202029,,,,,はい,\r\nH11,店,SHOP,202029,,,,,はい,\r\n";
        assertThat(refused(RegistryFile.HOSTS, file)).extracting(Problems.FieldError::line).containsExactly(3);
    }

    /** A comma inside an unquoted value shifts the cells after it; the last value used to be dropped without a word. */
    @Test
    void cellsBeyondTheHeaderRefuseTheRow() {
        String file = HOSTS + "\r\nH9,農園,FARM,202029,,,,,はい,quiet_place,no_heavy_lifting\r\nH10,店,SHOP,202029,,,,,はい,,,\r\n";
        assertThat(refused(RegistryFile.HOSTS, file)).singleElement()
                .satisfies(e -> assertThat(e.line()).isEqualTo(2))
                .satisfies(e -> assertThat(e.message()).contains("カンマ"));
    }

    @Test
    void aColumnNamedTwiceOrWithoutNameIsNamedOnTheHeader() {
        assertThat(refused(RegistryFile.HOSTS, HOSTS + ",name\r\nH9,農園,FARM,202029,,,,,はい,,農園2\r\n"))
                .singleElement().satisfies(e -> assertThat(e.line()).isEqualTo(1))
                .satisfies(e -> assertThat(e.message()).contains("name"));
        assertThat(refused(RegistryFile.HOSTS, HOSTS + ",\r\nH9,農園,FARM,202029,,,,,はい,,\r\n"))
                .singleElement().satisfies(e -> assertThat(e.line()).isEqualTo(1));
    }

    @Test
    void aRowSpanningLinesIsNamedByItsFirst() {
        String file = HOSTS + "\r\nH9,\"農園\r\n（本園）\",FARM,999999,,,,,はい,\r\n";
        assertThat(refused(RegistryFile.HOSTS, file)).extracting(Problems.FieldError::line).containsExactly(2);
    }

    /** Found by HttpFuzzIT: the problem's detail was the exception's English message. */
    @Test
    void theDetailOfARefusedFileIsJapanese() {
        CsvImportException e = catchThrowableOfType(CsvImportException.class,
                () -> read(RegistryFile.HOSTS, HOSTS + "\r\nH9,農園,宇宙船,202029,,,,,はい,\r\n"));
        assertThat(Problems.isJapanese(CsvImportProblemMapper.detail(e))).isTrue();
        assertThat(CsvImportProblemMapper.detail(e)).startsWith("1 件の誤り");
    }
}
