package jp.tsunagu.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.tsunagu.candidate.CandidateInput;
import org.junit.jupiter.api.Test;

/** The outermost shape a body must have, from the type it is read into. */
class JsonInputShapeTest {

    @Test
    void recordsAndMapsAreObjects() {
        assertThat(JsonInput.expectedOpening(CandidateInput.class)).isEqualTo('{');
        assertThat(JsonInput.expectedOpening(Map.class)).isEqualTo('{');
        assertThat(JsonInput.expectedOpening(JsonObject.class)).isEqualTo('{');
    }

    @Test
    void listsSetsAndArraysAreArrays() {
        assertThat(JsonInput.expectedOpening(List.class)).isEqualTo('[');
        assertThat(JsonInput.expectedOpening(Set.class)).isEqualTo('[');
        assertThat(JsonInput.expectedOpening(long[].class)).isEqualTo('[');
        assertThat(JsonInput.expectedOpening(JsonArray.class)).isEqualTo('[');
    }

    @Test
    void valuesThatMayBeAnythingAreNotChecked() {
        assertThat(JsonInput.expectedOpening(String.class)).isEqualTo((char) 0);
        assertThat(JsonInput.expectedOpening(JsonValue.class)).isEqualTo((char) 0);
        assertThat(JsonInput.expectedOpening(Object.class)).isEqualTo((char) 0);
        assertThat(JsonInput.expectedOpening(Long.class)).isEqualTo((char) 0);
        assertThat(JsonInput.expectedOpening(int.class)).isEqualTo((char) 0);
    }
}
