package jp.tsunagu.candidate;

import static jp.tsunagu.support.SampleAccounts.COORDINATOR;
import static jp.tsunagu.support.SampleAccounts.MATSUMOTO;
import static jp.tsunagu.support.SampleAccounts.MATSUMOTO_COUNTER;
import static jp.tsunagu.support.SampleAccounts.candidateJson;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.util.ArrayList;
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

/** Bad input gets a problem+json in the caller's terms, and nothing already stored is lost or half-written. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CandidateInputIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtWar();
    }

    @ArquillianResource
    URL base;

    Api counter;

    @BeforeEach
    void account() {
        counter = new Api(base).as(MATSUMOTO_COUNTER);
    }

    private static String caseCode() {
        return "CI-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private int poolSize() {
        return counter.list("/candidates").size();
    }

    @Test
    void outOfRangeAndMissingFieldsAreNamed() {
        int before = poolSize();
        String json = candidateJson(caseCode(), MATSUMOTO)
                .replace("\"maxOneWayMinutes\":45", "\"maxOneWayMinutes\":900")
                .replace("\"priority\":3", "\"priority\":0")
                .replace("\"travelMode\":\"PUBLIC_TRANSPORT\",", "");
        var reply = counter.post("/candidates", json);
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(fields(reply)).contains("maxOneWayMinutes", "priority", "travelMode");
        assertThat(poolSize()).isEqualTo(before);
    }

    @Test
    void malformedJsonIs400Problem() {
        var reply = counter.post("/candidates", "{\"caseCode\": \"X\", ");
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().getInt("status")).isEqualTo(400);
    }

    @Test
    void aValueOfTheWrongTypeIs400Problem() {
        var reply = counter.post("/candidates", candidateJson(caseCode(), MATSUMOTO).replace("\"priority\":3", "\"priority\":\"high\""));
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        var unknownEnum = counter.post("/candidates", candidateJson(caseCode(), MATSUMOTO).replace("PUBLIC_TRANSPORT", "TELEPORT"));
        assertThat(unknownEnum.status()).isEqualTo(400);
    }

    @Test
    void unknownReferencesAreNamed() {
        var unknownNeed = counter.post("/candidates", candidateJson(caseCode(), MATSUMOTO).replace("quiet_place", "no_such_need"));
        assertThat(unknownNeed.status()).isEqualTo(400);
        assertThat(fields(unknownNeed)).containsExactly("accommodationNeeds");
        var unknownHost = counter.post("/candidates", candidateJson(caseCode(), MATSUMOTO).replace("\"excludedHostIds\":[]", "\"excludedHostIds\":[987654]"));
        assertThat(unknownHost.status()).isEqualTo(400);
        assertThat(fields(unknownHost)).containsExactly("excludedHostIds");
        var badHours = counter.post("/candidates", candidateJson(caseCode(), MATSUMOTO).replace("\"availableUntil\":\"15:00\"", "\"availableUntil\":\"08:00\""));
        assertThat(fields(badHours)).containsExactly("availableUntil");
    }

    @Test
    void unknownIdsAre404() {
        var reply = counter.get("/candidates/99999999");
        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(new Api(base).as(COORDINATOR).get("/slots/99999999").status()).isEqualTo(404);
    }

    @Test
    void aDuplicateCaseCodeIsAConflict() {
        String code = caseCode();
        assertThat(counter.post("/candidates", candidateJson(code, MATSUMOTO)).status()).isEqualTo(201);
        assertThat(counter.post("/candidates", candidateJson(code, MATSUMOTO)).status()).isEqualTo(409);
    }

    @Test
    void aStaleUpdateIs409AndKeepsTheFirstEdit() {
        String code = caseCode();
        long id = counter.post("/candidates", candidateJson(code, MATSUMOTO)).json().getJsonNumber("id").longValue();
        long version = counter.get("/candidates/" + id).json().getJsonNumber("version").longValue();

        var first = counter.put("/candidates/" + id, candidateJson(code, MATSUMOTO, 5, version));
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        var second = counter.put("/candidates/" + id, candidateJson(code, MATSUMOTO, 1, version));
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.contentType()).startsWith("application/problem+json");

        JsonObject stored = counter.get("/candidates/" + id).json();
        assertThat(stored.getJsonObject("profile").getInt("priority")).isEqualTo(5);
        assertThat(stored.getJsonNumber("version").longValue()).isEqualTo(version + 1);
    }

    @Test
    void concurrentEditsFromTheSameVersionLetExactlyOneWin() throws Exception {
        String code = caseCode();
        long id = counter.post("/candidates", candidateJson(code, MATSUMOTO)).json().getJsonNumber("id").longValue();
        long version = counter.get("/candidates/" + id).json().getJsonNumber("version").longValue();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Callable<Api.Reply>> edits = List.of(
                    () -> counter.put("/candidates/" + id, candidateJson(code, MATSUMOTO, 2, version)),
                    () -> counter.put("/candidates/" + id, candidateJson(code, MATSUMOTO, 3, version)),
                    () -> counter.put("/candidates/" + id, candidateJson(code, MATSUMOTO, 4, version)),
                    () -> counter.put("/candidates/" + id, candidateJson(code, MATSUMOTO, 5, version)));
            var replies = pool.invokeAll(edits);
            List<Integer> statuses = replies.stream().map(f -> {
                try {
                    return f.get().status();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }).toList();
            assertThat(statuses).containsOnly(200, 409).containsOnlyOnce(200);
        } finally {
            pool.shutdown();
        }
        assertThat(counter.get("/candidates/" + id).json().getJsonNumber("version").longValue()).isEqualTo(version + 1);
    }

    @Test
    void anUpdateWithoutVersionIsRefused() {
        String code = caseCode();
        long id = counter.post("/candidates", candidateJson(code, MATSUMOTO)).json().getJsonNumber("id").longValue();
        var reply = counter.put("/candidates/" + id, candidateJson(code, MATSUMOTO));
        assertThat(reply.status()).isEqualTo(400);
        assertThat(fields(reply)).containsExactly("version");
    }

    // --- pages of the list -------------------------------------------------------------------------

    @Test
    void theListComesInPagesThatAddUpToTheWholeListInIdOrder() {
        Api coordinator = new Api(base).as(COORDINATOR);
        List<Long> whole = ids(coordinator.list("/candidates"));
        assertThat(whole).hasSizeGreaterThan(250).isSorted().doesNotHaveDuplicates();

        List<Long> paged = new ArrayList<>();
        String next = "/candidates?limit=37";
        int pages = 0;
        while (next != null) {
            var page = coordinator.get(next);
            assertThat(page.status()).as(page.toString()).isEqualTo(200);
            assertThat(Long.parseLong(page.header("X-Total-Count"))).isEqualTo(whole.size());
            List<Long> items = ids(page.array());
            assertThat(items.size()).isLessThanOrEqualTo(37);
            paged.addAll(items);
            next = nextPage(page);
            pages++;
        }
        assertThat(paged).isEqualTo(whole);
        assertThat(pages).isEqualTo((whole.size() + 36) / 37);

        var own = counter.get("/candidates?limit=5&offset=1");
        List<Long> ownWhole = ids(counter.list("/candidates"));
        assertThat(Long.parseLong(own.header("X-Total-Count"))).isEqualTo(ownWhole.size());
        assertThat(ids(own.array())).isEqualTo(ownWhole.subList(1, 6));
        assertThat(own.array().stream().map(v -> v.asJsonObject().getJsonObject("profile").getString("municipalityCode")))
                .containsOnly(MATSUMOTO);

        var beyond = counter.get("/candidates?offset=100000");
        assertThat(beyond.status()).isEqualTo(200);
        assertThat(beyond.array()).isEmpty();
        assertThat(beyond.header("Link")).isNull();
    }

    @Test
    void aPageAuditsTheCasesItShowsAndNoOther() {
        Api coordinator = new Api(base).as(COORDINATOR);
        List<Long> own = ids(counter.list("/candidates"));
        long shown = own.get(2);
        long notShown = own.get(3);
        int shownBefore = listedBy(coordinator, shown);
        int notShownBefore = listedBy(coordinator, notShown);

        assertThat(ids(counter.get("/candidates?offset=2&limit=1").array())).containsExactly(shown);

        assertThat(listedBy(coordinator, shown)).isEqualTo(shownBefore + 1);
        assertThat(listedBy(coordinator, notShown)).isEqualTo(notShownBefore);
    }

    @Test
    void badPageParametersAreNamedInA400Problem() {
        for (String query : List.of("limit=0", "limit=1001", "limit=abc", "limit=1e3", "offset=-1", "offset=99999999999")) {
            var reply = counter.get("/candidates?" + query);
            assertThat(reply.status()).as(query).isEqualTo(400);
            assertThat(reply.contentType()).as(query).startsWith("application/problem+json");
            assertThat(fields(reply)).as(query).containsExactly(query.substring(0, query.indexOf('=')));
            assertThat(reply.json().getString("detail")).as(query).contains("整数");
        }
    }

    /** How many LIST entries of this counter's the audit trail holds for the case. */
    private static int listedBy(Api coordinator, long candidateId) {
        return (int) coordinator.get("/audit?subjectType=candidate&subjectId=" + candidateId + "&username=" + MATSUMOTO_COUNTER
                        + "&limit=1000").array().stream()
                .map(JsonValue::asJsonObject)
                .filter(e -> e.getString("action").equals("LIST") && e.getString("username").equals(MATSUMOTO_COUNTER))
                .count();
    }

    private static List<Long> ids(JsonArray people) {
        return people.stream().map(v -> v.asJsonObject().getJsonNumber("id").longValue()).toList();
    }

    /** The path of the Link header's next page, below /api, or null on the last page. */
    private static String nextPage(Api.Reply page) {
        String link = page.header("Link");
        if (link == null) {
            return null;
        }
        assertThat(link).contains("rel=\"next\"");
        String uri = link.substring(link.indexOf('<') + 1, link.indexOf('>'));
        return uri.substring(uri.indexOf("/api/") + 4);
    }

    private static List<String> fields(Api.Reply reply) {
        return reply.json().getJsonArray("errors").stream().map(JsonValue::asJsonObject)
                .map(e -> e.getString("field")).toList();
    }
}
