package jp.tsunagu.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jp.tsunagu.candidate.CandidateInput;
import jp.tsunagu.matching.round.StartRoundRequest;
import jp.tsunagu.support.SampleAccounts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** JSON bodies that broke the service, kept as HttpFuzzIT found them, with what must happen to them now. */
class FuzzRegressionTest {

    private static final Jsonb JSONB = JsonbBuilder.create();

    @AfterAll
    static void close() throws Exception {
        JSONB.close();
    }

    /** Found: a round for the year 10000 was read, and writing it failed in the database (500). */
    @Test
    void aRoundForADayTheDatabaseCannotHoldIsRefusedNamingTheField() {
        StartRoundRequest request = JSONB.fromJson("{\"solveSeconds\":1,\"roundStart\":\"+10000-01-03\"}", StartRoundRequest.class);
        assertThat(StorableDates.check(request)).get().satisfies(error -> {
            assertThat(error.field()).isEqualTo("roundStart");
            assertThat(Problems.isJapanese(error.message())).isTrue();
        });
        assertThat(StorableDates.check(JSONB.fromJson("{\"roundStart\":\"0999-12-29\"}", StartRoundRequest.class))).isPresent();
        assertThat(StorableDates.check(JSONB.fromJson("{\"roundStart\":\"9999-12-27\"}", StartRoundRequest.class))).isEmpty();
    }

    /** The same dates anywhere in a person's record. */
    @Test
    void aPersonWithADateTheDatabaseCannotHoldIsRefused() {
        String json = SampleAccounts.candidateJson("F-1", "202029").replace("\"programmeStart\":\"2026-09-01\"",
                "\"programmeStart\":\"+10000-01-01\"");
        assertThat(StorableDates.check(JSONB.fromJson(json, CandidateInput.class))).get()
                .extracting(Problems.FieldError::field).isEqualTo("programmeStart");
        assertThat(StorableDates.check(JSONB.fromJson(SampleAccounts.candidateJson("F-1", "202029"), CandidateInput.class))).isEmpty();
    }
}
