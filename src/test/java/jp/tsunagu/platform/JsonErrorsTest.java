package jp.tsunagu.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jp.tsunagu.candidate.CandidateInput;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** The JSON-B provider's failures, told in the caller's terms. */
class JsonErrorsTest {

    private static final Jsonb JSONB = JsonbBuilder.create();

    private static final String VALID = """
            {"caseCode":"X-1","municipalityCode":"202029","travelMode":"PUBLIC_TRANSPORT","maxOneWayMinutes":45,
             "programme":"WORK_EXPERIENCE","programmeStart":"2026-09-01","hoursPerDay":2,"daysPerWeek":2,
             "availableDays":["MONDAY"],"availableFrom":"09:00","availableUntil":"15:00",
             "priority":3,"waitingSince":"2026-10-01","consentToMatching":true}
            """;

    @AfterAll
    static void close() throws Exception {
        JSONB.close();
    }

    private static Problems.FieldError describe(String json) {
        Throwable failure = catchThrowable(() -> JSONB.fromJson(json, CandidateInput.class));
        assertThat(failure).as("the body must fail to read").isNotNull();
        Problems.FieldError error = JsonErrors.describe(failure, CandidateInput.class);
        assertThat(error.message()).doesNotContain("jp.tsunagu", "java.", "jakarta.", "Exception");
        return error;
    }

    @Test
    void anUnknownEnumValueListsTheAllowedOnes() {
        Problems.FieldError error = describe(VALID.replace("\"PUBLIC_TRANSPORT\"", "-1"));
        assertThat(error.field()).isEqualTo("travelMode");
        assertThat(error.message()).isEqualTo("travelMode の値が正しくありません。使える値: CAR, PUBLIC_TRANSPORT, BICYCLE, WALK, PICK_UP");
        assertThat(describe(VALID.replace("PUBLIC_TRANSPORT", "TELEPORT")).field()).isEqualTo("travelMode");
    }

    @Test
    void aWrongTypeSaysWhatTheFieldTakes() {
        assertThat(describe(VALID.replace("\"priority\":3", "\"priority\":\"high\"")).message())
                .isEqualTo("priority は整数で指定してください。");
        assertThat(describe(VALID.replace("2026-09-01", "next week")).message()).contains("programmeStart", "日付");
        assertThat(describe(VALID.replace("\"MONDAY\"", "\"MOON\"")).message())
                .contains("availableDays", "MONDAY", "SUNDAY");
        assertThat(describe(VALID.replace("\"09:00\"", "9")).message()).contains("availableFrom", "時刻");
    }

    @Test
    void brokenJsonGivesItsPlace() {
        Problems.FieldError error = describe("{\"caseCode\": \"X\", ");
        assertThat(error.field()).isEqualTo("body");
        assertThat(error.message()).contains("JSON の書式");
        assertThat(describe("[1,2]").field()).isEqualTo("body");
    }
}
