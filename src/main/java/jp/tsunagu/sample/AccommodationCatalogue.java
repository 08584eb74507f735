package jp.tsunagu.sample;

import java.util.ArrayList;
import java.util.List;
import jp.tsunagu.matching.problem.AccommodationFact;
import org.apache.commons.csv.CSVRecord;

/**
 * The accommodation catalogue (配慮の一覧) as data: {@value #RESOURCE}, which a prefecture extends
 * by adding rows. The codes the sample draws needs and offers from are listed in {@link Accommodations}.
 */
public final class AccommodationCatalogue {

    public static final String RESOURCE = "sample-data/accommodations.csv";

    private AccommodationCatalogue() {
    }

    public static List<AccommodationFact> load() {
        return load(RESOURCE);
    }

    public static List<AccommodationFact> load(String resource) {
        List<AccommodationFact> catalogue = new ArrayList<>();
        for (CSVRecord row : SampleCsv.read(resource)) {
            catalogue.add(new AccommodationFact(SampleCsv.required(row, "code", resource),
                    SampleCsv.required(row, "label_ja", resource)));
        }
        return List.copyOf(catalogue);
    }
}
