package jp.tsunagu.platform;

import static jp.tsunagu.support.SampleAccounts.COORDINATOR;
import static jp.tsunagu.support.SampleAccounts.MATSUMOTO;
import static jp.tsunagu.support.SampleAccounts.MATSUMOTO_COUNTER;
import static jp.tsunagu.support.SampleAccounts.candidateJson;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import jp.tsunagu.candidate.CandidateInput;
import jp.tsunagu.registry.csv.RegistryFile;
import jp.tsunagu.support.Api;
import jp.tsunagu.support.Deployments;
import jp.tsunagu.support.FuzzRun;
import jp.tsunagu.support.JsonFuzz;
import jp.tsunagu.support.RawHttp;
import jp.tsunagu.support.RegistryCsvFuzz;
import jp.tsunagu.support.RegistryCsvFuzz.Upload;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.sessions.JqwikSession;
import org.assertj.core.api.SoftAssertions;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Fuzzing of the running service: a few hundred generated requests (jqwik generators, from the
 * fixed seed of {@link FuzzRun}, so every build sends the same ones) to the candidates, the
 * registry files, the rounds and the proposals, with mutated bodies, odd content types, charsets,
 * paths and credentials. Whatever arrives: never a 5xx, every refusal a problem+json with a
 * Japanese title, and a refused request changes nothing (counted through the API before and after).
 * {@code -Dfuzz.tries=N} sends N requests per kind instead of the build's number.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HttpFuzzIT {

    private static final String JSON = "application/json";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtWar();
    }

    @ArquillianResource
    URL base;

    Api coordinator;
    RawHttp http;
    SoftAssertions soft;

    @BeforeEach
    void setUp() {
        coordinator = new Api(base).as(COORDINATOR);
        http = new RawHttp(base);
        soft = new SoftAssertions();
    }

    @Test
    void candidateBodiesAreAnsweredAndARefusalStoresNothing() {
        String valid = candidateJson("HF-0", MATSUMOTO);
        List<String> fields = Arrays.stream(CandidateInput.class.getRecordComponents()).map(c -> c.getName()).toList();
        int before = candidates();
        int created = 0;
        List<JsonFuzz.Body> bodies = samples(JsonFuzz.mutations(valid.strip(), fields), FuzzRun.tries(100), 1);
        List<String> types = samples(jsonContentTypes(), bodies.size(), 2);
        for (int i = 0; i < bodies.size(); i++) {
            String body = bodies.get(i).json().replace("\"HF-0\"", "\"HF-" + FuzzRun.seed() + "-" + i + "\"");
            String what = "POST /candidates " + types.get(i) + " " + bodies.get(i);
            RawHttp.Reply reply = send("POST", "/candidates", MATSUMOTO_COUNTER, types.get(i), body.getBytes(StandardCharsets.UTF_8));
            check(what, reply);
            if (reply.status() == 201) {
                created++;
            }
        }
        soft.assertThat(candidates()).as("the pool grew by the people created and by nothing refused").isEqualTo(before + created);

        var first = new Api(base).as(MATSUMOTO_COUNTER).post("/candidates", candidateJson("HF-PUT-" + FuzzRun.seed(), MATSUMOTO));
        assertThat(first.status()).as(first.toString()).isIn(201, 409);
        long id = first.status() == 201 ? first.json().getJsonNumber("id").longValue()
                : existing("HF-PUT-" + FuzzRun.seed());
        String stored = candidate(id);
        List<JsonFuzz.Body> updates = samples(JsonFuzz.mutations(
                candidateJson("HF-PUT-" + FuzzRun.seed(), MATSUMOTO, 3, 0L).strip(), fields), FuzzRun.tries(40), 3);
        for (JsonFuzz.Body update : updates) {
            long version = Json.createReader(new StringReader(stored)).readObject().getJsonNumber("version").longValue();
            String body = update.json().replace("\"version\":0", "\"version\":" + version);
            RawHttp.Reply reply = send("PUT", "/candidates/" + id, MATSUMOTO_COUNTER, JSON, body.getBytes(StandardCharsets.UTF_8));
            check("PUT /candidates/" + id + " " + update, reply);
            String now = candidate(id);
            if (reply.status() >= 400) {
                soft.assertThat(now).as("a refused update changes nothing: " + update).isEqualTo(stored);
            }
            stored = now;
        }
        soft.assertAll();
    }

    @Test
    void registryFilesAreTakenWholeOrRefusedWithTheirLines() {
        RegistryCsvFuzz.Vocabulary known = vocabulary();
        Arbitrary<RegistryCsvFuzz.Sheet> sheets = Arbitraries.of(RegistryFile.values())
                .flatMap(file -> RegistryCsvFuzz.validSheet(file, known, "HF" + FuzzRun.seed()));
        Arbitrary<Upload> uploads = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(1, RegistryCsvFuzz.validUpload(sheets)),
                net.jqwik.api.Tuple.of(4, RegistryCsvFuzz.damagedUpload(sheets)));
        List<Upload> files = samples(uploads, FuzzRun.tries(60), 4);
        List<String> types = samples(Arbitraries.of("text/csv", "text/csv; charset=nope", "text/csv; charset=UTF-16",
                "text/plain", "application/octet-stream", "text/csv; charset=\"Shift_JIS\"", "text/csv;charset=",
                "application/json", "text/csv; charset=ISO-8859-1"), files.size(), 5);
        for (int i = 0; i < files.size(); i++) {
            Upload upload = files.get(i);
            // Mostly the charset the file was written in; now and then another content type.
            String type = i % 4 == 3 ? types.get(i) : upload.charset() == null ? "text/csv" : "text/csv; charset=" + upload.charset();
            Map<RegistryFile, Integer> before = registryCounts();
            String path = "/registry/" + upload.file().name().toLowerCase() + ".csv";
            RawHttp.Reply reply = send("POST", path, COORDINATOR, type, upload.bytes());
            Supplier<String> what = () -> "POST " + path + " " + type + " " + upload;
            check(what.get(), reply);
            Map<RegistryFile, Integer> after = registryCounts();
            if (reply.status() >= 400) {
                soft.assertThat(after).as(() -> "a refused file stores nothing: " + what.get()).isEqualTo(before);
                JsonObject problem = reply.contentType().startsWith("application/problem+json") ? json(reply) : null;
                if (problem != null && problem.getString("title", "").startsWith("CSVに誤りがあります")) {
                    soft.assertThat(problem.getJsonArray("errors")).as(() -> "errors with lines: " + reply + "\n" + what.get())
                            .isNotNull().allSatisfy(e -> assertThat(e.asJsonObject().containsKey("line")).isTrue());
                }
            } else if (reply.status() == 200) {
                int created = json(reply).getInt("created");
                Map<RegistryFile, Integer> expected = new LinkedHashMap<>(before);
                expected.merge(upload.file(), created, Integer::sum);
                soft.assertThat(after).as(() -> "an accepted file stores its rows: " + what.get()).isEqualTo(expected);
            }
        }
        soft.assertAll();
    }

    @Test
    void roundsAndProposalActionsRefuseMutatedBodies() throws Exception {
        awaitNoRunningRound();
        // One round runs while the starts are fuzzed: a start that is valid is refused as a second
        // round (409) instead of running the solver, and what is refused leaves no round behind.
        var running = coordinator.post("/rounds", "{\"solveSeconds\":120}");
        assertThat(running.status()).as(running.toString()).isEqualTo(202);
        long round = running.json().getJsonNumber("id").longValue();
        int rounds = coordinator.get("/rounds").array().size();
        List<JsonFuzz.Body> starts = samples(JsonFuzz.mutations("{\"solveSeconds\":5,\"roundStart\":\"2026-12-07\"}",
                List.of("solveSeconds", "roundStart")), FuzzRun.tries(30), 6);
        for (JsonFuzz.Body start : starts) {
            RawHttp.Reply reply = send("POST", "/rounds", COORDINATOR, JSON, start.json().getBytes(StandardCharsets.UTF_8));
            check("POST /rounds " + start, reply);
            soft.assertThat(reply.status()).as(() -> "POST /rounds " + start + " -> " + reply).isNotEqualTo(202);
        }
        soft.assertThat(coordinator.get("/rounds").array().size()).as("refused starts leave no round").isEqualTo(rounds);
        var stopped = coordinator.post("/rounds/" + round + "/stop", "");
        assertThat(stopped.status()).as(stopped.toString()).isLessThan(300);
        awaitNoRunningRound();

        // The day a round is for, at the edges of what a date can be.
        for (String day : List.of("+10000-01-03", "0999-12-29", "-0001-01-01", "9999-12-27")) {
            String body = "{\"solveSeconds\":1,\"roundStart\":\"" + day + "\"}";
            RawHttp.Reply reply = send("POST", "/rounds", COORDINATOR, JSON, body.getBytes(StandardCharsets.UTF_8));
            check("POST /rounds " + body, reply);
            awaitNoRunningRound();
        }

        List<JsonObject> proposals = coordinator.get("/rounds/" + round + "/proposals").array().stream()
                .map(JsonValue::asJsonObject).toList();
        if (proposals.isEmpty()) {
            // stopped before its first solution: a short round gives the proposals to act on
            var shortRound = coordinator.post("/rounds", "{\"solveSeconds\":2}");
            assertThat(shortRound.status()).as(shortRound.toString()).isEqualTo(202);
            awaitNoRunningRound();
            round = shortRound.json().getJsonNumber("id").longValue();
            proposals = coordinator.get("/rounds/" + round + "/proposals").array().stream().map(JsonValue::asJsonObject).toList();
        }
        assertThat(proposals).isNotEmpty();
        List<String> actions = List.of("pin", "unpin", "swap", "accept", "decline", "confirm", "host-decline");
        String everything = "{\"version\":0,\"slotId\":1,\"consentDate\":\"2026-12-01\",\"sharedItems\":[\"INTERESTS\"],"
                + "\"firstDayNeeds\":\"x\",\"reason\":\"OTHER\",\"note\":\"n\",\"firstDay\":\"2026-12-08\"}";
        List<JsonFuzz.Body> bodies = samples(JsonFuzz.mutations(everything,
                List.of("version", "slotId", "consentDate", "sharedItems", "firstDayNeeds", "reason", "note", "firstDay")),
                FuzzRun.tries(50), 7);
        List<Integer> picks = samples(Arbitraries.integers().between(0, 1_000_000), bodies.size(), 8);
        for (int i = 0; i < bodies.size(); i++) {
            JsonObject proposal = proposals.get(picks.get(i) % proposals.size());
            String action = actions.get(picks.get(i) % actions.size());
            long id = proposal.getJsonNumber("id").longValue();
            String path = picks.get(i) % 10 == 0 ? "/proposals/" + List.of("-1", "0", "99999999999", "1e3", "%20").get(i % 5) + "/" + action
                    : "/proposals/" + id + "/" + action;
            String before = coordinator.get("/proposals/" + id).body();
            String body = bodies.get(i).json().replace("\"version\":0", "\"version\":" + proposal.getJsonNumber("version"));
            String user = action.equals("confirm") || action.equals("host-decline") ? "employer-H0001"
                    : action.equals("accept") || action.equals("decline") ? MATSUMOTO_COUNTER : COORDINATOR;
            RawHttp.Reply reply = send("POST", path, user, JSON, body.getBytes(StandardCharsets.UTF_8));
            check("POST " + path + " as " + user + " " + bodies.get(i), reply);
            if (reply.status() >= 400) {
                soft.assertThat(coordinator.get("/proposals/" + id).body()).as("a refused action changes nothing: " + path)
                        .isEqualTo(before);
            }
        }
        soft.assertAll();
    }

    @Test
    void oddPathsHeadersAndCredentialsAreAnsweredAsProblems() {
        Arbitrary<String> segment = Arbitraries.of("candidates", "registry", "hosts.csv", "nope.csv", "rounds", "proposals",
                "1", "0", "-1", "99999999999999999999", "..", "%2e%2e", "%2F", "%E3%81%82", "a;b=c", "x?y=z", "%20",
                "CANDIDATES", "candidates.json", "~", "*", "a".repeat(3_000), "@", "$", "'", "(", "!");
        Arbitrary<String> path = segment.list().ofMinSize(1).ofMaxSize(4).map(s -> "/tsunagu/api/" + String.join("/", s));
        Arbitrary<String> method = Arbitraries.of("GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "HEAD", "FOO");
        Arbitrary<String> accept = Arbitraries.of("*/*", "application/json", "application/xml", "text/html", "text/csv",
                "application/json;q=0", "", "garbage", "*/*;q=abc");
        Arbitrary<String> auth = Arbitraries.of(RawHttp.basic(COORDINATOR, Api.DEMO_PASSWORD),
                RawHttp.basic(MATSUMOTO_COUNTER, Api.DEMO_PASSWORD), RawHttp.basic("fuzz-unknown-user", "wrong"),
                RawHttp.basic("nobody", "x"), "Basic !!!", "Basic ", "Bearer abc", "Basic " + "A".repeat(4_000),
                RawHttp.basic("fuzz:x", "demo-pass"), RawHttp.basic("", ""));
        Arbitrary<byte[]> body = Arbitraries.oneOf(Arbitraries.just(new byte[0]),
                JsonFuzz.values().map(v -> v.getBytes(StandardCharsets.UTF_8)),
                Arbitraries.bytes().array(byte[].class).ofMaxSize(200));
        record Request(String method, String path, String accept, String auth, String type, byte[] body) {
            @Override
            public String toString() {
                return method + " " + (path.length() > 200 ? path.substring(0, 200) + "…" : path) + " Accept=" + accept
                        + " Content-Type=" + type + " auth=" + (auth.length() > 40 ? auth.substring(0, 40) + "…" : auth)
                        + " body=" + new String(body, StandardCharsets.UTF_8);
            }
        }
        List<Request> requests = samples(Combinators.combine(method, path, accept, auth, jsonContentTypes(), body)
                .as(Request::new), FuzzRun.tries(120), 9);
        int before = candidates();
        for (Request r : requests) {
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put("Authorization", r.auth());
            headers.put("Accept", r.accept());
            boolean withBody = !r.method().equals("GET") && !r.method().equals("HEAD") && !r.method().equals("DELETE");
            if (withBody) {
                headers.put("Content-Type", r.type());
            }
            RawHttp.Reply reply = http.send(r.method(), r.path(), headers, withBody ? r.body() : null);
            if (leavesTheApplication(r.path())) {
                // the server answers for addresses outside /tsunagu, with its own page
                soft.assertThat(reply.status()).as(() -> r + "\n -> " + reply).isBetween(100, 499);
                continue;
            }
            check(r.toString(), reply);
        }
        soft.assertThat(candidates()).as("odd requests create nobody").isEqualTo(before);
        soft.assertAll();
    }

    /** True when the path's dot segments, decoded as the server decodes them, climb out of {@code /tsunagu}. */
    static boolean leavesTheApplication(String path) {
        java.util.Deque<String> kept = new java.util.ArrayDeque<>();
        for (String segment : path.split("/")) {
            String decoded = segment.replace("%2e", ".").replace("%2E", ".");
            if (decoded.equals("..")) {
                kept.pollLast();
            } else if (!decoded.isEmpty() && !decoded.equals(".")) {
                kept.addLast(decoded);
            }
        }
        return !"tsunagu".equals(kept.peekFirst());
    }

    // ---- what every answer must be ---------------------------------------------------------------

    /** Never a 5xx; a refusal is a problem+json with a Japanese title that names no internals. */
    private void check(String what, RawHttp.Reply reply) {
        soft.assertThat(reply.status()).as(() -> what + "\n -> " + reply).isBetween(100, 499);
        if (reply.status() < 400) {
            return;
        }
        soft.assertThat(reply.contentType()).as(() -> what + "\n -> " + reply).startsWith("application/problem+json");
        if (what.startsWith("HEAD ")) {
            return; // the headers of the problem, without its body
        }
        JsonObject problem;
        try {
            problem = json(reply);
        } catch (RuntimeException e) {
            soft.fail("not a JSON problem: " + what + "\n -> " + reply);
            return;
        }
        soft.assertThat(problem.getInt("status", -1)).as(() -> what + "\n -> " + reply).isEqualTo(reply.status());
        soft.assertThat(Problems.isJapanese(problem.getString("title", ""))).as(() -> "Japanese title: " + what + "\n -> " + reply).isTrue();
        if (problem.containsKey("detail")) {
            soft.assertThat(Problems.isJapanese(problem.getString("detail"))).as(() -> "Japanese detail: " + what + "\n -> " + reply).isTrue();
        }
        soft.assertThat(reply.body()).as(() -> what + "\n -> " + reply).doesNotContain("jp.tsunagu", "java.", "jakarta.", "Exception", "<html");
    }

    // ---- generators and the API as the coordinator sees it -----------------------------------------

    private static Arbitrary<String> jsonContentTypes() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(12, Arbitraries.just(JSON)),
                net.jqwik.api.Tuple.of(1, Arbitraries.of("application/json; charset=UTF-8", "application/json; charset=nope",
                        "application/json; charset=UTF-16", "application/json; charset=\"", "text/plain", "application/xml",
                        "", "application/problem+json", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x",
                        "application/json;;;", "*/*", "application/", "text/csv")));
    }

    /** {@code count} values of {@code arbitrary}, the same on every run with the same seed. */
    private static <T> List<T> samples(Arbitrary<T> arbitrary, int count, int stream) {
        List<T> values = new ArrayList<>();
        JqwikSession.start(String.valueOf(Long.parseLong(FuzzRun.seed()) * 31 + stream));
        try {
            arbitrary.sampleStream().limit(count).forEach(values::add);
        } finally {
            JqwikSession.finish();
        }
        return values;
    }

    private RawHttp.Reply send(String method, String path, String user, String type, byte[] body) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Authorization", RawHttp.basic(user, Api.DEMO_PASSWORD));
        headers.put("Accept", "*/*");
        headers.put("Content-Type", type);
        return http.send(method, "/tsunagu/api" + path, headers, body);
    }

    private static JsonObject json(RawHttp.Reply reply) {
        try (var reader = Json.createReader(new StringReader(reply.body()))) {
            return reader.readObject();
        }
    }

    private int candidates() {
        return coordinator.list("/candidates").size();
    }

    private String candidate(long id) {
        return coordinator.get("/candidates/" + id).body();
    }

    private long existing(String caseCode) {
        return coordinator.list("/candidates").stream().map(JsonValue::asJsonObject)
                .filter(c -> c.getString("caseCode").equals(caseCode)).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
    }

    private Map<RegistryFile, Integer> registryCounts() {
        Map<RegistryFile, Integer> counts = new LinkedHashMap<>();
        for (RegistryFile file : RegistryFile.values()) {
            counts.put(file, coordinator.get("/" + file.name().toLowerCase()).array().size());
        }
        return counts;
    }

    /** What the sample network's files may refer to. */
    private RegistryCsvFuzz.Vocabulary vocabulary() {
        List<JsonObject> hosts = coordinator.get("/hosts").array().stream().map(JsonValue::asJsonObject).limit(40).toList();
        Map<Long, String> hostRefs = new LinkedHashMap<>();
        hosts.forEach(h -> hostRefs.put(h.getJsonNumber("id").longValue(), h.getString("externalRef")));
        List<List<String>> tasks = coordinator.get("/tasks").array().stream().map(JsonValue::asJsonObject)
                .filter(t -> hostRefs.containsKey(t.getJsonNumber("hostId").longValue()))
                .map(t -> List.of(hostRefs.get(t.getJsonNumber("hostId").longValue()), t.getString("externalRef")))
                .limit(40).toList();
        List<String> accommodations = coordinator.get("/accommodations").array().stream()
                .map(a -> a.asJsonObject().getString("code")).limit(8).toList();
        return new RegistryCsvFuzz.Vocabulary(List.of("202029", "202011", "204226"), accommodations,
                List.copyOf(hostRefs.values()), tasks);
    }

    private void awaitNoRunningRound() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(150).toNanos();
        while (coordinator.get("/rounds").array().stream().map(JsonValue::asJsonObject)
                .anyMatch(r -> r.getString("status").equals("RUNNING"))) {
            assertThat(System.nanoTime()).as("a round still running").isLessThan(deadline);
            Thread.sleep(500);
        }
    }
}
