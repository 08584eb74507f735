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

    public static List<Municipality> readResource(String resource) {
        try (InputStream in = MunicipalityCsv.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the class path");
            }
            return read(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<Municipality> read(Reader reader) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setCommentMarker('#').setTrim(true).get();
        List<Municipality> municipalities = new ArrayList<>();
        for (CSVRecord row : format.parse(reader)) {
            String code = row.get("jis_code");
            municipalities.add(new Municipality(code, code.substring(0, 2), row.get("name"), row.get("name_kana"),
                    MunicipalityKind.valueOf(row.get("kind").toUpperCase(Locale.ROOT)),
                    row.get("district").isEmpty() ? null : row.get("district"), row.get("wide_area"),
                    new BigDecimal(row.get("latitude")), new BigDecimal(row.get("longitude"))));
        }
        return municipalities;
    }
}
