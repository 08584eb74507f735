package jp.tsunagu.access;

import static jp.tsunagu.support.SampleAccounts.COORDINATOR;
import static jp.tsunagu.support.SampleAccounts.EMPLOYER;
import static jp.tsunagu.support.SampleAccounts.MATSUMOTO;
import static jp.tsunagu.support.SampleAccounts.MATSUMOTO_COUNTER;
import static jp.tsunagu.support.SampleAccounts.NAGANO_CITY;
import static jp.tsunagu.support.SampleAccounts.NAGANO_CITY_COUNTER;
import static jp.tsunagu.support.SampleAccounts.candidateJson;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
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
 * Each role against each endpoint, on its own records and on someone else's: what is allowed
 * answers 2xx, what is refused answers 403 (the role may not) or 404 (not in the caller's scope),
 * and every refusal leaves a DENIED entry in the audit trail.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessMatrixIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtWar();
    }

    @ArquillianResource
    URL base;

    Api coordinator;
    Api ownCounter;
    Api foreignCounter;
    Api employer;

    @BeforeEach
    void accounts() {
        Api api = new Api(base);
        coordinator = api.as(COORDINATOR);
        ownCounter = api.as(MATSUMOTO_COUNTER);
        foreignCounter = api.as(NAGANO_CITY_COUNTER);
        employer = api.as(EMPLOYER);
    }

    private long submittedByOwnCounter() {
        var created = ownCounter.post("/candidates", candidateJson("AM-" + UUID.randomUUID().toString().substring(0, 8), MATSUMOTO));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().getJsonNumber("id").longValue();
    }

    @Test
    void candidateListsAreScopedByRole() {
        submittedByOwnCounter();
        var all = coordinator.get("/candidates");
        assertThat(all.status()).isEqualTo(200);
        assertThat(all.array()).hasSizeGreaterThan(250);
        assertThat(municipalities(all)).hasSizeGreaterThan(20);

        var own = ownCounter.get("/candidates");
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.array()).isNotEmpty();
        assertThat(municipalities(own)).containsOnly(MATSUMOTO);

        assertThat(foreignCounter.list("/candidates").stream()
                .map(v -> v.asJsonObject().getJsonObject("profile").getString("municipalityCode")))
                .containsOnly(NAGANO_CITY);
        assertThat(employer.get("/candidates").status()).isEqualTo(403);
    }

    @Test
    void aCaseIsReadOnlyByItsCounterAndTheCoordinator() {
        long id = submittedByOwnCounter();
        assertThat(ownCounter.get("/candidates/" + id).status()).isEqualTo(200);
        assertThat(coordinator.get("/candidates/" + id).status()).isEqualTo(200);
        var foreign = foreignCounter.get("/candidates/" + id);
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.contentType()).startsWith("application/problem+json");
        assertThat(employer.get("/candidates/" + id).status()).isEqualTo(403);

        var trail = coordinator.get("/audit?subjectType=candidate&subjectId=" + id);
        assertThat(trail.array().stream().map(JsonValue::asJsonObject))
                .anySatisfy(e -> {
                    assertThat(e.getString("username")).isEqualTo(NAGANO_CITY_COUNTER);
                    assertThat(e.getString("outcome")).isEqualTo("DENIED");
                })
                .anySatisfy(e -> {
                    assertThat(e.getString("username")).isEqualTo(MATSUMOTO_COUNTER);
                    assertThat(e.getString("action")).isEqualTo("READ");
                    assertThat(e.getString("outcome")).isEqualTo("ALLOWED");
                });
    }

    @Test
    void onlyTheOwnCounterWritesACase() {
        long id = submittedByOwnCounter();
        JsonObject current = ownCounter.get("/candidates/" + id).json();
        String update = candidateJson(current.getString("caseCode"), MATSUMOTO, 5, current.getJsonNumber("version").longValue());

        assertThat(foreignCounter.put("/candidates/" + id, update).status()).isEqualTo(404);
        assertThat(coordinator.put("/candidates/" + id, update).status()).isEqualTo(403);
        assertThat(employer.put("/candidates/" + id, update).status()).isEqualTo(403);
        assertThat(foreignCounter.post("/candidates/" + id + "/withdrawal", "").status()).isEqualTo(404);
        assertThat(coordinator.post("/candidates/" + id + "/withdrawal", "").status()).isEqualTo(403);

        var updated = ownCounter.put("/candidates/" + id, update);
        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
        assertThat(updated.json().getJsonObject("profile").getInt("priority")).isEqualTo(5);
        var withdrawn = ownCounter.post("/candidates/" + id + "/withdrawal", "");
        assertThat(withdrawn.status()).isEqualTo(200);
        assertThat(withdrawn.json().getString("status")).isEqualTo("WITHDRAWN");
    }

    @Test
    void aCounterCannotSubmitForAMunicipalityItDoesNotServe() {
        var refused = ownCounter.post("/candidates", candidateJson("AM-FOREIGN-1", NAGANO_CITY));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("municipalityCode");
        assertThat(coordinator.post("/candidates", candidateJson("AM-COORD-1", MATSUMOTO)).status()).isEqualTo(403);
        assertThat(employer.post("/candidates", candidateJson("AM-EMP-1", MATSUMOTO)).status()).isEqualTo(403);
    }

    @Test
    void anEmployerSeesAndManagesOnlyItsOwnOrganisation() {
        long ownHost = employer.get("/me").json().getJsonNumber("hostId").longValue();
        var hosts = employer.get("/hosts");
        assertThat(hosts.array()).singleElement()
                .satisfies(h -> assertThat(h.asJsonObject().getJsonNumber("id").longValue()).isEqualTo(ownHost));
        assertThat(employer.get("/tasks").array().stream()
                .map(t -> t.asJsonObject().getJsonNumber("hostId").longValue())).containsOnly(ownHost);
        var ownSlots = employer.get("/slots").array();
        assertThat(ownSlots.stream().map(s -> s.asJsonObject().getJsonNumber("hostId").longValue())).containsOnly(ownHost);

        JsonObject foreignSlot = coordinator.get("/slots").array().stream().map(JsonValue::asJsonObject)
                .filter(s -> s.getJsonNumber("hostId").longValue() != ownHost).findFirst().orElseThrow();
        long foreignHost = foreignSlot.getJsonNumber("hostId").longValue();
        assertThat(employer.get("/hosts/" + foreignHost).status()).isEqualTo(404);
        assertThat(employer.get("/slots/" + foreignSlot.getJsonNumber("id")).status()).isEqualTo(404);
        assertThat(employer.put("/slots/" + foreignSlot.getJsonNumber("id"), slotJson(foreignSlot)).status()).isEqualTo(404);

        JsonObject ownSlot = ownSlots.getJsonObject(0);
        var updated = employer.put("/slots/" + ownSlot.getJsonNumber("id"), slotJson(ownSlot));
        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);

        String task = taskJson(ownHost, "AM-T-" + UUID.randomUUID().toString().substring(0, 6));
        assertThat(employer.post("/tasks", task).status()).isEqualTo(201);
        assertThat(employer.post("/tasks", taskJson(foreignHost, "AM-T-X")).status()).isEqualTo(404);
        assertThat(ownCounter.post("/tasks", taskJson(ownHost, "AM-T-Y")).status()).isEqualTo(403);
    }

    @Test
    void theRegistryIsKeptByTheCoordinatorAndReadByCounters() {
        assertThat(ownCounter.get("/hosts").array()).hasSizeGreaterThan(200);
        assertThat(ownCounter.get("/slots").status()).isEqualTo(200);
        String host = """
                {"externalRef":"AM-%s","name":"テスト農園","kind":"FARM","municipalityCode":"%s",
                 "activelyAccepting":true,"siteAccommodations":["quiet_place"]}
                """.formatted(UUID.randomUUID().toString().substring(0, 8), MATSUMOTO);
        assertThat(ownCounter.post("/hosts", host).status()).isEqualTo(403);
        assertThat(employer.post("/hosts", host).status()).isEqualTo(403);
        assertThat(coordinator.post("/hosts", host).status()).isEqualTo(201);

        assertThat(coordinator.get("/registry/hosts.csv").status()).isEqualTo(200);
        assertThat(ownCounter.get("/registry/hosts.csv").status()).isEqualTo(403);
        assertThat(employer.get("/registry/slots.csv").status()).isEqualTo(403);
        assertThat(coordinator.get("/audit").status()).isEqualTo(200);
        assertThat(ownCounter.get("/audit").status()).isEqualTo(403);
        assertThat(employer.get("/audit").status()).isEqualTo(403);
    }

    /**
     * The lifecycle's endpoints, on the sample's running placements and their confirmed proposals:
     * each role refused where it has no part (403), each record outside the caller's scope hidden (404).
     */
    @Test
    void lifecycleEndpointsAreScopedByRole() {
        long ownHost = employer.get("/me").json().getJsonNumber("hostId").longValue();
        var placements = coordinator.get("/placements");
        assertThat(placements.status()).isEqualTo(200);
        JsonObject placement = placements.array().stream().map(JsonValue::asJsonObject)
                .filter(p -> !p.getString("municipalityCode").equals(NAGANO_CITY))
                .filter(p -> p.getJsonNumber("hostId").longValue() != ownHost)
                .findFirst().orElseThrow(() -> new AssertionError("the sample has running placements"));
        long id = placement.getJsonNumber("id").longValue();
        long proposal = placement.getJsonNumber("proposalId").longValue();

        assertThat(foreignCounter.get("/placements").array().stream()
                .map(p -> p.asJsonObject().getString("municipalityCode"))).allSatisfy(m -> assertThat(m).isEqualTo(NAGANO_CITY));
        assertThat(employer.get("/placements").array().stream()
                .map(p -> p.asJsonObject().getJsonNumber("hostId").longValue())).allSatisfy(h -> assertThat(h).isEqualTo(ownHost));
        assertThat(foreignCounter.get("/placements/" + id).status()).isEqualTo(404);
        assertThat(employer.get("/placements/" + id).status()).isEqualTo(404);
        String monday = java.time.LocalDate.now().with(java.time.DayOfWeek.MONDAY).toString();
        String attendance = "{\"daysAttended\":1,\"hoursAttended\":2}";
        assertThat(coordinator.put("/placements/" + id + "/attendance/" + monday, attendance).status()).isEqualTo(403);
        assertThat(foreignCounter.put("/placements/" + id + "/attendance/" + monday, attendance).status()).isEqualTo(403);
        assertThat(employer.put("/placements/" + id + "/attendance/" + monday, attendance).status()).isEqualTo(404);
        String end = "{\"version\":0,\"endedOn\":\"" + monday + "\",\"outcome\":\"HIRED\",\"reason\":\"x\"}";
        assertThat(coordinator.post("/placements/" + id + "/end", end).status()).isEqualTo(403);
        assertThat(employer.post("/placements/" + id + "/end", end).status()).isEqualTo(403);
        assertThat(foreignCounter.post("/placements/" + id + "/end", end).status()).isEqualTo(404);

        String versioned = "{\"version\":0}";
        assertThat(ownCounter.post("/proposals/" + proposal + "/pin", versioned).status()).isEqualTo(403);
        assertThat(employer.post("/proposals/" + proposal + "/pin", versioned).status()).isEqualTo(403);
        String accept = "{\"version\":0,\"consentDate\":\"2026-01-05\",\"sharedItems\":[]}";
        assertThat(coordinator.post("/proposals/" + proposal + "/accept", accept).status()).isEqualTo(403);
        assertThat(employer.post("/proposals/" + proposal + "/accept", accept).status()).isEqualTo(403);
        assertThat(foreignCounter.post("/proposals/" + proposal + "/accept", accept).status()).isEqualTo(404);
        assertThat(foreignCounter.get("/proposals/" + proposal).status()).isEqualTo(404);
        String confirm = "{\"version\":0,\"firstDay\":\"" + monday + "\"}";
        assertThat(coordinator.post("/proposals/" + proposal + "/confirm", confirm).status()).isEqualTo(403);
        assertThat(ownCounter.post("/proposals/" + proposal + "/confirm", confirm).status()).isEqualTo(403);
        assertThat(employer.post("/proposals/" + proposal + "/confirm", confirm).status()).as("another host's").isEqualTo(404);
        assertThat(employer.get("/proposals/" + proposal + "/profile").status()).isEqualTo(404);
        assertThat(coordinator.get("/proposals/for-host").status()).isEqualTo(403);
        assertThat(ownCounter.get("/proposals/for-host").status()).isEqualTo(403);
        assertThat(employer.get("/proposals/for-host").array().stream()
                .map(p -> p.asJsonObject().getJsonNumber("proposalId").longValue())).doesNotContain(proposal);

        long round = coordinator.get("/rounds").array().getJsonObject(0).getJsonNumber("id").longValue();
        assertThat(ownCounter.post("/rounds/" + round + "/publish", "").status()).isEqualTo(403);
        assertThat(employer.post("/rounds/" + round + "/publish", "").status()).isEqualTo(403);
        assertThat(ownCounter.post("/rounds/" + round + "/resolve", "{}").status()).isEqualTo(403);
        assertThat(ownCounter.get("/rounds/" + round + "/publication").status()).isEqualTo(403);
        assertThat(employer.get("/rounds/" + round + "/publication").status()).isEqualTo(403);
        assertThat(coordinator.get("/rounds/" + round + "/publication").status()).isEqualTo(200);
        assertThat(employer.get("/rounds/" + round + "/gaps").status()).isEqualTo(403);
        assertThat(ownCounter.get("/exclusions").status()).isEqualTo(403);
        assertThat(employer.post("/exclusions", "{\"candidateId\":1,\"slotId\":1}").status()).isEqualTo(403);
        assertThat(coordinator.get("/exclusions").status()).isEqualTo(200);
        long someHost = employer.get("/me").json().getJsonNumber("hostId").longValue();
        assertThat(ownCounter.post("/exclusions", "{\"candidateId\":1,\"level\":\"HOST\",\"hostId\":" + someHost
                + ",\"reason\":\"PERSON_WISHES\"}").status()).isEqualTo(403);

        // Exclusion requests: a counter for its own people only, the coordinator decides, a host never.
        long own = submittedByOwnCounter();
        String ask = "{\"level\":\"HOST\",\"hostId\":" + someHost + ",\"reason\":\"PERSON_WISHES\"}";
        assertThat(foreignCounter.post("/candidates/" + own + "/exclusion-requests", ask).status()).isEqualTo(404);
        assertThat(foreignCounter.get("/candidates/" + own + "/exclusion-requests").status()).isEqualTo(404);
        assertThat(employer.post("/candidates/" + own + "/exclusion-requests", ask).status()).isEqualTo(403);
        assertThat(employer.get("/candidates/" + own + "/exclusion-requests").status()).isEqualTo(403);
        assertThat(coordinator.post("/candidates/" + own + "/exclusion-requests", ask).status()).isEqualTo(403);
        var asked = ownCounter.post("/candidates/" + own + "/exclusion-requests", ask);
        assertThat(asked.status()).as(asked.toString()).isEqualTo(201);
        long request = asked.json().getJsonNumber("id").longValue();
        assertThat(ownCounter.get("/candidates/" + own + "/exclusion-requests").status()).isEqualTo(200);
        assertThat(coordinator.get("/candidates/" + own + "/exclusion-requests").status()).isEqualTo(200);
        assertThat(ownCounter.get("/exclusion-requests").status()).isEqualTo(403);
        assertThat(employer.get("/exclusion-requests").status()).isEqualTo(403);
        assertThat(coordinator.get("/exclusion-requests").status()).isEqualTo(200);
        String decide = "{\"version\":" + asked.json().getJsonNumber("version") + ",\"reason\":\"確認のため\"}";
        for (String step : new String[] {"confirm", "decline"}) {
            assertThat(ownCounter.post("/exclusion-requests/" + request + "/" + step, decide).status()).isEqualTo(403);
            assertThat(employer.post("/exclusion-requests/" + request + "/" + step, decide).status()).isEqualTo(403);
        }
        assertThat(coordinator.post("/exclusion-requests/" + request + "/decline", decide).status()).isEqualTo(200);
        assertThat(coordinator.get("/audit?subjectType=exclusion-request&subjectId=" + request).array().stream()
                .map(JsonValue::asJsonObject).map(e -> e.getString("outcome"))).contains("ALLOWED");
        assertThat(coordinator.get("/audit?subjectType=candidate&subjectId=" + own).array().stream()
                .map(JsonValue::asJsonObject))
                .anySatisfy(e -> {
                    assertThat(e.getString("username")).isEqualTo(NAGANO_CITY_COUNTER);
                    assertThat(e.getString("outcome")).isEqualTo("DENIED");
                });
        assertThat(ownCounter.post("/monitoring/checks", "").status()).isEqualTo(403);
        assertThat(employer.get("/monitoring/programme-limits").status()).isEqualTo(403);
        assertThat(ownCounter.get("/monitoring/programme-limits").array().stream()
                .map(p -> p.asJsonObject().getString("municipalityCode"))).allSatisfy(m -> assertThat(m).isEqualTo(MATSUMOTO));

        var trail = coordinator.get("/audit?subjectType=placement&subjectId=" + id);
        assertThat(trail.array().stream().map(JsonValue::asJsonObject))
                .anySatisfy(e -> {
                    assertThat(e.getString("username")).isEqualTo(NAGANO_CITY_COUNTER);
                    assertThat(e.getString("outcome")).isEqualTo("DENIED");
                });
    }

    /** Every demo account README.md names exists on a fresh load and signs in with the demo password. */
    @Test
    void everyDemoAccountTheReadmeNamesSignsIn() throws Exception {
        String readme = java.nio.file.Files.readString(java.nio.file.Path.of("README.md"));
        java.util.regex.Matcher names = java.util.regex.Pattern
                .compile("`(coordinator|counter-\\d{6}|employer-H\\d{4})`").matcher(readme);
        java.util.Set<String> accounts = new java.util.TreeSet<>();
        while (names.find()) {
            accounts.add(names.group(1));
        }
        assertThat(accounts).contains(COORDINATOR, MATSUMOTO_COUNTER, "counter-204226", "employer-H0003");
        for (String account : accounts) {
            var me = new Api(base).as(account).get("/me");
            assertThat(me.status()).as(account + ": " + me).isEqualTo(200);
            assertThat(me.json().getString("username")).isEqualTo(account);
        }
    }

    @Test
    void wrongPasswordIsRefused() {
        assertThat(new Api(base).as(COORDINATOR, "not-the-password").get("/me").status()).isEqualTo(401);
    }

    private static java.util.Set<String> municipalities(Api.Reply reply) {
        return reply.array().stream().map(v -> v.asJsonObject().getJsonObject("profile").getString("municipalityCode"))
                .collect(java.util.stream.Collectors.toSet());
    }

    static String taskJson(long hostId, String ref) {
        return """
                {"hostId":%d,"externalRef":"%s","title":"袋詰め","workKind":"LIGHT_WORK","physicalLoad":"LIGHT",
                 "customerContact":"NONE","accommodationsOffered":["quiet_place"],"supervisorName":"山田",
                 "supervisorCapacity":2}
                """.formatted(hostId, ref);
    }

    static String slotJson(JsonObject slot) {
        return """
                {"taskId":%d,"externalRef":"%s","weekdays":%s,"startTime":"%s","hoursPerDay":%d,"openFrom":"%s",
                 "openUntil":"%s","seasonMonths":%s,"capacity":%d,"pickUpFrom":%s,"programmes":%s,"open":true,
                 "version":%d}
                """.formatted(slot.getJsonNumber("taskId").longValue(), slot.getString("externalRef"),
                slot.get("weekdays"), slot.getString("startTime"), slot.getInt("hoursPerDay"), slot.getString("openFrom"),
                slot.getString("openUntil"), slot.get("seasonMonths"), slot.getInt("capacity"), slot.get("pickUpFrom"),
                slot.get("programmes"), slot.getJsonNumber("version").longValue());
    }
}
