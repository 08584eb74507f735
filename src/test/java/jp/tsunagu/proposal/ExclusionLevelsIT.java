package jp.tsunagu.proposal;

import static jp.tsunagu.support.SampleAccounts.COORDINATOR;
import static jp.tsunagu.support.SampleAccounts.EMPLOYER;
import static jp.tsunagu.support.SampleAccounts.NAGANO_CITY_COUNTER;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
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
 * Exclusions at the level people mean, through the API on Payara and the real database: the
 * coordinator excludes the host of a person's draft, a counter's request for another person is
 * confirmed, a third is declined; after a re-solve the first two are proposed no slot of their
 * excluded host and nothing is excluded for the third. Another counter gets 404, a host 403.
 *
 * <p>The test makes its own corner of the network: people of 飯山市 who come only by pick-up and only
 * early on Sundays, and Sunday 06:00 slots at two hosts (the demo employers' H0001 and H0002) that
 * pick people up there; every other host that picks people up in 飯山市 is excluded in their profile.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ExclusionLevelsIT {

    static final String IIYAMA = "202134";
    static final String IIYAMA_COUNTER = "counter-" + IIYAMA;
    static final String PREFIX = "EXL-";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtWar();
    }

    @ArquillianResource
    URL base;

    Api coordinator;
    Api counter;

    @Test
    void anExcludedHostIsNeverProposedAgainWhetherTheCoordinatorOrACounterAskedForIt() throws Exception {
        Api api = new Api(base);
        coordinator = api.as(COORDINATOR);
        counter = api.as(IIYAMA_COUNTER);
        Api foreignCounter = api.as(NAGANO_CITY_COUNTER);
        Api employer = api.as(EMPLOYER);
        Rounds.awaitNoneRunning(coordinator);
        withdrawPeopleOfEarlierRuns();

        long hostA = employer.get("/me").json().getJsonNumber("hostId").longValue();
        long hostB = api.as("employer-H0002").get("/me").json().getJsonNumber("hostId").longValue();
        sundaySlots(hostA);
        sundaySlots(hostB);
        long byCoordinator = person(hostA, hostB);
        long byRequest = person(hostA, hostB);
        long requestDeclined = person(hostA, hostB);
        List<Long> people = List.of(byCoordinator, byRequest, requestDeclined);

        long round = Rounds.solved(coordinator);
        Map<Long, JsonObject> drafts = drafts(round, people);
        assertThat(drafts).as("each of our people is proposed a Sunday slot").hasSize(3);

        // The coordinator excludes the host of the first person's draft, naming the slot it shows.
        JsonObject first = drafts.get(byCoordinator);
        long firstHost = first.getJsonNumber("hostId").longValue();
        var excluded = coordinator.post("/exclusions", """
                {"candidateId":%d,"level":"HOST","slotId":%d,"reason":"FORMER_WORKPLACE","note":"以前の勤務先のため"}"""
                .formatted(byCoordinator, first.getJsonNumber("slotId").longValue()));
        assertThat(excluded.status()).as(excluded.toString()).isEqualTo(201);
        assertThat(excluded.json().getString("level")).isEqualTo("HOST");
        assertThat(excluded.json().getJsonNumber("hostId").longValue()).isEqualTo(firstHost);
        assertThat(excluded.json().getString("reasonJa")).isEqualTo("以前の勤務先");
        assertThat(coordinator.get("/proposals/" + first.getJsonNumber("id")).json().getString("state"))
                .as("the draft at the excluded host is taken back").isEqualTo("SUPERSEDED");
        var noReason = coordinator.post("/exclusions", """
                {"candidateId":%d,"level":"TASK","slotId":%d}""".formatted(byCoordinator, first.getJsonNumber("slotId").longValue()));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.body()).contains("reason");

        // A counter asks for the second person's host; others may not, or not see it.
        JsonObject second = drafts.get(byRequest);
        long secondHost = second.getJsonNumber("hostId").longValue();
        String ask = "{\"level\":\"HOST\",\"hostId\":%d,\"reason\":\"RELATIONSHIPS\",\"note\":\"親族が勤めている\"}";
        assertThat(foreignCounter.post("/candidates/" + byRequest + "/exclusion-requests", ask.formatted(secondHost))
                .status()).isEqualTo(404);
        assertThat(foreignCounter.get("/candidates/" + byRequest + "/exclusion-requests").status()).isEqualTo(404);
        assertThat(employer.post("/candidates/" + byRequest + "/exclusion-requests", ask.formatted(secondHost))
                .status()).isEqualTo(403);
        assertThat(coordinator.post("/candidates/" + byRequest + "/exclusion-requests", ask.formatted(secondHost))
                .status()).as("the coordinator excludes directly").isEqualTo(403);
        var other = counter.post("/candidates/" + byRequest + "/exclusion-requests",
                "{\"level\":\"HOST\",\"hostId\":%d,\"reason\":\"OTHER\"}".formatted(secondHost));
        assertThat(other.status()).isEqualTo(400);
        assertThat(other.json().toString()).contains("note");
        var asked = counter.post("/candidates/" + byRequest + "/exclusion-requests", ask.formatted(secondHost));
        assertThat(asked.status()).as(asked.toString()).isEqualTo(201);
        assertThat(asked.json().getString("state")).isEqualTo("PENDING");
        assertThat(counter.post("/candidates/" + byRequest + "/exclusion-requests", ask.formatted(secondHost)).status())
                .as("the same request twice").isEqualTo(409);
        assertThat(coordinator.get("/inbox").array().stream().map(JsonValue::asJsonObject))
                .anySatisfy(n -> assertThat(n.getString("kind")).isEqualTo("EXCLUSION_REQUESTED"));

        // ...and one for the third person, to be declined.
        JsonObject third = drafts.get(requestDeclined);
        var askedThird = counter.post("/candidates/" + requestDeclined + "/exclusion-requests",
                "{\"level\":\"TASK\",\"slotId\":%d,\"reason\":\"PERSON_WISHES\"}".formatted(third.getJsonNumber("slotId").longValue()));
        assertThat(askedThird.status()).as(askedThird.toString()).isEqualTo(201);

        // The coordinator's queue; counters and hosts have none.
        assertThat(counter.get("/exclusion-requests").status()).isEqualTo(403);
        assertThat(employer.get("/exclusion-requests").status()).isEqualTo(403);
        Set<Long> waiting = coordinator.get("/exclusion-requests").array().stream().map(JsonValue::asJsonObject)
                .map(r -> r.getJsonNumber("id").longValue()).collect(Collectors.toSet());
        long secondRequest = asked.json().getJsonNumber("id").longValue();
        long thirdRequest = askedThird.json().getJsonNumber("id").longValue();
        assertThat(waiting).contains(secondRequest, thirdRequest);

        String confirm = "{\"version\":" + asked.json().getJsonNumber("version") + "}";
        assertThat(counter.post("/exclusion-requests/" + secondRequest + "/confirm", confirm).status()).isEqualTo(403);
        var confirmed = coordinator.post("/exclusion-requests/" + secondRequest + "/confirm", confirm);
        assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
        assertThat(confirmed.json().getString("state")).isEqualTo("CONFIRMED");
        assertThat(confirmed.json().getBoolean("exclusionActive")).isTrue();
        assertThat(coordinator.post("/exclusion-requests/" + secondRequest + "/confirm", confirm).status())
                .as("decided once").isEqualTo(409);
        var noWhy = coordinator.post("/exclusion-requests/" + thirdRequest + "/decline",
                "{\"version\":" + askedThird.json().getJsonNumber("version") + "}");
        assertThat(noWhy.status()).isEqualTo(400);
        var declined = coordinator.post("/exclusion-requests/" + thirdRequest + "/decline",
                "{\"version\":" + askedThird.json().getJsonNumber("version") + ",\"reason\":\"この業務は配慮が整っているため、まず見学で確かめます\"}");
        assertThat(declined.status()).as(declined.toString()).isEqualTo(200);
        assertThat(declined.json().getString("state")).isEqualTo("DECLINED");

        // The counter sees where each stands on the person page.
        JsonObject seen = counter.get("/candidates/" + requestDeclined + "/exclusion-requests").array().getJsonObject(0);
        assertThat(seen.getString("stateJa")).isEqualTo("見送り");
        assertThat(seen.getString("declineReason")).contains("見学");
        assertThat(counter.get("/inbox").array().stream().map(JsonValue::asJsonObject))
                .anySatisfy(n -> assertThat(n.getString("kind")).isEqualTo("EXCLUSION_ANSWERED"));

        // The pool hands the solver every slot of the excluded hosts, for those people only.
        JsonObject pool = coordinator.get("/rounds/pool").json();
        assertThat(excludedSlots(pool, byCoordinator)).containsAll(slotsOf(pool, firstHost));
        assertThat(excludedSlots(pool, byRequest)).containsAll(slotsOf(pool, secondHost));
        assertThat(excludedSlots(pool, requestDeclined)).isEmpty();

        // Re-solve: no slot of the excluded host is proposed; the declined request excluded nothing.
        Rounds.solved(coordinator, "/rounds/" + round + "/resolve", round);
        Map<Long, JsonObject> after = drafts(round, people);
        assertThat(after.get(byCoordinator)).isNotNull();
        assertThat(after.get(byCoordinator).getJsonNumber("hostId").longValue()).isNotEqualTo(firstHost);
        assertThat(after.get(byRequest)).isNotNull();
        assertThat(after.get(byRequest).getJsonNumber("hostId").longValue()).isNotEqualTo(secondHost);
        assertThat(after.get(requestDeclined)).as("the declined request excluded nothing").isNotNull();
        assertThat(coordinator.get("/exclusions").array().stream().map(JsonValue::asJsonObject)
                .map(e -> e.getJsonNumber("candidateId").longValue())).doesNotContain(requestDeclined);

        // Every step is in the audit trail.
        assertThat(coordinator.get("/audit?subjectType=exclusion-request&subjectId=" + secondRequest).array()).hasSizeGreaterThanOrEqualTo(2);

        // Lifting works as for a pair: the host may be proposed again.
        long exclusionId = excluded.json().getJsonNumber("id").longValue();
        var lifted = coordinator.delete("/exclusions/" + exclusionId);
        assertThat(lifted.status()).as(lifted.toString()).isEqualTo(200);
        assertThat(excludedSlots(coordinator.get("/rounds/pool").json(), byCoordinator)).isEmpty();
        people.forEach(p -> counter.post("/candidates/" + p + "/withdrawal", ""));
    }

    private static Set<Long> excludedSlots(JsonObject pool, long personId) {
        return pool.getJsonArray("candidates").stream().map(JsonValue::asJsonObject)
                .filter(c -> c.getJsonNumber("id").longValue() == personId).findFirst()
                .orElseThrow(() -> new AssertionError("person " + personId + " is not in the pool"))
                .getJsonArray("excludedSlotIds").stream().map(v -> Long.valueOf(v.toString()))
                .collect(Collectors.toSet());
    }

    private static Set<Long> slotsOf(JsonObject pool, long hostId) {
        Set<Long> tasks = pool.getJsonArray("tasks").stream().map(JsonValue::asJsonObject)
                .filter(t -> t.getJsonNumber("hostId").longValue() == hostId)
                .map(t -> t.getJsonNumber("id").longValue()).collect(Collectors.toSet());
        Set<Long> slots = pool.getJsonArray("slots").stream().map(JsonValue::asJsonObject)
                .filter(s -> tasks.contains(s.getJsonNumber("taskId").longValue()))
                .map(s -> s.getJsonNumber("id").longValue()).collect(Collectors.toSet());
        assertThat(slots).isNotEmpty();
        return slots;
    }

    /** Two Sunday 06:00 slots of two hours at the host, picking people up in 飯山市 (30 minutes, wherever the host is). */
    private void sundaySlots(long hostId) {
        String ref = PREFIX + UUID.randomUUID().toString().substring(0, 8);
        var task = coordinator.post("/tasks", """
                {"hostId":%d,"externalRef":"%s","title":"日曜朝の清掃","workKind":"CLEANING","physicalLoad":"LIGHT",
                 "customerContact":"NONE","accommodationsOffered":[],"supervisorName":"日曜担当 %s",
                 "supervisorCapacity":6}""".formatted(hostId, ref, ref));
        assertThat(task.status()).as(task.toString()).isEqualTo(201);
        long taskId = task.json().getJsonNumber("id").longValue();
        for (int i = 0; i < 2; i++) {
            var slot = coordinator.post("/slots", """
                    {"taskId":%d,"externalRef":"%s-%d","weekdays":["SUNDAY"],"startTime":"06:00","hoursPerDay":2,
                     "openFrom":"2025-01-01","openUntil":"2030-12-31","seasonMonths":[],"capacity":2,
                     "pickUpFrom":["%s"],"pickUpRuns":[{"municipalityCode":"%s","minutes":30}],"programmes":[],"open":true}"""
                    .formatted(taskId, ref, i, IIYAMA, IIYAMA));
            assertThat(slot.status()).as(slot.toString()).isEqualTo(201);
        }
    }

    /** A person of 飯山市 who comes only by pick-up, early on Sundays, to host A or B only. */
    private long person(long hostA, long hostB) {
        Set<Long> otherPickUpHosts = coordinator.get("/slots").array().stream().map(JsonValue::asJsonObject)
                .filter(s -> s.getJsonArray("pickUpFrom").stream().anyMatch(v -> v.toString().contains(IIYAMA)))
                .map(s -> s.getJsonNumber("hostId").longValue()).filter(h -> h != hostA && h != hostB)
                .collect(Collectors.toCollection(TreeSet::new));
        String caseCode = PREFIX + UUID.randomUUID().toString().substring(0, 8);
        var created = counter.post("/candidates", """
                {"caseCode":"%s","municipalityCode":"%s","travelMode":"PICK_UP","maxOneWayMinutes":60,
                 "programme":"WORK_EXPERIENCE","programmeStart":"2026-04-01","hoursPerDay":2,"daysPerWeek":1,
                 "availableDays":["SUNDAY"],"availableFrom":"05:00","availableUntil":"09:00","accommodationNeeds":[],
                 "interests":["CLEANING"],"excludedHostIds":%s,"priority":5,"waitingSince":"2025-01-06",
                 "consentToMatching":true,"consentDate":"2025-01-06"}""".formatted(caseCode, IIYAMA, otherPickUpHosts));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().getJsonNumber("id").longValue();
    }

    private void withdrawPeopleOfEarlierRuns() {
        counter.list("/candidates").stream().map(JsonValue::asJsonObject)
                .filter(c -> c.getString("caseCode").startsWith(PREFIX) && c.getString("status").equals("ACTIVE"))
                .forEach(c -> counter.post("/candidates/" + c.getJsonNumber("id") + "/withdrawal", ""));
    }

    private Map<Long, JsonObject> drafts(long round, List<Long> people) {
        var reply = coordinator.get("/rounds/" + round + "/proposals");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.array().stream().map(JsonValue::asJsonObject)
                .filter(p -> people.contains(p.getJsonNumber("candidateId").longValue()))
                .filter(p -> p.getString("state").equals("DRAFT"))
                .collect(Collectors.toMap(p -> p.getJsonNumber("candidateId").longValue(), p -> p));
    }


}
