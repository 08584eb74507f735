package jp.tsunagu.booking;

import static jp.tsunagu.support.SampleAccounts.COORDINATOR;
import static jp.tsunagu.support.SampleAccounts.EMPLOYER;
import static jp.tsunagu.support.SampleAccounts.MATSUMOTO_COUNTER;
import static jp.tsunagu.support.SampleAccounts.NAGANO_CITY_COUNTER;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import jp.tsunagu.support.Api;
import jp.tsunagu.support.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The accompanying staff of the sample network and who may see, register and book them; the
 * input errors of a booking. Bookings of accepted and confirmed proposals, clashes and cancelling
 * are exercised by the lifecycle test, which brings proposals that far.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BookingStaffIT {

    private static final String MATSUMOTO_STAFF = "松本市 自立相談支援機関 就労支援員A";
    private static final String NAGANO_CITY_STAFF = "長野市 自立相談支援機関 就労支援員A";
    private static final String NO_SUCH_PROPOSAL = "/proposals/99999999/bookings";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtWar();
    }

    @ArquillianResource
    URL base;

    Api coordinator;
    Api matsumoto;
    Api naganoCity;
    Api employer;

    @BeforeEach
    void accounts() {
        Api api = new Api(base);
        coordinator = api.as(COORDINATOR);
        matsumoto = api.as(MATSUMOTO_COUNTER);
        naganoCity = api.as(NAGANO_CITY_COUNTER);
        employer = api.as(EMPLOYER);
    }

    @Test
    void aCounterBooksItsOwnStaffAndThePrefecturesJobCoaches() {
        List<String> mine = names(matsumoto.get("/staff"));
        assertThat(mine).contains(MATSUMOTO_STAFF, "長野県 ジョブコーチ1", "長野県 ジョブコーチ2")
                .doesNotContain(NAGANO_CITY_STAFF);
        assertThat(names(coordinator.get("/staff"))).contains(MATSUMOTO_STAFF, NAGANO_CITY_STAFF, "長野県 ジョブコーチ1");
        assertThat(employer.get("/staff").status()).isEqualTo(403);
    }

    @Test
    void aCounterRegistersItsOwnStaffOnly() {
        long ownCounterId = matsumoto.get("/me").json().getJsonNumber("counterId").longValue();
        long otherCounterId = naganoCity.get("/me").json().getJsonNumber("counterId").longValue();
        String name = "就労支援員 " + UUID.randomUUID().toString().substring(0, 6);

        var created = matsumoto.post("/staff", "{\"name\":\"" + name + "\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().getJsonNumber("counterId").longValue()).isEqualTo(ownCounterId);
        assertThat(created.json().getBoolean("prefectural")).isFalse();
        assertThat(names(matsumoto.get("/staff"))).contains(name);
        assertThat(names(naganoCity.get("/staff"))).doesNotContain(name);

        var foreign = matsumoto.post("/staff", "{\"name\":\"x\",\"counterId\":" + otherCounterId + "}");
        assertThat(foreign.status()).isEqualTo(400);
        assertThat(fields(foreign)).containsExactly("counterId");
        assertThat(fields(matsumoto.post("/staff", "{\"name\":\" \"}"))).containsExactly("name");
        assertThat(employer.post("/staff", "{\"name\":\"x\"}").status()).isEqualTo(403);

        var prefectural = coordinator.post("/staff", "{\"name\":\"長野県 ジョブコーチ " + name + "\"}");
        assertThat(prefectural.status()).isEqualTo(201);
        assertThat(prefectural.json().getBoolean("prefectural")).isTrue();
        var forACounter = coordinator.post("/staff", "{\"name\":\"" + name + "B\",\"counterId\":" + otherCounterId + "}");
        assertThat(forACounter.status()).isEqualTo(201);
        assertThat(names(naganoCity.get("/staff"))).contains(name + "B");
    }

    @Test
    void aCalendarIsReadByThoseWhoMayBookTheStaffMember() {
        long own = idOf(matsumoto.get("/staff"), MATSUMOTO_STAFF);
        long foreign = idOf(coordinator.get("/staff"), NAGANO_CITY_STAFF);
        LocalDate today = LocalDate.now();
        String range = "?from=" + today + "&to=" + today.plusDays(30);

        var calendar = matsumoto.get("/staff/" + own + "/calendar" + range);
        assertThat(calendar.status()).as(calendar.toString()).isEqualTo(200);
        assertThat(calendar.body()).startsWith("[");
        assertThat(matsumoto.get("/staff/" + foreign + "/calendar" + range).status()).isEqualTo(404);
        assertThat(coordinator.get("/staff/" + foreign + "/calendar").status()).isEqualTo(200);
        assertThat(employer.get("/staff/" + own + "/calendar").status()).isEqualTo(403);
        assertThat(fields(matsumoto.get("/staff/" + own + "/calendar?from=" + today + "&to=" + today.minusDays(1))))
                .containsExactly("to");
        assertThat(fields(matsumoto.get("/staff/" + own + "/calendar?from=June"))).containsExactly("from");
        assertThat(matsumoto.get("/staff/99999999/calendar").status()).isEqualTo(404);
    }

    @Test
    void bookingTimesAreCheckedAndNamed() {
        String tomorrow = LocalDate.now().plusDays(1).toString();
        var reversed = matsumoto.post(NO_SUCH_PROPOSAL, booking("VISIT", tomorrow + "T12:00", tomorrow + "T10:00"));
        assertThat(reversed.status()).isEqualTo(400);
        assertThat(reversed.contentType()).startsWith("application/problem+json");
        assertThat(fields(reversed)).containsExactly("endsAt");
        assertThat(fields(matsumoto.post(NO_SUCH_PROPOSAL, booking("VISIT", tomorrow + "T06:00", tomorrow + "T19:00"))))
                .as("longer than 12 hours").containsExactly("endsAt");
        assertThat(fields(matsumoto.post(NO_SUCH_PROPOSAL, booking("VISIT", "2020-01-06T10:00", "2020-01-06T12:00"))))
                .containsExactly("startsAt");
        assertThat(fields(matsumoto.post(NO_SUCH_PROPOSAL, booking("VISIT", "soon", tomorrow + "T12:00"))))
                .containsExactly("startsAt");
        assertThat(matsumoto.post(NO_SUCH_PROPOSAL, booking("TOUR", tomorrow + "T10:00", tomorrow + "T12:00")).status())
                .isEqualTo(400);
        var noKind = matsumoto.post(NO_SUCH_PROPOSAL,
                "{\"startsAt\":\"" + tomorrow + "T10:00\",\"endsAt\":\"" + tomorrow + "T12:00\",\"staffIds\":[]}");
        assertThat(fields(noKind)).containsExactly("kind");
    }

    @Test
    void unknownProposalsAndBookingsAre404AndEmployersMayNotBook() {
        String tomorrow = LocalDate.now().plusDays(1).toString();
        String visit = booking("VISIT", tomorrow + "T10:00", tomorrow + "T12:00");
        assertThat(matsumoto.post(NO_SUCH_PROPOSAL, visit).status()).isEqualTo(404);
        assertThat(coordinator.post(NO_SUCH_PROPOSAL, visit).status()).isEqualTo(404);
        assertThat(employer.post(NO_SUCH_PROPOSAL, visit).status()).isEqualTo(403);
        assertThat(matsumoto.get(NO_SUCH_PROPOSAL).status()).isEqualTo(404);
        assertThat(employer.get(NO_SUCH_PROPOSAL).status()).isEqualTo(404);
        assertThat(matsumoto.delete("/bookings/99999999").status()).isEqualTo(404);
        assertThat(employer.delete("/bookings/99999999").status()).isEqualTo(403);
    }

    private static String booking(String kind, String startsAt, String endsAt) {
        return "{\"kind\":\"%s\",\"startsAt\":\"%s\",\"endsAt\":\"%s\",\"staffIds\":[],\"note\":\"見学\"}"
                .formatted(kind, startsAt, endsAt);
    }

    private static List<String> names(Api.Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.array().stream().map(JsonValue::asJsonObject).map(s -> s.getString("name")).toList();
    }

    private static long idOf(Api.Reply staff, String name) {
        return staff.array().stream().map(JsonValue::asJsonObject).filter(s -> s.getString("name").equals(name))
                .map(s -> s.getJsonNumber("id").longValue()).findFirst()
                .orElseThrow(() -> new AssertionError("no staff member " + name + " in " + staff));
    }

    private static List<String> fields(Api.Reply reply) {
        JsonObject problem = reply.json();
        assertThat(problem.getInt("status")).as(reply.toString()).isEqualTo(400);
        return problem.getJsonArray("errors").stream().map(JsonValue::asJsonObject).map(e -> e.getString("field")).toList();
    }
}
