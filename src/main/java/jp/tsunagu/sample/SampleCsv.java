package jp.tsunagu.sample;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the CSV files of {@code sample-data/} from the class path. Each file opens with a
 * {@code #} line naming its source, then a header row.
 */
final class SampleCsv {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setCommentMarker('#')
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .setTrim(true)
            .get();

    private SampleCsv() {
    }

    static List<CSVRecord> read(String resource) {
        InputStream in = SampleCsv.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException(resource + " is not on the class path");
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return FORMAT.parse(reader).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    static String required(CSVRecord record, String column, String resource) {
        String value = record.isMapped(column) ? record.get(column) : null;
        if (value == null || value.isEmpty()) {
            throw new IllegalStateException(resource + " line " + record.getRecordNumber()
                    + ": column '" + column + "' is empty");
        }
        return value;
    }
}
