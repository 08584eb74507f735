package jp.tsunagu.registry.csv;

import jakarta.validation.Validation;
import java.util.List;
import java.util.Map;
import jp.tsunagu.support.RegistryCsvFuzz.Vocabulary;

/** A reader of registry files over a small prefecture: three municipalities, three accommodations, two hosts, three tasks. */
final class ReaderFixture {

    static final Vocabulary KNOWN = new Vocabulary(List.of("202029", "202011", "204226"),
            List.of("quiet_place", "no_heavy_lifting", "short_hours"), List.of("H0001", "H0002"),
            List.of(List.of("H0001", "T1"), List.of("H0001", "T2"), List.of("H0002", "T1")));

    private static final Map<String, Long> HOSTS = Map.of("H0001", 1L, "H0002", 2L);
    private static final Map<String, Long> TASKS = Map.of("1/T1", 10L, "1/T2", 11L, "2/T1", 20L);

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
    }, Validation.buildDefaultValidatorFactory().getValidator());

    private ReaderFixture() {
    }
}
