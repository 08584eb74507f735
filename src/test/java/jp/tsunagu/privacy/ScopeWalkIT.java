package jp.tsunagu.privacy;

import static jp.tsunagu.support.SampleAccounts.COORDINATOR;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.URL;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.tsunagu.support.Api;
import jp.tsunagu.support.Deployments;
import jp.tsunagu.support.Rounds;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Walks every view a counter or a host of the sample network receives, as each of them, after a
 * round is saved, published and partly decided, and fails on any person outside the reader's scope:
 * a counter may name only the people of the municipalities it serves (no other person's id, case
 * code or explanation, also not inside an alternative's moves); a host names no person at all, only
 * proposal numbers and what was consented. Drafts do not exist for a counter on any path.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ScopeWalkIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Tokyo"));
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]*");
    /** What a host may never be handed: fields that name or describe a person or the counter's case work. */
    private static final Set<String> NEVER_TO_A_HOST = Set.of("candidateId", "caseCode", "endReason", "explanationJa",
            "moves", "followUps", "suggestions", "overdueFollowUps");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtWar();
    }

    @ArquillianResource
    URL base;

    Api api;
    Api coordinator;

    /** Everyone in the sample as the coordinator reads them: id → municipality, id → case code. */
    final Map<Long, String> municipalityOf = new HashMap<>();
    final Map<Long, String> caseCodeOf = new HashMap<>();
    /** Each person's proposal explanations (their accommodations, interests, travel): case text. */
    final Map<Long, Set<String>> explanationsOf = new HashMap<>();

    @Test
    void noViewNamesAPersonOutsideItsReadersScope() throws Exception {
        api = new Api(base);
        coordinator = api.as(COORDINATOR);
        Rounds.awaitNoneRunning(coordinator);
        long round = Rounds.solved(coordinator);
        JsonArray drafts = coordinator.list("/rounds/" + round + "/proposals");
        assertThat(drafts).isNotEmpty();
        readEveryone(drafts);
        Map<String, Api> counters = counters();
        assertThat(counters).as("the sample's counters").hasSizeGreaterThan(19);

        assertThat(movesAcrossMunicipalities(drafts)).as("the round offers an alternative that moves a person of"
                + " another municipality (else the walk would prove nothing about moves)").isPositive();
        draftsDoNotExistForTheirCounter(drafts, counters);

        var published = coordinator.post("/rounds/" + round + "/publish", "");
        assertThat(published.status()).as(published.toString()).isEqualTo(200);
        int decided = decideForTheDemoHosts(round, counters);
        assertThat(decided).as("a proposal of a demo host was accepted, confirmed and ended").isPositive();

        List<String> leaks = new ArrayList<>();
        for (var counter : counters.entrySet()) {
            walkAsCounter(counter.getKey(), counter.getValue(), leaks);
        }
        for (String host : List.of("employer-H0001", "employer-H0002", "employer-H0003")) {
            walkAsHost(host, api.as(host), leaks);
        }
        assertThat(leaks).as("views naming someone outside the reader's scope").isEmpty();
    }

    // --- the truth, as the coordinator reads it ------------------------------------------------

    private void readEveryone(JsonArray proposals) {
        for (JsonValue value : coordinator.list("/candidates")) {
            JsonObject person = value.asJsonObject();
            long id = person.getJsonNumber("id").longValue();
            municipalityOf.put(id, person.getJsonObject("profile").getString("municipalityCode"));
            caseCodeOf.put(id, person.getString("caseCode"));
        }
        for (JsonValue value : proposals) {
            JsonObject p = value.asJsonObject();
            explanation(p.getJsonNumber("candidateId").longValue(), p.getString("explanationJa", null));
            for (JsonValue a : p.getJsonArray("alternatives")) {
                for (JsonValue m : a.asJsonObject().getJsonArray("moves")) {
                    JsonObject move = m.asJsonObject();
                    explanation(move.getJsonNumber("candidateId").longValue(), move.getString("explanationJa", null));
                }
            }
        }
    }

    private void explanation(long person, String text) {
        if (text != null && text.length() > 20) {
            explanationsOf.computeIfAbsent(person, k -> new HashSet<>()).add(text);
        }
    }

    private long movesAcrossMunicipalities(JsonArray proposals) {
        long count = 0;
        for (JsonValue value : proposals) {
            JsonObject p = value.asJsonObject();
            for (JsonValue a : p.getJsonArray("alternatives")) {
                for (JsonValue m : a.asJsonObject().getJsonArray("moves")) {
                    long mover = m.asJsonObject().getJsonNumber("candidateId").longValue();
                    if (!p.getString("municipalityCode").equals(municipalityOf.get(mover))) {
                        count++;
                    }
                }
            }
        }
        return count;
    }

    /** Every counter of the sample, by account name, with the municipalities it serves. */
    private Map<String, Api> counters() {
        Map<String, Api> counters = new LinkedHashMap<>();
        for (JsonValue value : coordinator.get("/municipalities").array()) {
            String name = "counter-" + value.asJsonObject().getString("code");
            Api counter = api.as(name);
            if (counter.get("/me").status() == 200) {
                counters.put(name, counter);
            }
        }
        return counters;
    }

    private static Set<String> served(Api counter) {
        Set<String> served = new HashSet<>();
        counter.get("/me").json().getJsonArray("servedMunicipalities").forEach(v -> served.add(((JsonString) v).getString()));
        return served;
    }

    // --- drafts -------------------------------------------------------------------------------

    /** A draft of the counter's own person answers as a proposal that does not exist, on every path. */
    private void draftsDoNotExistForTheirCounter(JsonArray drafts, Map<String, Api> counters) {
        JsonObject draft = drafts.getJsonObject(0);
        long id = draft.getJsonNumber("id").longValue();
        Api own = counters.values().stream().filter(c -> served(c).contains(draft.getString("municipalityCode")))
                .findFirst().orElseThrow();
        long missing = 987_654_321L;
        String booking = "{\"kind\":\"VISIT\",\"startsAt\":\"" + TODAY.plusDays(3) + "T10:00\",\"endsAt\":\""
                + TODAY.plusDays(3) + "T11:00\",\"staffIds\":[]}";
        Map<String, Api.Reply[]> paths = new LinkedHashMap<>();
        paths.put("GET /proposals/{id}", new Api.Reply[] {own.get("/proposals/" + id), own.get("/proposals/" + missing)});
        paths.put("GET /proposals/{id}/bookings", new Api.Reply[] {own.get("/proposals/" + id + "/bookings"),
                own.get("/proposals/" + missing + "/bookings")});
        paths.put("POST /proposals/{id}/bookings", new Api.Reply[] {own.post("/proposals/" + id + "/bookings", booking),
                own.post("/proposals/" + missing + "/bookings", booking)});
        paths.put("GET /rounds/{id}/proposals", new Api.Reply[] {
                own.get("/rounds/" + draft.getJsonNumber("roundId") + "/proposals"), own.get("/rounds/" + missing + "/proposals")});
        for (var path : paths.entrySet()) {
            Api.Reply draftReply = path.getValue()[0];
            Api.Reply missingReply = path.getValue()[1];
            assertThat(draftReply.status()).as(path.getKey() + " of a draft: " + draftReply).isEqualTo(404);
            assertThat(draftReply.body().replaceAll("番号 \\d+", "番号 N"))
                    .as(path.getKey() + ": a draft answers as a proposal that does not exist")
                    .isEqualTo(missingReply.body().replaceAll("番号 \\d+", "番号 N"));
        }
    }

    // --- decisions that give the hosts something to read ----------------------------------------

    /**
     * For each demo host with a published proposal: its counter accepts with every item shared, the
     * host confirms today, and the counter ends the placement with a reason of its own.
     */
    private int decideForTheDemoHosts(long round, Map<String, Api> counters) {
        int decided = 0;
        JsonArray proposals = coordinator.list("/rounds/" + round + "/proposals");
        for (String host : List.of("employer-H0001", "employer-H0002", "employer-H0003")) {
            Api employer = api.as(host);
            long hostId = employer.get("/me").json().getJsonNumber("hostId").longValue();
            JsonObject proposal = proposals.stream().map(JsonValue::asJsonObject)
                    .filter(p -> p.getJsonNumber("hostId").longValue() == hostId && p.getString("state").equals("PUBLISHED"))
                    .findFirst().orElse(null);
            if (proposal == null) {
                continue;
            }
            long id = proposal.getJsonNumber("id").longValue();
            Api counter = counters.values().stream().filter(c -> served(c).contains(proposal.getString("municipalityCode")))
                    .findFirst().orElseThrow();
            var accepted = counter.post("/proposals/" + id + "/accept", "{\"version\":" + proposal.getJsonNumber("version")
                    + ",\"consentDate\":\"" + TODAY + "\",\"sharedItems\":[\"PACING_STAGE\",\"ACCOMMODATIONS\","
                    + "\"INTERESTS\",\"FIRST_DAY_NEEDS\",\"COUNTER_CONTACT\"],\"firstDayNeeds\":\"最初は職員と一緒に\"}");
            assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
            long version = employer.get("/proposals/" + id + "/profile").json().getJsonNumber("version").longValue();
            var confirmed = employer.post("/proposals/" + id + "/confirm",
                    "{\"version\":" + version + ",\"firstDay\":\"" + TODAY + "\"}");
            assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
            JsonObject placement = counter.get("/placements").array().stream().map(JsonValue::asJsonObject)
                    .filter(p -> p.getJsonNumber("proposalId").longValue() == id).findFirst().orElseThrow();
            var ended = counter.post("/placements/" + placement.getJsonNumber("id") + "/end", "{\"version\":"
                    + placement.getJsonNumber("version") + ",\"endedOn\":\"" + TODAY + "\",\"outcome\":\"ENDED_BY_PERSON\","
                    + "\"reason\":\"窓口だけが知る事情: 体調の波が大きく、家族とも相談のうえ終了\"}");
            assertThat(ended.status()).as(ended.toString()).isEqualTo(200);
            decided++;
        }
        return decided;
    }

    // --- the walks ----------------------------------------------------------------------------

    private void walkAsCounter(String name, Api counter, List<String> leaks) {
        Set<String> served = served(counter);
        Map<String, JsonValue> views = new LinkedHashMap<>();
        views.put("/candidates", counter.list("/candidates"));
        for (JsonValue r : counter.get("/rounds").array()) {
            long round = r.asJsonObject().getJsonNumber("id").longValue();
            var proposals = counter.get("/rounds/" + round + "/proposals?limit=1000");
            if (proposals.status() != 200) {
                continue;
            }
            views.put("/rounds/" + round + "/proposals", proposals.array());
            for (JsonValue p : proposals.array()) {
                JsonObject proposal = p.asJsonObject();
                assertThat(proposal.getString("state")).as(name + " reads proposal " + proposal.getJsonNumber("id"))
                        .isNotEqualTo("DRAFT");
                long id = proposal.getJsonNumber("id").longValue();
                views.put("/proposals/" + id, counter.get("/proposals/" + id).json());
                views.put("/proposals/" + id + "/bookings", counter.get("/proposals/" + id + "/bookings").array());
            }
            add(views, counter, "/rounds/" + round + "/unplaced");
            add(views, counter, "/rounds/" + round + "/network-value");
        }
        add(views, counter, "/placements?active=false");
        add(views, counter, "/inbox");
        add(views, counter, "/monitoring/programme-limits");
        add(views, counter, "/staff");
        for (var view : views.entrySet()) {
            inspect(name + " GET " + view.getKey(), view.getValue(), "", person -> served.contains(municipalityOf.get(person)),
                    false, leaks);
        }
    }

    private void walkAsHost(String name, Api host, List<String> leaks) {
        Map<String, JsonValue> views = new LinkedHashMap<>();
        JsonArray proposals = host.get("/proposals/for-host").array();
        views.put("/proposals/for-host", proposals);
        for (JsonValue p : proposals) {
            long id = p.asJsonObject().getJsonNumber("proposalId").longValue();
            views.put("/proposals/" + id + "/profile", host.get("/proposals/" + id + "/profile").json());
            views.put("/proposals/" + id + "/bookings", host.get("/proposals/" + id + "/bookings").array());
        }
        JsonArray placements = host.get("/placements?active=false").array();
        views.put("/placements?active=false", placements);
        for (JsonValue p : placements) {
            long id = p.asJsonObject().getJsonNumber("id").longValue();
            views.put("/placements/" + id, host.get("/placements/" + id).json());
        }
        add(views, host, "/inbox");
        for (var view : views.entrySet()) {
            inspect(name + " GET " + view.getKey(), view.getValue(), "", person -> false, true, leaks);
        }
    }

    private static void add(Map<String, JsonValue> views, Api as, String path) {
        var reply = as.get(path);
        if (reply.status() == 200) {
            views.put(path, reply.structure());
        }
    }

    /**
     * Looks through a JSON answer for a person the reader may not know of: an id under
     * {@code candidateId}, a case code in any text, a proposal's explanation of that person.
     */
    private void inspect(String where, JsonValue value, String key, java.util.function.LongPredicate inScope,
                         boolean host, List<String> leaks) {
        switch (value.getValueType()) {
            case OBJECT -> value.asJsonObject().forEach((k, v) -> {
                if (host && NEVER_TO_A_HOST.contains(k) && v.getValueType() != JsonValue.ValueType.NULL) {
                    leaks.add(where + ": a host is handed " + k + " = " + abbreviated(v));
                }
                inspect(where, v, k, inScope, host, leaks);
            });
            case ARRAY -> value.asJsonArray().forEach(v -> inspect(where, v, key, inScope, host, leaks));
            case NUMBER -> {
                if (key.equals("candidateId") && !inScope.test(((JsonNumber) value).longValue())) {
                    leaks.add(where + ": names person " + value + " of " + municipalityOf.get(((JsonNumber) value).longValue()));
                }
            }
            case STRING -> {
                String text = ((JsonString) value).getString();
                Matcher tokens = TOKEN.matcher(text);
                while (tokens.find()) {
                    Long person = personWithCaseCode(tokens.group());
                    if (person != null && !inScope.test(person)) {
                        leaks.add(where + ": " + key + " names the case " + tokens.group());
                    }
                }
                explanationsOf.forEach((person, texts) -> {
                    if (!inScope.test(person) && texts.contains(text) && !anyoneInScopeExplainedAs(text, inScope)) {
                        leaks.add(where + ": " + key + " tells person " + person + "'s case: " + abbreviated(value));
                    }
                });
            }
            default -> {
            }
        }
    }

    private Map<String, Long> personByCaseCode;

    private Long personWithCaseCode(String token) {
        if (personByCaseCode == null) {
            personByCaseCode = new HashMap<>();
            caseCodeOf.forEach((id, code) -> personByCaseCode.put(code, id));
        }
        return personByCaseCode.get(token);
    }

    /** The same words may explain two people; they leak nothing when they also explain the reader's own. */
    private boolean anyoneInScopeExplainedAs(String text, java.util.function.LongPredicate inScope) {
        return explanationsOf.entrySet().stream().anyMatch(e -> inScope.test(e.getKey()) && e.getValue().contains(text));
    }

    private static String abbreviated(JsonValue value) {
        String text = value.toString();
        return text.length() > 120 ? text.substring(0, 120) + "…" : text;
    }


}
