package jp.tsunagu.matching.round;

import static jp.tsunagu.support.SampleAccounts.COORDINATOR;
import static jp.tsunagu.support.SampleAccounts.EMPLOYER;
import static jp.tsunagu.support.SampleAccounts.MATSUMOTO;
import static jp.tsunagu.support.SampleAccounts.MATSUMOTO_COUNTER;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
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

/** A weekly round through the API on Payara, against the database: start, follow, stop, read, recover. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WeeklyRoundIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtWar();
    }

    @ArquillianResource
    URL base;

    Api coordinator;

    @BeforeEach
    void idle() throws Exception {
        coordinator = new Api(base).as(COORDINATOR);
        awaitNoRunningRound();
    }

    @Test
    void aRoundSolvesInTheBackgroundStreamsProgressAndSavesProposals() throws Exception {
        long waiting = coordinator.get("/overview").json().getJsonNumber("waiting").longValue();
        var started = coordinator.post("/rounds", "{\"solveSeconds\":6}");
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        long id = started.json().getJsonNumber("id").longValue();
        assertThat(started.json().getString("status")).isEqualTo("RUNNING");
        JsonObject running = started.json();
        while (running.getString("status").equals("RUNNING") && running.getInt("candidates") == 0) {
            Thread.sleep(100);
            running = coordinator.get("/rounds/" + id).json();
        }

        var second = coordinator.post("/rounds", "{}");
        assertThat(second.status()).as("one round at a time").isEqualTo(409);
        assertThat(second.contentType()).startsWith("application/problem+json");

        List<String> events = serverSentEvents(id);
        assertThat(events).contains("progress").last().isEqualTo("finished");

        JsonObject round = coordinator.get("/rounds/" + id).json();
        assertThat(round.getString("status")).isEqualTo("COMPLETED");
        int placed = round.getInt("placed");
        assertThat(placed).isPositive();
        // The same figure is the same number on every page: the week's people waiting are the round's
        // people to place, from its first progress to its result; those who continue are counted apart.
        assertThat(round.getInt("candidates")).as("the round's people against the week's waiting").isEqualTo(waiting);
        assertThat(running.getInt("candidates")).as("the running round's count against the saved one")
                .isEqualTo(round.getInt("candidates"));
        assertThat(round.getInt("continuing")).as("the sample's running placements continue").isPositive();
        assertThat(round.getString("summaryJa")).contains("対象 " + waiting + " 人のうち " + placed + " 人")
                .contains("実習中・受入先の回答待ちの " + round.getInt("continuing") + " 人");
        assertThat(round.getString("bestScore")).startsWith("0hard");
        assertThat(round.getString("summaryJa")).contains("人に受入先を提案しました");
        // Where the solve's time went, the saving included once its transaction has committed.
        JsonObject timings = round.getJsonObject("timings");
        for (int tries = 0; !timings.containsKey("savingMillis") && tries < 20; tries++) {
            Thread.sleep(250);
            timings = coordinator.get("/rounds/" + id).json().getJsonObject("timings");
        }
        assertThat(timings.keySet()).containsExactlyInAnyOrder("poolMillis", "assemblyMillis", "seedMillis",
                "searchMillis", "explanationsMillis", "networkValueMillis", "savingMillis");
        assertThat(timings.getJsonNumber("savingMillis").longValue()).isPositive();
        try (Connection db = database(); var read = db.prepareStatement("SELECT timings_json FROM matching_round WHERE id = ?")) {
            read.setLong(1, id);
            try (var row = read.executeQuery()) {
                assertThat(row.next()).isTrue();
                assertThat(row.getString(1)).as("kept with the round, for every instance")
                        .contains("\"savingMillis\":" + timings.getJsonNumber("savingMillis").longValue());
            }
        }
        assertThat(timings.getJsonNumber("seedMillis").longValue() + timings.getJsonNumber("searchMillis").longValue())
                .isPositive().isLessThanOrEqualTo(round.getJsonNumber("elapsedMillis").longValue());

        List<JsonObject> proposals = objects(coordinator.get("/rounds/" + id + "/proposals"));
        assertThat(proposals).hasSize(placed);
        assertThat(proposals).allSatisfy(p -> {
            assertThat(p.getString("explanationJa")).contains("片道");
            assertThat(p.getString("hostName")).isNotBlank();
        });
        List<JsonObject> unplaced = objects(coordinator.get("/rounds/" + id + "/unplaced"));
        assertThat(unplaced).hasSize(round.getInt("candidates") - placed);
        assertThat(unplaced).allSatisfy(u -> assertThat(u.getJsonArray("reasons")).isNotEmpty());
        // A hint for everyone: a change on their side, or the kind of slot the network lacks, added up
        // per municipality and kind for the coordinator.
        assertThat(unplaced).allSatisfy(u -> assertThat(u.containsKey("smallestChange") || u.containsKey("gap"))
                .as(u.toString()).isTrue());
        Map<String, Integer> expectedGaps = new java.util.TreeMap<>();
        unplaced.stream().filter(u -> u.containsKey("gap")).map(u -> u.getJsonObject("gap"))
                .forEach(g -> expectedGaps.merge(g.getString("municipalityCode") + "/" + g.getString("kind"), 1, Integer::sum));
        JsonObject gaps = coordinator.get("/rounds/" + id + "/gaps").json();
        assertThat(gaps.getInt("unplaced")).isEqualTo(unplaced.size());
        Map<String, Integer> listed = new java.util.TreeMap<>();
        for (JsonObject m : gaps.getJsonArray("municipalities").getValuesAs(JsonObject.class)) {
            for (JsonObject k : m.getJsonArray("kinds").getValuesAs(JsonObject.class)) {
                listed.put(m.getString("municipalityCode") + "/" + k.getString("kind"), k.getInt("people"));
            }
        }
        assertThat(listed).isNotEmpty().isEqualTo(expectedGaps);
        assertThat(gaps.getInt("withGap")).isEqualTo(expectedGaps.values().stream().mapToInt(Integer::intValue).sum());
        assertThat(new Api(base).as(MATSUMOTO_COUNTER).get("/rounds/" + id + "/gaps").status())
                .as("an unpublished round does not exist for a counter").isEqualTo(404);

        // The network's value: placed prefecture-wide against each municipality matching alone.
        JsonObject value = coordinator.get("/rounds/" + id + "/network-value").json();
        assertThat(value.getInt("placedAlone")).isEqualTo(round.getInt("placedAlone"));
        assertThat(value.getJsonArray("municipalities").getValuesAs(JsonObject.class).stream()
                .mapToInt(m -> m.getInt("placedAlone")).sum()).isEqualTo(value.getInt("placedAlone"));
        assertThat(value.getInt("placed")).isGreaterThanOrEqualTo(placed).isGreaterThan(value.getInt("placedAlone"));
        assertThat(round.getString("summaryJa")).contains("市町村ごとに単独でマッチングした場合");

        Map<Long, JsonObject> people = coordinator.list("/candidates").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(c -> c.getJsonNumber("id").longValue(), c -> c));
        Map<Long, Integer> taken = new java.util.HashMap<>();
        for (JsonObject p : proposals) {
            JsonObject person = people.get(p.getJsonNumber("candidateId").longValue()).getJsonObject("profile");
            assertThat(p.getInt("travelMinutes")).isLessThanOrEqualTo(person.getInt("maxOneWayMinutes"));
            taken.merge(p.getJsonNumber("slotId").longValue(), 1, Integer::sum);
        }
        taken.forEach((slot, count) -> assertThat(count)
                .isLessThanOrEqualTo(coordinator.get("/slots/" + slot).json().getInt("capacity")));
    }

    @Test
    void aCounterReadsOnlyItsOwnPeoplesProposals() throws Exception {
        long id = completedRound(4);
        Api counter = new Api(base).as(MATSUMOTO_COUNTER);
        assertThat(counter.get("/rounds/" + id + "/proposals").status()).as("a draft is the coordinator's only")
                .isEqualTo(404);
        assertThat(objects(counter.get("/rounds"))).noneSatisfy(r -> assertThat(r.getJsonNumber("id").longValue())
                .isEqualTo(id));
        var published = coordinator.post("/rounds/" + id + "/publish", "");
        assertThat(published.status()).as(published.toString()).isEqualTo(200);
        assertThat(published.json().getBoolean("published")).isTrue();
        var own = counter.get("/rounds/" + id + "/proposals");
        assertThat(own.status()).isEqualTo(200);
        assertThat(objects(own)).allSatisfy(p -> assertThat(p.getString("municipalityCode")).isEqualTo(MATSUMOTO));
        assertThat(objects(counter.get("/rounds/" + id + "/unplaced")))
                .allSatisfy(u -> assertThat(u.getString("municipalityCode")).isEqualTo(MATSUMOTO));
        long all = objects(coordinator.get("/rounds/" + id + "/proposals")).stream()
                .filter(p -> p.getString("municipalityCode").equals(MATSUMOTO)).count();
        assertThat(objects(own)).hasSize((int) all);
        assertThat(own.header("X-Total-Count")).isEqualTo(String.valueOf(all));

        List<Long> whole = objects(coordinator.get("/rounds/" + id + "/proposals")).stream()
                .map(p -> p.getJsonNumber("candidateId").longValue()).toList();
        List<Long> paged = new java.util.ArrayList<>();
        for (int offset = 0; offset < whole.size(); offset += 40) {
            var page = coordinator.get("/rounds/" + id + "/proposals?limit=40&offset=" + offset);
            assertThat(page.header("X-Total-Count")).isEqualTo(String.valueOf(whole.size()));
            assertThat(page.header("Link") != null).as("a next page is linked").isEqualTo(offset + 40 < whole.size());
            objects(page).forEach(p -> paged.add(p.getJsonNumber("candidateId").longValue()));
        }
        assertThat(paged).as("pages of 40 add up to the whole list").isEqualTo(whole);
        assertThat(counter.get("/rounds/" + id + "/proposals?limit=2000").status()).isEqualTo(400);

        Api employer = new Api(base).as(EMPLOYER);
        assertThat(employer.get("/rounds/" + id + "/proposals").status()).isEqualTo(403);
        assertThat(counter.post("/rounds", "{}").status()).isEqualTo(403);
        assertThat(coordinator.get("/rounds/99999999").status()).isEqualTo(404);
    }

    @Test
    void theCoordinatorCanStopARoundEarlyAndItsBestProposalsAreKept() throws Exception {
        long id = coordinator.post("/rounds", "{\"solveSeconds\":120}").json().getJsonNumber("id").longValue();
        Thread.sleep(3000);
        var stop = coordinator.post("/rounds/" + id + "/stop", "");
        assertThat(stop.status()).isEqualTo(202);
        JsonObject round = awaitFinished(id, Duration.ofSeconds(60));
        assertThat(round.getString("status")).isEqualTo("STOPPED");
        assertThat(round.getJsonNumber("elapsedMillis").longValue()).isLessThan(60_000);
        assertThat(objects(coordinator.get("/rounds/" + id + "/proposals"))).hasSize(round.getInt("placed"));
    }

    @Test
    void aRoundLeftRunningByACrashedInstanceIsAbandonedAndTheRoundCanStartAgain() throws Exception {
        long crashed;
        try (Connection db = database()) {
            crashed = insertRunningRound(db, "crashed-instance", 120);
        }
        var started = coordinator.post("/rounds", "{\"solveSeconds\":2}");
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        JsonObject old = coordinator.get("/rounds/" + crashed).json();
        assertThat(old.getString("status")).isEqualTo("ABANDONED");
        assertThat(objects(coordinator.get("/rounds/" + crashed + "/proposals"))).as("nothing half-saved").isEmpty();
        awaitFinished(started.json().getJsonNumber("id").longValue(), Duration.ofSeconds(60));
    }

    @Test
    void theRoundListDoesNotShowARoundOfAStoppedInstanceAsRunning() throws Exception {
        long crashed;
        try (Connection db = database()) {
            crashed = insertRunningRound(db, "killed-instance", 120);
        }
        JsonObject listed = objects(coordinator.get("/rounds")).stream()
                .filter(r -> r.getJsonNumber("id").longValue() == crashed).findFirst().orElseThrow();
        assertThat(listed.getString("status")).isEqualTo("ABANDONED");
        assertThat(listed.getString("failure")).contains("中断");
        var started = coordinator.post("/rounds", "{\"solveSeconds\":2}");
        assertThat(started.status()).as("the lock was freed with it: " + started).isEqualTo(202);
        awaitFinished(started.json().getJsonNumber("id").longValue(), Duration.ofSeconds(60));
    }

    @Test
    void aRoundRunningOnAnotherInstanceBlocksANewOne() throws Exception {
        long other;
        try (Connection db = database()) {
            other = insertRunningRound(db, "other-instance", 0);
            var refused = coordinator.post("/rounds", "{}");
            assertThat(refused.status()).isEqualTo(409);
            assertThat(refused.json().getString("detail")).contains(String.valueOf(other));
            try (PreparedStatement free = db.prepareStatement(
                    "UPDATE matching_round SET status = 'FAILED' WHERE id = ?")) {
                free.setLong(1, other);
                free.executeUpdate();
            }
            try (PreparedStatement unlock = db.prepareStatement("UPDATE round_lock SET round_id = NULL WHERE round_id = ?")) {
                unlock.setLong(1, other);
                unlock.executeUpdate();
            }
        }
    }

    @Test
    void measuredTravelTimesReachThePoolAndABrokenMatrixChangesNothing() {
        String broken = "from\\to,202011,202029\r\n202011,,75\r\n202029,soon,\r\n";
        var refused = coordinator.postBytes("/travel-times/car.csv", "text/csv", broken.getBytes(StandardCharsets.UTF_8));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().getJsonArray("errors").getJsonObject(0).getInt("line")).isEqualTo(3);

        String matrix = "from\\to,202011,202029\r\n202011,,75\r\n202029,80,\r\n";
        var imported = coordinator.postBytes("/travel-times/car.csv", "text/csv", matrix.getBytes(StandardCharsets.UTF_8));
        assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
        assertThat(imported.json().getInt("pairs")).isEqualTo(2);

        JsonObject pool = coordinator.get("/rounds/pool").json();
        assertThat(pool.getJsonArray("travelOverrides").stream().map(JsonValue::asJsonObject)
                .map(o -> o.getString("mode") + ":" + o.getString("fromCode") + ">" + o.getString("toCode") + "=" + o.getInt("minutes")))
                .containsExactlyInAnyOrder("CAR:202011>202029=75", "CAR:202029>202011=80");
        assertThat(pool.getJsonArray("candidates")).isNotEmpty();
        assertThat(new Api(base).as(MATSUMOTO_COUNTER).get("/rounds/pool").status()).isEqualTo(403);
        assertThat(new Api(base).as(MATSUMOTO_COUNTER).postBytes("/travel-times/car.csv", "text/csv",
                matrix.getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(403);
    }

    private long completedRound(int seconds) throws Exception {
        long id = coordinator.post("/rounds", "{\"solveSeconds\":" + seconds + "}").json().getJsonNumber("id").longValue();
        awaitFinished(id, Duration.ofSeconds(90));
        return id;
    }

    private JsonObject awaitFinished(long id, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            JsonObject round = coordinator.get("/rounds/" + id).json();
            if (!round.getString("status").equals("RUNNING")) {
                return round;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("round " + id + " still running after " + limit);
    }

    private void awaitNoRunningRound() throws InterruptedException {
        for (JsonObject round : objects(coordinator.get("/rounds"))) {
            if (round.getString("status").equals("RUNNING")) {
                awaitFinished(round.getJsonNumber("id").longValue(), Duration.ofSeconds(150));
            }
        }
    }

    /** Reads the event names of the round's stream until the server closes it. */
    private List<String> serverSentEvents(long id) throws Exception {
        String token = Base64.getEncoder().encodeToString((COORDINATOR + ":" + Api.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(coordinator.api("/rounds/" + id + "/events"))
                .header("Authorization", "Basic " + token).header("Accept", "text/event-stream")
                .timeout(Duration.ofSeconds(120)).GET().build();
        HttpResponse<java.io.InputStream> response = HttpClient.newHttpClient().send(request,
                HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        List<String> names = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.startsWith("event:")) {
                    names.add(line.substring(6).trim());
                }
            }
        }
        return names;
    }

    private static Connection database() throws Exception {
        return DriverManager.getConnection(System.getProperty("test.db.url"));
    }

    /** A RUNNING round holding the lock, as an instance that started it would leave it, with a heartbeat some seconds old. */
    private static long insertRunningRound(Connection db, String instance, int heartbeatAgeSeconds) throws Exception {
        long id;
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO matching_round (prefecture_code, round_start,"
                + " status, started_by, started_at, solve_seconds, instance_id, heartbeat_at) VALUES ('20', '2026-11-30',"
                + " 'RUNNING', 'coordinator', UTC_TIMESTAMP(3), 30, ?, UTC_TIMESTAMP(3) - INTERVAL ? SECOND)",
                PreparedStatement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, instance);
            insert.setInt(2, heartbeatAgeSeconds);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        try (PreparedStatement lock = db.prepareStatement("INSERT INTO round_lock (prefecture_code, round_id, heartbeat_at)"
                + " VALUES ('20', ?, UTC_TIMESTAMP(3)) ON DUPLICATE KEY UPDATE round_id = VALUES(round_id)")) {
            lock.setLong(1, id);
            lock.executeUpdate();
        }
        return id;
    }

    private static List<JsonObject> objects(Api.Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.array().stream().map(JsonValue::asJsonObject).toList();
    }
}
