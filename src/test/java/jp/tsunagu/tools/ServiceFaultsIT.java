package jp.tsunagu.tools;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The service as a process on a database of its own, under faults: its round heartbeat logs no
 * errors; killed ({@code kill -9}) in the middle of a solve, of counters' decisions and of a CSV
 * import, it comes back with nothing half-saved and the round closed; with its database stopped it
 * answers 503 in Japanese and recovers by itself when the database is back. One server process
 * for all of it, killed and restarted once.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ServiceFaultsIT {

    private static final String COORDINATOR = "coordinator";
    private static final List<String> COUNTERS = List.of("counter-202029", "counter-202011");
    private static final String API = "/tsunagu/api";

    private FaultHarness service;
    private long publishedRound;

    @BeforeAll
    void start() throws Exception {
        service = new FaultHarness("service-faults-it", System.out);
        service.startDatabase();
        service.startServer();
    }

    @AfterAll
    void stop() {
        if (service != null) {
            service.close();
        }
    }

    @Test
    @Order(1)
    void theHeartbeatOfARoundLogsNoErrorsOverSeveralPeriods() throws Exception {
        long logBefore = service.serverLogSize();
        long round = startRound(3);
        assertThat(awaitEnd(round, 180)).isEqualTo("COMPLETED");
        assertThat(service.postJson(API + "/rounds/" + round + "/publish", COORDINATOR, "{}").status()).isEqualTo(200);
        publishedRound = round;

        FaultHarness.sleep(4 * 3_000L + 1_000); // four heartbeat periods after the round
        String log = service.serverLogFrom(logBefore);
        assertThat(log).doesNotContain("SEVERE", "closed EntityManager", "No invocation on invocation stack");
    }

    @Test
    @Order(2)
    void killedDuringASolveDecisionsAndAnImportItComesBackWithNothingHalfSaved() throws Exception {
        assertThat(publishedRound).as("a published round from the first test").isPositive();
        Map<Long, String> proposalCounter = new ConcurrentHashMap<>();
        for (String counter : COUNTERS) {
            for (JsonValue value : array(service.get(API + "/rounds/" + publishedRound + "/proposals", counter).body())) {
                JsonObject proposal = value.asJsonObject();
                if ("PUBLISHED".equals(proposal.getString("state"))) {
                    proposalCounter.put(proposal.getJsonNumber("id").longValue(), counter);
                }
            }
        }
        assertThat(proposalCounter).as("published proposals of two counters").hasSizeGreaterThan(5);
        String bigHosts = hostsFile(20_000);
        long hostsBefore = service.count("SELECT COUNT(*) FROM host");

        long solving = startRound(300);
        awaitProgress(solving);

        ExecutorService pool = Executors.newFixedThreadPool(6);
        AtomicReference<FaultHarness.Reply> importReply = new AtomicReference<>();
        pool.submit(() -> importReply.set(service.postCsv(API + "/registry/hosts.csv", COORDINATOR, bigHosts)));
        AtomicInteger decided = new AtomicInteger();
        for (Map.Entry<Long, String> entry : proposalCounter.entrySet()) {
            pool.submit(() -> {
                long id = entry.getKey();
                JsonObject current = object(service.get(API + "/proposals/" + id, entry.getValue()).body());
                FaultHarness.Reply reply = service.postJson(API + "/proposals/" + id + "/decline", entry.getValue(),
                        "{\"version\":" + current.getJsonNumber("version").longValue() + ",\"reason\":\"PERSON_DECLINED\"}");
                if (reply.status() == 200) {
                    decided.incrementAndGet();
                }
            });
        }
        // Kill once some decisions are saved and others are still in flight, with the import running.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (decided.get() < 2 && System.nanoTime() < deadline) {
            FaultHarness.sleep(20);
        }
        service.killServer();
        pool.shutdownNow();
        pool.awaitTermination(30, TimeUnit.SECONDS);
        assertThat(importReply.get()).as("the import was still running when the server was killed")
                .satisfiesAnyOf(r -> assertThat(r).isNull(), r -> assertThat(r.status()).isZero());
        assertThat(decided.get()).as("decisions saved before the kill").isLessThan(proposalCounter.size());

        service.startServer();

        // (b) Each decision is saved whole (state, exclusion, audit entry, notification) or not at all.
        List<String> halfSaved = new ArrayList<>();
        int declined = 0;
        for (long id : proposalCounter.keySet()) {
            String state = service.text("SELECT state FROM proposal WHERE id = " + id);
            long exclusions = service.count("SELECT COUNT(*) FROM pair_exclusion WHERE proposal_id = " + id
                    + " AND source = 'PERSON_DECLINED'");
            long audits = service.count("SELECT COUNT(*) FROM audit_entry WHERE subject_type = 'proposal' AND subject_id = "
                    + id + " AND detail LIKE 'declined:%'");
            long notices = service.count("SELECT COUNT(*) FROM notification WHERE kind = 'PERSON_DECLINED' AND subject_id = " + id);
            boolean whole = state.equals("DECLINED_BY_PERSON") && exclusions == 1 && audits == 1 && notices >= 1;
            boolean none = state.equals("PUBLISHED") && exclusions == 0 && audits == 0 && notices == 0;
            if (whole) {
                declined++;
            } else if (!none) {
                halfSaved.add(id + ": " + state + ", exclusions " + exclusions + ", audit " + audits + ", notifications " + notices);
            }
        }
        assertThat(halfSaved).as("decisions saved in part").isEmpty();
        assertThat(declined).as("decisions saved whole").isGreaterThanOrEqualTo(decided.get()).isPositive();

        // (c) The import is all or nothing: killed before its commit, not one of its hosts was saved.
        assertThat(service.count("SELECT COUNT(*) FROM host")).isEqualTo(hostsBefore);

        // (a) The round that was solving is closed, nothing of it saved, and a new one starts at once
        // (checked last: a new round's saving supersedes the undecided proposals checked above).
        assertThat(round(solving).getString("status")).isEqualTo("ABANDONED");
        assertThat(service.count("SELECT COUNT(*) FROM proposal WHERE round_id = " + solving)).isZero();
        assertThat(service.count("SELECT COUNT(*) FROM unplaced_candidate WHERE round_id = " + solving)).isZero();
        FaultHarness.Reply next = service.postJson(API + "/rounds", COORDINATOR, "{\"solveSeconds\":2}");
        assertThat(next.status()).as(next.body()).isIn(200, 201, 202);
        assertThat(awaitEnd(object(next.body()).getJsonNumber("id").longValue(), 180)).isEqualTo("COMPLETED");
    }

    @Test
    @Order(3)
    void withTheDatabaseStoppedItAnswers503AndRecoversWhenTheDatabaseIsBack() throws Exception {
        assertThat(service.get(API + "/me", COORDINATOR).status()).isEqualTo(200);
        service.stopDatabase();
        try {
            for (String path : List.of(API + "/me", API + "/rounds", API + "/hosts", API + "/rounds/1/proposals")) {
                FaultHarness.Reply reply = service.get(path, COORDINATOR);
                assertThat(reply.status()).as(path + " " + reply.body()).isEqualTo(503);
                assertThat(reply.contentType()).as(path).startsWith("application/problem+json");
                assertThat(object(reply.body()).getString("title")).isEqualTo("データベースに接続できません");
                assertThat(reply.retryAfter()).isNotNull();
            }
            FaultHarness.Reply write = service.postJson(API + "/rounds", COORDINATOR, "{\"solveSeconds\":2}");
            assertThat(write.status()).as(write.body()).isEqualTo(503);
            FaultHarness.Reply health = service.get("/health", null);
            assertThat(health.status()).isEqualTo(503);
            assertThat(object(health.body()).getString("status")).isEqualTo("DOWN");
        } finally {
            service.startDatabase();
        }

        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        FaultHarness.Reply me;
        do {
            FaultHarness.sleep(500);
            me = service.get(API + "/me", COORDINATOR);
            assertThat(me.status()).as("no 500 while the pool reconnects: " + me.body()).isIn(200, 503);
        } while (me.status() != 200 && System.nanoTime() < deadline);
        assertThat(me.status()).as("answers again without a restart").isEqualTo(200);
        assertThat(object(service.get("/health", null).body()).getString("status")).isEqualTo("UP");
        assertThat(service.serverAlive()).isTrue();
    }

    private long startRound(int solveSeconds) {
        FaultHarness.Reply reply = service.postJson(API + "/rounds", COORDINATOR, "{\"solveSeconds\":" + solveSeconds + "}");
        assertThat(reply.status()).as(reply.body()).isIn(200, 201, 202);
        return object(reply.body()).getJsonNumber("id").longValue();
    }

    private JsonObject round(long id) {
        return object(service.get(API + "/rounds/" + id, COORDINATOR).body());
    }

    private String awaitEnd(long id, int seconds) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        String status;
        do {
            FaultHarness.sleep(500);
            status = round(id).getString("status");
        } while (status.equals("RUNNING") && System.nanoTime() < deadline);
        return status;
    }

    /** Waits until the solver has reported progress, so the kill hits a solve under way. */
    private void awaitProgress(long id) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            JsonObject round = round(id);
            if (round.containsKey("placed") && round.get("placed").getValueType() == JsonValue.ValueType.NUMBER
                    && round.getInt("placed") > 0) {
                return;
            }
            FaultHarness.sleep(300);
        }
        throw new AssertionError("the round reported no progress: " + round(id));
    }

    /** The sample's hosts file with {@code extra} more hosts: a file that takes a while to import. */
    private String hostsFile(int extra) throws IOException {
        FaultHarness.Reply export = service.get(API + "/registry/hosts.csv?headings=columns", COORDINATOR);
        assertThat(export.status()).isEqualTo(200);
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(export.body().replace("\uFEFF", ""))).getRecords();
        List<String> header = rows.get(0).getParser().getHeaderNames();
        StringWriter file = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(file, CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new)).get())) {
            for (int i = 0; i < extra; i++) {
                List<String> row = new ArrayList<>(rows.get(i % rows.size()).toList());
                row.set(header.indexOf("host_ref"), String.format("FAULT-%06d", i));
                printer.printRecord(row);
            }
        }
        return file.toString();
    }

    private static JsonObject object(String json) {
        return LaunchJson.object(json);
    }

    private static JsonArray array(String json) {
        return jakarta.json.Json.createReader(new StringReader(json)).readArray();
    }
}
