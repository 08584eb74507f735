package jp.tsunagu.candidate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import jakarta.json.JsonException;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import jakarta.ws.rs.ProcessingException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import jp.tsunagu.platform.JsonErrors;
import jp.tsunagu.platform.Problems;
import jp.tsunagu.support.FuzzRun;
import jp.tsunagu.support.JsonFuzz;
import jp.tsunagu.support.JsonFuzz.Body;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * Fuzzing of how a counter's JSON becomes a {@link CandidateInput}: a valid body with fields
 * removed, replaced by values of every kind, added or cut off. Reading fails only in the ways the
 * service turns into a 400 ({@code JsonInput}), and then says in Japanese which field is wrong; a
 * body that reads is checked by Bean Validation in Japanese.
 */
@AddLifecycleHook(FuzzRun.class)
class CandidateInputFuzzTest {

    static final String VALID = """
            {"caseCode":"F-1","municipalityCode":"202029","travelMode":"PUBLIC_TRANSPORT","maxOneWayMinutes":45,
             "programme":"WORK_EXPERIENCE","programmeStart":"2026-09-01","extensionReason":null,"hoursPerDay":2,"daysPerWeek":2,
             "availableDays":["MONDAY","WEDNESDAY"],"availableFrom":"09:00","availableUntil":"15:00",
             "accommodationNeeds":["quiet_place"],"interests":["GARDENING"],"excludedHostIds":[1],
             "priority":3,"waitingSince":"2026-10-01","consentToMatching":true,"consentDate":"2026-10-01","version":null}""";

    static final List<String> FIELDS = Arrays.stream(CandidateInput.class.getRecordComponents()).map(c -> c.getName()).toList();

    static final Jsonb JSONB = JsonbBuilder.create();
    static final ValidatorFactory VALIDATION = Validation.buildDefaultValidatorFactory();

    @AfterContainer
    static void close() throws Exception {
        JSONB.close();
        VALIDATION.close();
    }

    @Provide
    Arbitrary<Body> bodies() {
        return JsonFuzz.mutations(VALID, FIELDS);
    }

    @Property(tries = 300)
    void aBodyIsReadOrRefusedNamingTheFieldInJapanese(@ForAll("bodies") Body body) {
        Throwable failure = catchThrowable(() -> JSONB.fromJson(body.json(), CandidateInput.class));
        if (failure != null) {
            // What JsonInput turns into a 400; anything else would be a 500.
            assertThat(failure).as(body::toString)
                    .isInstanceOfAny(JsonbException.class, JsonException.class, ProcessingException.class);
            Problems.FieldError error = JsonErrors.describe(failure, CandidateInput.class);
            assertThat(Problems.isJapanese(error.message())).as(() -> body + " -> " + error).isTrue();
            assertThat(error.message()).as(() -> body + " -> " + error).doesNotContain("jp.tsunagu", "java.", "jakarta.", "Exception");
            assertThat(error.field().equals("body") || FIELDS.contains(error.field().split("[.,\\[ ]")[0]))
                    .as(() -> body + " -> " + error).isTrue();
            return;
        }
        CandidateInput input = JSONB.fromJson(body.json(), CandidateInput.class);
        if (input == null) {
            return; // "null" as the whole body: the resource's @NotNull refuses it
        }
        Set<ConstraintViolation<CandidateInput>> violations = VALIDATION.getValidator().validate(input);
        for (ConstraintViolation<CandidateInput> v : violations) {
            assertThat(Problems.isJapanese(v.getMessage()))
                    .as(() -> body + " -> " + v.getPropertyPath() + " " + v.getMessage()).isTrue();
            assertThat(FIELDS).as(body::toString).contains(v.getPropertyPath().iterator().next().getName());
        }
        if (violations.isEmpty()) {
            assertThat(input.profile()).as(body::toString).isNotNull();
        }
    }
}
