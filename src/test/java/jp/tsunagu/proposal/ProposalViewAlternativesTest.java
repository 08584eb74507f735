package jp.tsunagu.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.StringReader;
import java.lang.reflect.Type;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import jp.tsunagu.candidate.TravelMode;
import jp.tsunagu.matching.outcome.AlternativeOutcome;
import jp.tsunagu.registry.WorkKind;
import org.junit.jupiter.api.Test;

/** Handing the stored alternatives on gives what binding them to objects and writing them again gave. */
class ProposalViewAlternativesTest {

    private static final Jsonb JSON = JsonbBuilder.create();
    private static final Type ALTERNATIVES = new ArrayList<AlternativeOutcome>() { }.getClass().getGenericSuperclass();

    private static final List<AlternativeOutcome> STORED = List.of(
            new AlternativeOutcome(1, 501, 25, TravelMode.PUBLIC_TRANSPORT, "+12", "バスで片道25分。", 31, "農園みどり",
                    "野菜の袋詰め", WorkKind.FARMING, List.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY), LocalTime.of(9, 30), 3,
                    List.of()),
            new AlternativeOutcome(2, 502, 40, TravelMode.CAR, null, "入れ替えで空きます。", 32, "清掃の会", "館内清掃",
                    WorkKind.CLEANING, List.of(DayOfWeek.FRIDAY), LocalTime.of(13, 0), 2,
                    List.of(new AlternativeOutcome.Move(77, 502, 503, 15, TravelMode.CAR, "自家用車で片道15分。"))));

    @Test
    void theStoredTextIsWhatBindingWouldWrite() {
        String stored = JSON.toJson(STORED);
        String bound = JSON.toJson(JSON.fromJson(stored, ALTERNATIVES));
        String handedOn = JSON.toJson(ProposalView.alternatives(stored));
        assertThat(handedOn).isEqualTo(bound);
    }

    @Test
    void alternativesStoredBeforeWeekdaysAndMovesGetTheEmptyListsBindingGave() {
        String old = "[{\"explanationJa\":\"近い\",\"hostId\":31,\"hostName\":\"農園\",\"hoursPerDay\":3,"
                + "\"rank\":1,\"slotId\":501,\"taskTitle\":\"袋詰め\",\"travelMinutes\":25,"
                + "\"travelledBy\":\"CAR\",\"workKind\":\"FARMING\"}]";
        JsonValue bound = parse(JSON.toJson(JSON.fromJson(old, ALTERNATIVES)));
        JsonValue handedOn = parse(JSON.toJson(ProposalView.alternatives(old)));
        assertThat(handedOn).isEqualTo(bound);
        assertThat(handedOn.asJsonArray().getJsonObject(0).getJsonArray("moves")).isEmpty();
    }

    @Test
    void aCounterLearnsHowManyOthersAnAlternativeMovesButNotWhoOrWhy() {
        JsonArray stored = ProposalView.alternatives(JSON.toJson(STORED));
        JsonArray forCounter = ProposalView.withoutOthers(stored);
        assertThat(forCounter).hasSize(2);
        assertThat(forCounter.getJsonObject(0).getInt("othersMoving")).isZero();
        assertThat(forCounter.getJsonObject(1).getInt("othersMoving")).isEqualTo(1);
        assertThat(forCounter.getJsonObject(1).containsKey("moves")).isFalse();
        String written = JSON.toJson(forCounter);
        assertThat(written).doesNotContain("candidateId", "自家用車で片道15分。", "503");
        assertThat(forCounter.getJsonObject(1).getString("explanationJa")).isEqualTo("入れ替えで空きます。");
        assertThat(forCounter.getJsonObject(1).getJsonNumber("slotId").longValue()).isEqualTo(502);
    }

    @Test
    void noStoredAlternativesAreAnEmptyList() {
        assertThat(ProposalView.alternatives(null)).isEmpty();
    }

    private static JsonValue parse(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readValue();
        }
    }
}
