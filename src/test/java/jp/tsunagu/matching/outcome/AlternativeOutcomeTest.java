package jp.tsunagu.matching.outcome;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import jp.tsunagu.candidate.TravelMode;
import jp.tsunagu.registry.WorkKind;
import org.junit.jupiter.api.Test;

/** The moves of an alternative survive the JSON a proposal stores its alternatives in. */
class AlternativeOutcomeTest {

    private static AlternativeOutcome withMoves(List<AlternativeOutcome.Move> moves) {
        return new AlternativeOutcome(1, 21L, 18, TravelMode.CAR, "0hard/0medium/-12soft", "説明", 2L, "事業所2",
                "清掃20", WorkKind.CLEANING, List.of(DayOfWeek.MONDAY), LocalTime.of(9, 0), 3, moves);
    }

    @Test
    void movesAreNullSafeAndTellWhetherOthersMove() {
        assertThat(withMoves(null).moves()).isEmpty();
        assertThat(withMoves(null).needsSwap()).isFalse();
        AlternativeOutcome chain = withMoves(List.of(new AlternativeOutcome.Move(2, 21, 31, 25, TravelMode.CAR, "事業所2"),
                new AlternativeOutcome.Move(3, 31, 11, 40, TravelMode.PICK_UP, "事業所1")));
        assertThat(chain.needsSwap()).isTrue();
        assertThat(chain.moves()).extracting(AlternativeOutcome.Move::toSlotId).containsExactly(31L, 11L);
    }

    @Test
    void movesRoundTripThroughJson() throws Exception {
        AlternativeOutcome chain = withMoves(List.of(new AlternativeOutcome.Move(2, 21, 31, 25, TravelMode.CAR, "事業所2"),
                new AlternativeOutcome.Move(3, 31, 11, 40, TravelMode.PICK_UP, "事業所1")));
        try (Jsonb jsonb = JsonbBuilder.create()) {
            String json = jsonb.toJson(chain);
            assertThat(jsonb.fromJson(json, AlternativeOutcome.class)).isEqualTo(chain);
            // Stored before moves existed (a swap's two fields are ignored): read back as a slot with room.
            String old = json.replaceFirst(",?\"moves\":\\[[^\\]]*\\]", "")
                    .replaceFirst("\\{", "{\"swapCandidateId\":2,\"swapToSlotId\":11,");
            assertThat(jsonb.fromJson(old, AlternativeOutcome.class).moves()).isEmpty();
        }
    }
}
