package jp.tsunagu.tools;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Kills the server ({@code kill -9}) in the middle of a solve, restarts it, and checks the recovery,
 * over and over: {@code mvn -Pfaults verify -Dfaults.cycles=10}. A recovery is clean when the killed
 * round is ABANDONED with nothing of it saved, the prefecture's round lock is free, and a new round
 * starts at once (that round is the next cycle's victim). Prints each cycle and a summary with the
 * restart times (process start to healthy); the build fails unless every recovery was clean. See
 * docs/benchmark.md.
 */
public final class KillDuringSolveBenchmark {

    private static final String API = "/tsunagu/api";
    private static final String COORDINATOR = "coordinator";

    private KillDuringSolveBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int cycles = Integer.parseInt(System.getProperty("faults.cycles", "10"));
        java.io.PrintStream quiet = new java.io.PrintStream(java.io.OutputStream.nullOutputStream());
        int clean = 0;
        List<Long> restarts = new ArrayList<>();
        try (FaultHarness service = new FaultHarness("faults-benchmark", quiet)) {
            service.startDatabase();
            long first = service.startServer();
            System.out.printf("first start (sample loaded): %.1f s%n", first / 1000.0);
            long round = startRound(service);
            for (int cycle = 1; cycle <= cycles; cycle++) {
                awaitProgress(service, round);
                service.killServer();
                long restart = service.startServer();
                restarts.add(restart);
                String status = LaunchJson.string(round(service, round), "status");
                long saved = service.count("SELECT COUNT(*) FROM proposal WHERE round_id = " + round)
                        + service.count("SELECT COUNT(*) FROM unplaced_candidate WHERE round_id = " + round);
                long locked = service.count("SELECT COUNT(*) FROM round_lock WHERE round_id IS NOT NULL");
                long started = System.nanoTime();
                FaultHarness.Reply next = service.postJson(API + "/rounds", COORDINATOR, "{\"solveSeconds\":300}");
                long startMillis = (System.nanoTime() - started) / 1_000_000;
                boolean ok = "ABANDONED".equals(status) && saved == 0 && locked == 0 && next.status() / 100 == 2;
                clean += ok ? 1 : 0;
                System.out.printf("cycle %2d: round %d %s, rows saved %d, lock held %d, new round %s in %d ms;"
                                + " restart %.1f s -> %s%n", cycle, round, status, saved, locked,
                        next.status() / 100 == 2 ? "started" : "refused (" + next.status() + ")", startMillis,
                        restart / 1000.0, ok ? "clean" : "NOT CLEAN");
                if (next.status() / 100 != 2) {
                    break;
                }
                round = LaunchJson.object(next.body()).getJsonNumber("id").longValue();
            }
            service.killServer();
        }
        List<Long> sorted = restarts.stream().sorted().toList();
        System.out.printf("%nclean recoveries: %d of %d%n", clean, cycles);
        if (!sorted.isEmpty()) {
            System.out.printf("restart to healthy: min %.1f s, median %.1f s, max %.1f s, mean %.1f s%n",
                    sorted.get(0) / 1000.0, sorted.get(sorted.size() / 2) / 1000.0, sorted.get(sorted.size() - 1) / 1000.0,
                    sorted.stream().mapToLong(Long::longValue).average().orElse(0) / 1000.0);
        }
        if (clean != cycles) {
            System.exit(1); // a failed build: some recovery was not clean
        }
    }

    private static long startRound(FaultHarness service) {
        FaultHarness.Reply reply = service.postJson(API + "/rounds", COORDINATOR, "{\"solveSeconds\":300}");
        if (reply.status() / 100 != 2) {
            throw new IllegalStateException("could not start a round: " + reply);
        }
        return LaunchJson.object(reply.body()).getJsonNumber("id").longValue();
    }

    private static JsonObject round(FaultHarness service, long id) {
        return LaunchJson.object(service.get(API + "/rounds/" + id, COORDINATOR).body());
    }

    /** Waits until the solver has reported progress, so that the kill hits a solve under way. */
    private static void awaitProgress(FaultHarness service, long id) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (System.nanoTime() < deadline) {
            if (LaunchJson.number(round(service, id), "placed", 0) > 0) {
                return;
            }
            FaultHarness.sleep(300);
        }
        throw new IllegalStateException("round " + id + " reported no progress");
    }
}
