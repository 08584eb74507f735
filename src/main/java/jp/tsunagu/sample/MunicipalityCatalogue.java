package jp.tsunagu.sample;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import jp.tsunagu.matching.problem.MunicipalityFact;
import jp.tsunagu.region.MunicipalityKind;
import org.apache.commons.csv.CSVRecord;

/** The municipalities of the sample prefecture, from {@value #NAGANO} (see {@code sample-data/README.md}). */
public final class MunicipalityCatalogue {

    public static final String NAGANO = "sample-data/nagano/municipalities.csv";

    private MunicipalityCatalogue() {
    }

    /**
     * A municipality with its population where the file has one; the Nagano file has none yet,
     * and the sample then weighs municipalities by kind.
     */
    public record Entry(MunicipalityFact fact, OptionalLong population) {
    }

    public static List<Entry> load(String resource) {
        List<Entry> entries = new ArrayList<>();
        for (CSVRecord row : SampleCsv.read(resource)) {
            MunicipalityFact fact = new MunicipalityFact(
                    SampleCsv.required(row, "jis_code", resource),
                    SampleCsv.required(row, "name", resource),
                    MunicipalityKind.valueOf(SampleCsv.required(row, "kind", resource).toUpperCase(Locale.ROOT)),
                    SampleCsv.required(row, "wide_area", resource),
                    Double.parseDouble(SampleCsv.required(row, "latitude", resource)),
                    Double.parseDouble(SampleCsv.required(row, "longitude", resource)));
            String population = row.isMapped("population") ? row.get("population") : "";
            entries.add(new Entry(fact,
                    population.isEmpty() ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(population))));
        }
        return List.copyOf(entries);
    }
}
