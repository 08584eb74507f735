package jp.tsunagu.support;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;

/** Weekly rounds as the integration tests start and wait for them, through the API as the coordinator. */
public final class Rounds {

    private static final Duration PATIENCE = Duration.ofSeconds(180);

    private Rounds() {
    }

    /**
     * Starts a round ({@code POST /rounds}) or a re-solve ({@code POST /rounds/{id}/resolve}, with
     * {@code existing} its id) solving for five seconds, and waits until it is saved without a failure.
     */
    public static long solved(Api coordinator, String path, Long existing) throws InterruptedException {
        var started = coordinator.post(path, "{\"solveSeconds\":5}");
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        long id = existing != null ? existing : started.json().getJsonNumber("id").longValue();
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            JsonObject round = coordinator.get("/rounds/" + id).json();
            if (!round.getString("status").equals("RUNNING")) {
                assertThat(round.getString("status")).as(round.toString()).isIn("COMPLETED", "STOPPED");
                assertThat(!round.containsKey("failure") || round.isNull("failure")).as(round.toString()).isTrue();
                return id;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("round " + id + " still running");
    }

    /** A new round, solved and saved. */
    public static long solved(Api coordinator) throws InterruptedException {
        return solved(coordinator, "/rounds", null);
    }

    /** Waits until no round of the prefecture runs (another test's, or one left by an earlier run). */
    public static void awaitNoneRunning(Api coordinator) throws InterruptedException {
        for (JsonValue value : coordinator.get("/rounds").array()) {
            JsonObject round = value.asJsonObject();
            while (round.getString("status").equals("RUNNING")) {
                Thread.sleep(500);
                round = coordinator.get("/rounds/" + round.getJsonNumber("id")).json();
            }
        }
    }
}
