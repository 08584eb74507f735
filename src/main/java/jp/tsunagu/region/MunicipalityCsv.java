package jp.tsunagu.region;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a prefecture's municipality list in the format of {@code sample-data/nagano/municipalities.csv}:
 * {@code jis_code,name,name_kana,kind,district,wide_area,latitude,longitude,population}, lines
 * starting with {@code #} being comments.
 */
public final class MunicipalityCsv {

    public static final String NAGANO_RESOURCE = "sample-data/nagano/municipalities.csv";

    private MunicipalityCsv() {
    }

    /**
     * A row of the file: the municipality and its population where the file has one (the Nagano
     * file has none yet).
     */
    public record Row(Municipality municipality, OptionalLong population) {
    }

    public static List<Municipality> readResource(String resource) {
        return readRows(resource).stream().map(Row::municipality).toList();
    }

    public static List<Row> readRows(String resource) {
        try (InputStream in = MunicipalityCsv.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the class path");
            }
            return read(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<Row> read(Reader reader) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setCommentMarker('#').setTrim(true).get();
        List<Row> rows = new ArrayList<>();
        for (CSVRecord row : format.parse(reader)) {
            String code = row.get("jis_code");
            String population = row.isMapped("population") ? row.get("population") : "";
            rows.add(new Row(new Municipality(code, code.substring(0, 2), row.get("name"), row.get("name_kana"),
                    MunicipalityKind.valueOf(row.get("kind").toUpperCase(Locale.ROOT)),
                    row.get("district").isEmpty() ? null : row.get("district"), row.get("wide_area"),
                    new BigDecimal(row.get("latitude")), new BigDecimal(row.get("longitude"))),
                    population.isEmpty() ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(population))));
        }
        return rows;
    }
}
