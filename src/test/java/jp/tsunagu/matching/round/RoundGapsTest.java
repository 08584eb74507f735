package jp.tsunagu.matching.round;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The coordinator's list of gaps sums people per municipality and per kind, most first. */
class RoundGapsTest {

    @Test
    void gapsAreSummedPerMunicipalityAndPerKind() {
        List<Object[]> rows = List.of(
                new Object[] {"202029", "松本市", "ACCOMMODATION", 2L},
                new Object[] {"202029", "松本市", "SCHEDULE", 3L},
                new Object[] {"204854", "小谷村", "PICK_UP", 4L},
                new Object[] {"204854", "小谷村", "SCHEDULE", 2L},
                new Object[] {"202011", "長野市", "ACCOMMODATION", 1L});

        RoundGaps gaps = RoundGaps.of(7, 20, rows);

        assertThat(gaps.withGap()).isEqualTo(12);
        assertThat(gaps.unplaced()).isEqualTo(20);
        assertThat(gaps.byKind()).extracting(k -> k.kind() + "=" + k.people())
                .containsExactly("SCHEDULE=5", "PICK_UP=4", "ACCOMMODATION=3");
        assertThat(gaps.byKind().get(1).labelJa()).isEqualTo("お住まいの市町村からの送迎がない");
        assertThat(gaps.municipalities()).extracting(m -> m.municipalityName() + "=" + m.people())
                .containsExactly("小谷村=6", "松本市=5", "長野市=1");
        assertThat(gaps.municipalities().get(0).kinds()).extracting(RoundGaps.KindCount::kind)
                .containsExactly("PICK_UP", "SCHEDULE");
    }
}
