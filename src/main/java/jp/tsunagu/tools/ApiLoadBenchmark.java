package jp.tsunagu.tools;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * The API under load ({@code mvn -Pload verify}): starts an embedded MariaDB (or uses
 * {@code load.db.url}) and Payara Micro with the 10x sample network (3,000 people), runs and
 * publishes a weekly round so that proposals exist, signs the coordinator and some counters in (as
 * the web interface does: session cookie and CSRF token), then sends an open-loop mix of the
 * screens' requests at each rate in {@code load.rates} for {@code load.seconds}, all on loopback,
 * and prints the latency percentiles per request kind, the throughput achieved and the errors.
 *
 * <p>Settings (system properties): {@code load.rates} (default {@code 50,200} requests/s),
 * {@code load.seconds} (per rate, default 120), {@code load.warmupSeconds} (default 240, not
 * reported) at {@code load.warmupRate} (default 100 requests/s), {@code load.scale} (default 10x),
 * {@code load.solveSeconds} (default 20), {@code load.seed}, {@code load.db.url}, {@code load.war}, {@code load.payaraJar},
 * {@code load.log}; the goal ({@link LoadGoal}) at {@code load.goalRate} (default 200 requests/s):
 * {@code load.goalP99Millis} (default 100). Exit code 2 for errors at any rate, 3 for a goal missed.
 */
public final class ApiLoadBenchmark {

    private static final String PASSWORD = "demo-pass";
    /** Counters of cities and one wide area; those missing from the sample are skipped. */
    private static final List<String> COUNTERS = List.of("counter-202011", "counter-202029", "counter-202037",
            "counter-202053", "counter-204226");
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    /** The page a screen shows. */
    private static final int PAGE = 50;

    private final PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    private final ExecutorService clientThreads = Executors.newFixedThreadPool(4);
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).executor(clientThreads).build();
    private String api;

    /** A signed-in browser: its cookie and its CSRF token. */
    private record Browser(String username, String cookie, String csrfToken) {
    }

    /** A person a counter edits during the run, with the version last read. */
    private record Case(long id, JsonObject input, AtomicLong version, AtomicInteger priority, Browser counter) {
    }

    public static void main(String[] args) {
        System.exit(new ApiLoadBenchmark().run());
    }

    private int run() {
        int[] rates = Arrays.stream(setting("load.rates", "50,200").split(",")).map(String::trim)
                .mapToInt(Integer::parseInt).toArray();
        int seconds = Integer.parseInt(setting("load.seconds", "120"));
        // The server's compilers are still at work on this stack's code after a minute of load (the
        // compiler threads took a fifth of the process's time, and a request's time fell by half over the
        // first four minutes at 100 requests/s): a service that has run for a while is what is measured.
        int warmup = Integer.parseInt(setting("load.warmupSeconds", "240"));
        int warmupRate = Integer.parseInt(setting("load.warmupRate", "100"));
        String scale = setting("load.scale", "10x");
        int solveSeconds = Integer.parseInt(setting("load.solveSeconds", "20"));
        long seed = Long.parseLong(setting("load.seed", "20261126"));
        Path war = Path.of(setting("load.war", "target/tsunagu.war"));
        Path payaraJar = Path.of(setting("load.payaraJar", "target/payara-micro.jar"));
        Path log = Path.of(setting("load.log", "target/load-service.log")).toAbsolutePath();
        String dbUrl = setting("load.db.url", "");
        LoadGoal goal = new LoadGoal(Integer.parseInt(setting("load.goalRate", Integer.toString(LoadGoal.DEFAULT.rate()))),
                Double.parseDouble(setting("load.goalP99Millis", Double.toString(LoadGoal.DEFAULT.p99Millis()))));

        EmbeddedDatabase database = null;
        ServerProcess server = null;
        try {
            out.println("API load benchmark — Java " + Runtime.version() + ", " + Runtime.getRuntime().availableProcessors()
                    + " cores, load average " + loadAverage());
            if (dbUrl.isEmpty()) {
                database = new EmbeddedDatabase(Path.of("target", "load-db").toAbsolutePath(), out);
                database.resetOnStart(true);
                out.println("Starting an empty embedded MariaDB (log written to disk "
                        + (EmbeddedDatabase.flushEachCommit() ? "at every commit" : "once a second, to the operating system at"
                        + " every commit; -D" + EmbeddedDatabase.FLUSH_EACH_COMMIT + "=true flushes at every commit") + ") ...");
                dbUrl = database.start();
            } else {
                out.println("Using the database " + LocalService.redact(dbUrl) + " (empty: the sample is loaded; with the sample already: used as it is)");
            }
            int port = FreePorts.pick();
            api = "http://127.0.0.1:" + port + "/tsunagu/api";
            server = new ServerProcess(war, payaraJar, log, out);
            out.println("Starting Payara Micro on 127.0.0.1:" + port + " with the " + scale + " sample (log: " + log
                    + ", garbage collection: " + log.resolveSibling("load-gc.log") + ") ...");
            long started = System.nanoTime();
            // The collector's pauses, with the wall clock, to lay beside the slow seconds the phases print.
            Path gcLog = log.resolveSibling("load-gc.log");
            server.start(port, "127.0.0.1", dbUrl, List.of("-Dtsunagu.sample.scale=" + scale,
                    "-Xlog:gc:file=\"" + gcLog + "\":utctime"));
            ServiceClient coordinator = new ServiceClient(port, "coordinator", PASSWORD);
            awaitHealthy(server, coordinator);
            out.printf(Locale.ROOT, "Service healthy after %.0f s.%n", (System.nanoTime() - started) / 1e9);

            new RoundRunner(coordinator, out).run(solveSeconds, solveSeconds + 600L);
            long roundId = latestCompletedRound(coordinator);
            ServiceClient.Reply published = coordinator.post("/rounds/" + roundId + "/publish", "{}");
            out.println("Round " + roundId + " published to the counters: HTTP " + published.status);

            Browser coordinatorBrowser = signIn("coordinator");
            List<Browser> counters = new ArrayList<>();
            for (String name : COUNTERS) {
                try {
                    counters.add(signIn(name));
                } catch (IllegalStateException e) {
                    out.println("  (" + name + " not in this sample: " + e.getMessage() + ")");
                }
            }
            int people = total(coordinatorBrowser, "/candidates?limit=1");
            List<Case> cases = new ArrayList<>();
            for (Browser counter : counters) {
                cases.addAll(cases(counter));
            }
            int proposals = total(coordinatorBrowser, "/rounds/" + roundId + "/proposals?limit=1");
            out.printf("Signed in: coordinator and %d counters; %d people in the pool, %d proposals in round %d,"
                    + " %d people the counters may edit.%n", counters.size(), people, proposals, roundId, cases.size());

            OpenLoopLoad load = new OpenLoopLoad(http, mix(coordinatorBrowser, counters, cases, roundId, people), seed);
            if (warmup > 0) {
                out.println("Warming up for " + warmup + " s at " + warmupRate + " requests/s (not reported) ...");
                load.run(warmupRate, warmup, 30, (long) goal.p99Millis());
            }
            List<OpenLoopLoad.Result> results = new ArrayList<>();
            CpuMeter cpu = new CpuMeter(server.pid(), database == null ? null : database.dataDir());
            for (int rate : rates) {
                out.println("Measuring " + seconds + " s at " + rate + " requests/s (load average before: "
                        + loadAverage() + ") ...");
                CpuMeter.Reading before = cpu.read();
                OpenLoopLoad.Result result = load.run(rate, seconds, 30, (long) goal.p99Millis());
                results.add(result);
                print(result);
                printCpu(cpu.read().since(before), result.overall().count(), cpu.measuresDatabase());
            }
            out.println();
            out.println("Summary (overall):");
            for (OpenLoopLoad.Result r : results) {
                out.printf(Locale.ROOT, "  %4d req/s offered: %.1f req/s achieved, p50 %.1f ms, p99 %.1f ms, max %.1f ms,"
                                + " errors %d, 409 conflicts %d%n", r.rate(), r.achievedPerSecond(),
                        r.overall().percentileMillis(0.5), r.overall().percentileMillis(0.99), r.overall().maxMillis(),
                        r.errors(), r.overall().conflicts());
            }
            boolean clean = results.stream().allMatch(r -> r.errors() == 0);
            boolean goalMet = true;
            for (OpenLoopLoad.Result r : results) {
                if (r.rate() == goal.rate()) {
                    double p99 = r.overall().percentileMillis(0.99);
                    out.println(goal.verdict(p99, r.errors()));
                    goalMet &= goal.isMetBy(p99, r.errors());
                }
            }
            if (!clean) {
                return 2;
            }
            return goalMet ? 0 : 3;
        } catch (LaunchException | RuntimeException e) {
            out.println("The load benchmark could not run: " + e.getMessage());
            if (server != null) {
                out.println(EmbeddedDatabase.indent(server.tail(30)));
            }
            return 1;
        } finally {
            clientThreads.shutdownNow();
            if (server != null) {
                server.stop();
            }
            if (database != null) {
                database.close();
            }
        }
    }

    /**
     * The screens' requests, weighted as a working day has them, a page of {@value #PAGE} at a time:
     * counters read their people and the proposals and change a case now and then; the coordinator
     * leafs through the whole pool and the round.
     */
    private List<OpenLoopLoad.Kind> mix(Browser coordinator, List<Browser> counters, List<Case> cases, long roundId,
                                        int people) {
        AtomicInteger nextCounter = new AtomicInteger();
        AtomicInteger nextCase = new AtomicInteger();
        Map<Long, Case> byId = new ConcurrentHashMap<>();
        cases.forEach(c -> byId.put(c.id(), c));
        Function<HttpResponse<String>, LatencyStats.Outcome> ok200 =
                r -> r.statusCode() == 200 ? LatencyStats.Outcome.OK : LatencyStats.Outcome.ERROR;
        AtomicInteger nextPage = new AtomicInteger();
        int pages = Math.max(1, (people + PAGE - 1) / PAGE);
        return List.of(
                new OpenLoopLoad.Kind("GET /candidates page (coordinator, " + people + " people)", 10,
                        () -> request(coordinator, "/candidates" + page(nextPage, pages)).GET().build(), ok200),
                new OpenLoopLoad.Kind("GET /candidates page (counter)", 30,
                        () -> request(next(counters, nextCounter), "/candidates?limit=" + PAGE).GET().build(), ok200),
                new OpenLoopLoad.Kind("GET /rounds/{id}/proposals page (coordinator)", 15,
                        () -> request(coordinator, "/rounds/" + roundId + "/proposals" + page(nextPage, pages)).GET()
                                .build(), ok200),
                new OpenLoopLoad.Kind("GET /rounds/{id}/proposals page (counter)", 25,
                        () -> request(next(counters, nextCounter), "/rounds/" + roundId + "/proposals?limit=" + PAGE)
                                .GET().build(), ok200),
                new OpenLoopLoad.Kind("PUT /candidates/{id} (counter)", 20,
                        () -> update(next(cases, nextCase)), response -> updated(response, byId)));
    }

    private HttpRequest update(Case c) {
        int priority = c.priority().updateAndGet(p -> p % 5 + 1);
        JsonObjectBuilder body = Json.createObjectBuilder(c.input()).add("priority", priority)
                .add("version", c.version().get());
        return request(c.counter(), "/candidates/" + c.id())
                .header("Content-Type", "application/json")
                .header("X-CSRF-Token", c.counter().csrfToken())
                .PUT(HttpRequest.BodyPublishers.ofString(body.build().toString())).build();
    }

    /** 200 takes the new version; 409 (someone was first) reads the case again, outside the measurement. */
    private LatencyStats.Outcome updated(HttpResponse<String> response, Map<Long, Case> byId) {
        String path = response.request().uri().getPath();
        Case c = byId.get(Long.parseLong(path.substring(path.lastIndexOf('/') + 1)));
        if (response.statusCode() == 200) {
            c.version().accumulateAndGet(LaunchJson.number(LaunchJson.object(response.body()), "version", 0), Math::max);
            return LatencyStats.Outcome.OK;
        }
        if (response.statusCode() == 409) {
            http.sendAsync(request(c.counter(), "/candidates/" + c.id()).GET().build(),
                            HttpResponse.BodyHandlers.ofString())
                    .thenAccept(fresh -> {
                        if (fresh.statusCode() == 200) {
                            c.version().accumulateAndGet(LaunchJson.number(LaunchJson.object(fresh.body()), "version", 0),
                                    Math::max);
                        }
                    });
            return LatencyStats.Outcome.CONFLICT;
        }
        return LatencyStats.Outcome.ERROR;
    }

    /** The coordinator leafs through the whole list, page after page. */
    private static String page(AtomicInteger index, int pages) {
        return "?offset=" + Math.floorMod(index.getAndIncrement(), pages) * PAGE + "&limit=" + PAGE;
    }

    private static <T> T next(List<T> items, AtomicInteger index) {
        return items.get(Math.floorMod(index.getAndIncrement(), items.size()));
    }

    private List<Case> cases(Browser counter) {
        List<Case> cases = new ArrayList<>();
        for (JsonObject view : LaunchJson.arrayOfObjects(get(counter, "/candidates"))) {
            if (!"ACTIVE".equals(LaunchJson.string(view, "status"))) {
                continue;
            }
            JsonObjectBuilder input = Json.createObjectBuilder(view.getJsonObject("profile"))
                    .add("caseCode", view.getString("caseCode"));
            cases.add(new Case(view.getJsonNumber("id").longValue(), input.build(),
                    new AtomicLong(view.getJsonNumber("version").longValue()),
                    new AtomicInteger(view.getJsonObject("profile").getInt("priority")), counter));
        }
        return cases;
    }

    private Browser signIn(String username) {
        String body = Json.createObjectBuilder().add("username", username).add("password", PASSWORD).build().toString();
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(api + "/session")).timeout(TIMEOUT)
                .header("Content-Type", "application/json").header("X-Requested-With", "XMLHttpRequest")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("sign-in of " + username + " answered " + response.statusCode());
        }
        String setCookie = response.headers().firstValue("Set-Cookie").orElseThrow();
        return new Browser(username, setCookie.substring(0, setCookie.indexOf(';')),
                LaunchJson.string(LaunchJson.object(response.body()), "csrfToken"));
    }

    private String get(Browser browser, String path) {
        HttpResponse<String> response = send(request(browser, path).GET().build());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + " as " + browser.username() + " answered "
                    + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private HttpRequest.Builder request(Browser browser, String path) {
        return HttpRequest.newBuilder(URI.create(api + path)).timeout(TIMEOUT)
                .header("Cookie", browser.cookie())
                .header("X-Requested-With", "XMLHttpRequest")
                .header("Accept", "application/json");
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " failed: " + e, e);
        }
    }

    /** The size of a whole paged list, from its first page's X-Total-Count. */
    private int total(Browser browser, String path) {
        HttpResponse<String> response = send(request(browser, path).GET().build());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return Integer.parseInt(response.headers().firstValue("X-Total-Count").orElseThrow(
                () -> new IllegalStateException("GET " + path + " answered no X-Total-Count")));
    }

    private long latestCompletedRound(ServiceClient coordinator) {
        ServiceClient.Reply rounds = coordinator.get("/rounds");
        return LaunchJson.arrayOfObjects(rounds.body).stream()
                .filter(r -> "COMPLETED".equals(LaunchJson.string(r, "status")))
                .mapToLong(r -> LaunchJson.number(r, "id", -1)).max()
                .orElseThrow(() -> new IllegalStateException("no completed round: " + rounds.body));
    }

    private void awaitHealthy(ServerProcess server, ServiceClient client) throws LaunchException {
        // A loaded machine may take many minutes to deploy and load the 10x sample.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(1800);
        String last = "";
        while (System.nanoTime() < deadline) {
            if (!server.isAlive()) {
                throw new LaunchException("Payara Micro exited (code " + server.exitValue() + ")");
            }
            ServiceClient.Reply health = client.anonymous("/health");
            if (health.status == 200 && health.body.contains("UP")) {
                ServiceClient.Reply me = client.get("/me");
                if (me.ok()) {
                    return;
                }
                last = "GET /me: " + me.status + " " + me.body;
            } else {
                last = "GET /health: " + health.status + " " + health.body;
            }
            sleepMillis(1000);
        }
        throw new LaunchException("The service was not healthy after 1800 s (last answer " + last + ")");
    }

    private void print(OpenLoopLoad.Result r) {
        out.printf(Locale.ROOT, "%n%d req/s offered for %d requests: %.1f good answers/s (%.1f s to the last answer),"
                        + " errors %d (of which not sent %d, unanswered %d), sender at most %.1f ms late%n",
                r.rate(), r.overall().count(), r.achievedPerSecond(), r.seconds(), r.errors(), r.refused(), r.missing(),
                r.maxLateMicros() / 1000.0);
        out.printf(Locale.ROOT, "  %-52s %7s %9s %9s %9s %7s %5s%n", "request", "count", "p50 ms", "p99 ms", "max ms",
                "errors", "409");
        r.byKind().forEach((name, s) -> row(name, s));
        row("overall", r.overall());
        out.println("  answers: " + r.answers().entrySet().stream().map(e -> e.getKey() + " × " + e.getValue())
                .collect(java.util.stream.Collectors.joining(", ")));
        SlowSeconds slow = r.slowSeconds();
        out.printf(Locale.ROOT, "  seconds with an answer of %d ms or more, or an error: %d of %d%n", slow.slowMillis(),
                slow.count(), (int) Math.round(r.overall().count() / (double) r.rate()));
        slow.worst(8).forEach(second -> out.println("    " + SlowSeconds.describe(second)));
    }

    /** CPU per request: what two cores could carry at best, whatever else the machine ran meanwhile. */
    private void printCpu(CpuMeter.Reading used, long requests, boolean database) {
        double server = used.serverMillis() / (double) requests;
        double db = used.databaseMillis() / (double) requests;
        double client = used.clientMillis() / (double) requests;
        out.printf(Locale.ROOT, "  CPU per request: server %.2f ms, database %s, load client %.2f ms%s%n", server,
                database ? String.format(Locale.ROOT, "%.2f ms", db) : "not measured (not the embedded one)", client,
                database ? String.format(Locale.ROOT, "; service and database together %.2f ms, so two cores carry at"
                        + " most %.0f requests/s", server + db, 2000 / (server + db)) : "");
    }

    private void row(String name, LatencyStats s) {
        out.printf(Locale.ROOT, "  %-52s %7d %9.1f %9.1f %9.1f %7d %5d%n", name, s.count(), s.percentileMillis(0.5),
                s.percentileMillis(0.99), s.maxMillis(), s.errors(), s.conflicts());
    }

    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (Exception e) {
            return "unknown";
        }
    }

    private static String setting(String name, String fallback) {
        String value = System.getProperty(name);
        return value == null || value.isBlank() ? fallback : value.trim();
    }

    private static void sleepMillis(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
