package jp.tsunagu.tools;

import jakarta.json.JsonObject;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Starts one weekly matching round as the coordinator, follows it to the end (polling the round
 * every second, and printing the progress events when the event stream is available) and prints
 * what came out of it.
 */
final class RoundRunner {

    /** How a round went, as far as the launcher is concerned. */
    enum Result {
        /** Finished and placed people. */
        PLACED,
        /** Finished without placing anyone, failed, or did not finish in time. */
        UNSUCCESSFUL,
        /** The service has no round API (or refused the coordinator). */
        UNAVAILABLE
    }

    private static final Set<String> FINISHED = Set.of("COMPLETED", "STOPPED", "FAILED", "ABANDONED");
    private static final int SAMPLES = 3;

    private final ServiceClient client;
    private final PrintStream out;
    private volatile long lastProgressPrinted;
    private volatile boolean streamSeen;
    private long roundMillis = -1;

    RoundRunner(ServiceClient client, PrintStream out) {
        this.client = client;
        this.out = out;
    }

    /** The solver's own time for the round, or -1 if it did not finish. */
    long roundMillis() {
        return roundMillis;
    }

    Result run(Integer solveSeconds, long timeoutSeconds) {
        out.println();
        out.println("週次マッチングを開始します / Starting a weekly matching round as coordinator ...");
        long posted = System.nanoTime();
        String request = solveSeconds == null ? "{}" : "{\"solveSeconds\": " + solveSeconds + "}";
        ServiceClient.Reply start = client.post("/rounds", request);
        if (start.status == 409 && awaitNoRunningRound(timeoutSeconds)) {
            start = client.post("/rounds", request);
        }
        if (start.status == 404 || start.status == 405) {
            out.println("  Matching API not available in this build (POST /tsunagu/api/rounds answered "
                    + start.status + "). The service itself is up; no round was run.");
            return Result.UNAVAILABLE;
        }
        if (start.status == 401 || start.status == 403) {
            out.println("  The coordinator account was refused (" + start.status + "): " + start.problem());
            out.println("  The database seems to hold a network other than the sample one; see docs/local-service.md.");
            return Result.UNAVAILABLE;
        }
        if (start.status == 409) {
            out.println("  A round is already running in the prefecture: " + start.problem());
            return Result.UNSUCCESSFUL;
        }
        if (!start.ok()) {
            out.println("  Could not start a round (HTTP " + start.status + "): " + start.problem());
            return Result.UNSUCCESSFUL;
        }
        JsonObject round;
        try {
            round = LaunchJson.object(start.body);
        } catch (RuntimeException e) {
            out.println("  Unexpected answer to POST /rounds: " + start.body);
            return Result.UNSUCCESSFUL;
        }
        String id = LaunchJson.string(round, "id");
        out.println("  round " + id + " " + LaunchJson.string(round, "status") + "  (events: " + client.apiUrl() + "/rounds/" + id + "/events)");

        Thread stream = new Thread(() -> client.events("/rounds/" + id + "/events", this::onEvent), "round-events");
        stream.setDaemon(true);
        stream.start();

        long deadline = System.nanoTime() + timeoutSeconds * 1_000_000_000L;
        long lastPolledPrint = System.nanoTime();
        while (!FINISHED.contains(String.valueOf(LaunchJson.string(round, "status")))) {
            if (System.nanoTime() > deadline) {
                out.println("  round " + id + " has not finished after " + timeoutSeconds + " s; giving up waiting."
                        + " It goes on in the service: " + client.apiUrl() + "/rounds/" + id);
                return Result.UNSUCCESSFUL;
            }
            sleep(1000);
            ServiceClient.Reply poll = client.get("/rounds/" + id);
            if (poll.status == 0) {
                out.println("  The service stopped answering while the round ran: " + poll.body);
                return Result.UNSUCCESSFUL;
            }
            if (!poll.ok()) {
                continue;
            }
            try {
                round = LaunchJson.object(poll.body);
            } catch (RuntimeException e) {
                continue;
            }
            long now = System.nanoTime();
            if (!streamSeen && now - lastPolledPrint > 5_000_000_000L) {
                out.println("  matching | " + seconds(LaunchJson.number(round, "elapsedMillis", 0)) + " s"
                        + progressText(round, "candidates") + score(round));
                lastPolledPrint = now;
            }
        }
        long wallMillis = (System.nanoTime() - posted) / 1_000_000;
        return report(id, round, wallMillis);
    }

    /**
     * Where the solve spent its time ({@code timings} of the round). The saving time is known only
     * once the round's transaction has committed, a moment after the round reads as finished.
     */
    private void printTimings(String id, JsonObject round) {
        JsonObject timings = timingsOf(round);
        for (int tries = 0; timings != null && !timings.containsKey("savingMillis") && tries < 20; tries++) {
            sleep(500);
            ServiceClient.Reply poll = client.get("/rounds/" + id);
            if (poll.ok()) {
                timings = timingsOf(LaunchJson.object(poll.body));
            }
        }
        if (timings == null) {
            return;
        }
        out.println("  内訳 / phases:    pool " + seconds(LaunchJson.number(timings, "poolMillis", 0))
                + " s, assembly " + seconds(LaunchJson.number(timings, "assemblyMillis", 0))
                + " s, seed " + seconds(LaunchJson.number(timings, "seedMillis", 0))
                + " s, search " + seconds(LaunchJson.number(timings, "searchMillis", 0))
                + " s, explanations " + seconds(LaunchJson.number(timings, "explanationsMillis", 0))
                + " s, network value " + seconds(LaunchJson.number(timings, "networkValueMillis", 0))
                + " s, saving " + (timings.containsKey("savingMillis")
                        ? seconds(LaunchJson.number(timings, "savingMillis", 0)) + " s" : "not known"));
    }

    private static JsonObject timingsOf(JsonObject round) {
        return round.get("timings") instanceof JsonObject timings ? timings : null;
    }

    private void onEvent(String name, String data) {
        if (!"progress".equals(name)) {
            return;
        }
        streamSeen = true;
        long now = System.nanoTime();
        if (now - lastProgressPrinted < 2_000_000_000L) {
            return;
        }
        try {
            JsonObject progress = LaunchJson.object(data);
            if (LaunchJson.number(progress, "candidates", 0) <= 0) {
                return; // the pool is still being assembled
            }
            lastProgressPrinted = now;
            out.println("  matching | " + seconds(LaunchJson.number(progress, "elapsedMillis", 0)) + " s"
                    + progressText(progress, "candidates") + score(progress));
        } catch (RuntimeException e) {
            // a malformed event is only a missed progress line
        }
    }

    private Result report(String id, JsonObject round, long wallMillis) {
        String status = LaunchJson.string(round, "status");
        long placed = LaunchJson.number(round, "placed", 0);
        long candidates = LaunchJson.number(round, "candidates", 0);
        long slots = LaunchJson.number(round, "slots", -1);
        roundMillis = LaunchJson.number(round, "elapsedMillis", wallMillis);

        out.println();
        out.println("── 週次マッチング結果 / Weekly matching result ── (round " + id + ", " + status + ")");
        if ("FAILED".equals(status) || "ABANDONED".equals(status)) {
            String failure = LaunchJson.string(round, "failure");
            out.println("  失敗しました / The round " + status.toLowerCase(Locale.ROOT)
                    + (failure == null ? "." : ": " + failure));
            return Result.UNSUCCESSFUL;
        }
        long continuing = LaunchJson.number(round, "continuing", 0);
        out.printf("  配置 / placed:    %d 人 / 対象 %d 人   (%d of the %d people the round was free to place%s)%n",
                placed, candidates, placed, candidates, slots >= 0 ? ", " + slots + " slots open" : "");
        if (continuing > 0) {
            out.printf("  継続 / continuing: %d 人   (running placements and accepted proposals, kept where they are)%n",
                    continuing);
        }
        out.println("  スコア / score:   " + LaunchJson.string(round, "bestScore"));
        out.println("  時間 / time:      " + seconds(roundMillis) + " s solving, "
                + seconds(wallMillis) + " s from request to result");
        printTimings(id, round);
        String summary = LaunchJson.string(round, "summaryJa");
        if (summary != null && !summary.isBlank()) {
            out.println("  " + summary.strip().replace("\n", "\n  "));
        }

        long asked = System.nanoTime();
        ServiceClient.Reply proposals = client.get("/rounds/" + id + "/proposals");
        long answeredMillis = (System.nanoTime() - asked) / 1_000_000;
        if (proposals.ok()) {
            List<JsonObject> list = safeArray(proposals.body);
            out.println("  提案の例 / Sample proposals (first page: " + list.size() + "; GET /rounds/" + id + "/proposals answered "
                    + String.format(Locale.ROOT, "%.1f MB in %s s", proposals.body.length() / 1e6, seconds(answeredMillis))
                    + "):");
            for (JsonObject p : list.subList(0, Math.min(SAMPLES, list.size()))) {
                String minutes = LaunchJson.string(p, "travelMinutes");
                String by = LaunchJson.string(p, "travelledBy");
                out.println("    - " + LaunchJson.string(p, "caseCode") + " → " + LaunchJson.string(p, "hostName")
                        + "  (" + (minutes == null ? "?" : minutes) + " 分 / min" + (by == null ? "" : ", " + by) + ")");
                String explanation = LaunchJson.string(p, "explanationJa");
                if (explanation != null && !explanation.isBlank()) {
                    out.println("      " + explanation.strip().replace("\n", "\n      "));
                }
            }
        } else {
            out.println("  (proposals not available: HTTP " + proposals.status + ")");
        }

        ServiceClient.Reply unplaced = client.get("/rounds/" + id + "/unplaced");
        if (unplaced.ok()) {
            List<JsonObject> list = safeArray(unplaced.body);
            out.println("  未配置の例 / Sample people not placed (" + list.size() + " in all):");
            for (JsonObject u : list.subList(0, Math.min(SAMPLES, list.size()))) {
                String reason = LaunchJson.string(u, "summaryJa");
                out.println("    - " + LaunchJson.string(u, "caseCode") + ": "
                        + (reason == null ? "" : reason.strip().replace("\n", "\n      ")));
            }
        } else {
            out.println("  (unplaced list not available: HTTP " + unplaced.status + ")");
        }
        printLifecycle(id);
        return placed > 0 ? Result.PLACED : Result.UNSUCCESSFUL;
    }

    /**
     * A round still RUNNING is usually one a stopped service left behind (a crash, a kill): the
     * service closes it once its heartbeat is stale, which listing the rounds triggers. Waits for
     * that, or for a live round to finish, rather than giving up.
     */
    private boolean awaitNoRunningRound(long timeoutSeconds) {
        out.println("  A round is still marked as running; waiting until it finishes or is closed as abandoned ...");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(Math.max(60, timeoutSeconds));
        while (System.nanoTime() < deadline) {
            ServiceClient.Reply rounds = client.get("/rounds");
            if (rounds.ok() && safeArray(rounds.body).stream()
                    .noneMatch(r -> "RUNNING".equals(LaunchJson.string(r, "status")))) {
                return true;
            }
            try {
                Thread.sleep(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }

    /** Where the lifecycle goes from here (docs/lifecycle.md), and what the sample's past weeks left running. */
    private void printLifecycle(String id) {
        out.println("  この回は調整担当だけが見る下書きです。確認して公開すると、各窓口に届きます。");
        out.println("  The round is a draft only the coordinator sees; publish it to hand the proposals to the counters:");
        out.println("    curl -u coordinator:demo-pass -X POST " + client.apiUrl() + "/rounds/" + id + "/publish");
        ServiceClient.Reply placements = client.get("/placements");
        if (placements.ok()) {
            out.println("  実習中 / running placements: " + safeArray(placements.body).size() + "  (" + client.apiUrl()
                    + "/placements)");
        }
    }

    private static List<JsonObject> safeArray(String body) {
        try {
            return LaunchJson.arrayOfObjects(body);
        } catch (RuntimeException e) {
            return List.of();
        }
    }

    private static String progressText(JsonObject json, String poolKey) {
        long placed = LaunchJson.number(json, "placed", -1);
        long pool = LaunchJson.number(json, poolKey, -1);
        if (placed < 0 && pool < 0) {
            return "";
        }
        return "  placed " + (placed < 0 ? "?" : placed) + "/" + (pool < 0 ? "?" : pool);
    }

    private static String score(JsonObject json) {
        String score = LaunchJson.string(json, "bestScore");
        return score == null ? "" : "  score " + score;
    }

    static String seconds(long millis) {
        return String.format(Locale.ROOT, "%.1f", millis / 1000.0);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
