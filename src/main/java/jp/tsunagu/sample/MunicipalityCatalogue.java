package jp.tsunagu.sample;

import java.util.List;
import java.util.OptionalLong;
import jp.tsunagu.matching.problem.MunicipalityFact;
import jp.tsunagu.region.MunicipalityCsv;

/** The municipalities of the sample prefecture, from {@value #NAGANO} (see {@code sample-data/README.md}). */
public final class MunicipalityCatalogue {

    public static final String NAGANO = MunicipalityCsv.NAGANO_RESOURCE;

    private MunicipalityCatalogue() {
    }

    /**
     * A municipality with its population where the file has one; the Nagano file has none yet,
     * and the sample then weighs municipalities by kind.
     */
    public record Entry(MunicipalityFact fact, OptionalLong population) {
    }

    public static List<Entry> load(String resource) {
        return MunicipalityCsv.readRows(resource).stream()
                .map(row -> new Entry(MunicipalityFact.of(row.municipality()), row.population()))
                .toList();
    }
}
