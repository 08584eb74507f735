package jp.tsunagu.tools;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Sends requests at a fixed arrival rate whatever the answers take (an open loop, as many
 * independent users do): request i is due at start + i / rate. Its latency counts from when it was
 * due, not from when it was sent, so a slow server or a late sender cannot hide its delay
 * (no coordinated omission). Bounded: it stops by itself after the duration, and waits at most
 * {@code drainSeconds} for the last answers, counting those missing as errors.
 */
final class OpenLoopLoad {

    /** One kind of request of the mix: its weight, how to build it, and how to judge its answer. */
    record Kind(String name, int weight, Supplier<HttpRequest> request,
                Function<HttpResponse<String>, LatencyStats.Outcome> judge) {
    }

    /** What one phase measured. */
    record Result(int rate, double seconds, Map<String, LatencyStats> byKind, LatencyStats overall, int refused,
                  int missing, long maxLateMicros, Map<String, Long> answers, SlowSeconds slowSeconds) {

        /** Good answers (200, or 409 for an update) per second, from the first due request to the last answer. */
        double achievedPerSecond() {
            return (overall.ok() + overall.conflicts()) / seconds;
        }

        /** Error answers, requests not sent because too many were open, and requests never answered. */
        int errors() {
            return overall.errors() + missing;
        }
    }

    /** More requests open at once than this means the service has fallen far behind: stop adding. */
    private static final int MAX_IN_FLIGHT = 4000;

    private final HttpClient http;
    private final List<Kind> mix;
    private final long seed;

    OpenLoopLoad(HttpClient http, List<Kind> mix, long seed) {
        this.http = http;
        this.mix = mix;
        this.seed = seed;
    }

    /** A phase of {@code seconds} at the rate; answers of at least {@code slowMillis} mark their second as slow. */
    Result run(int ratePerSecond, int seconds, int drainSeconds, long slowMillis) {
        Map<String, LatencyStats> byKind = new LinkedHashMap<>();
        mix.forEach(k -> byKind.put(k.name(), new LatencyStats()));
        int totalWeight = mix.stream().mapToInt(Kind::weight).sum();
        Random random = new Random(seed);
        AtomicInteger inFlight = new AtomicInteger();
        AtomicLong lastAnswer = new AtomicLong();
        ConcurrentLinkedQueue<CompletableFuture<?>> pending = new ConcurrentLinkedQueue<>();
        Map<String, Long> answers = new java.util.concurrent.ConcurrentSkipListMap<>();
        long total = (long) ratePerSecond * seconds;
        long intervalNanos = 1_000_000_000L / ratePerSecond;
        long start = System.nanoTime() + 10_000_000L;
        SlowSeconds slowSeconds = new SlowSeconds(seconds, slowMillis * 1000, Instant.now().plusMillis(10));
        long maxLate = 0;
        int refused = 0;
        for (long i = 0; i < total; i++) {
            long due = start + i * intervalNanos;
            long wait;
            while ((wait = due - System.nanoTime()) > 0) {
                LockSupport.parkNanos(wait);
            }
            maxLate = Math.max(maxLate, (System.nanoTime() - due) / 1000);
            Kind kind = pick(random.nextInt(totalWeight));
            LatencyStats stats = byKind.get(kind.name());
            if (inFlight.get() >= MAX_IN_FLIGHT) {
                stats.record((System.nanoTime() - due) / 1000, LatencyStats.Outcome.ERROR);
                slowSeconds.record(due - start, (System.nanoTime() - due) / 1000, true);
                refused++;
                continue;
            }
            inFlight.incrementAndGet();
            CompletableFuture<?> answer = http.sendAsync(kind.request().get(), HttpResponse.BodyHandlers.ofString())
                    .handle((response, failure) -> {
                        long latency = (System.nanoTime() - due) / 1000;
                        LatencyStats.Outcome outcome = failure != null ? LatencyStats.Outcome.ERROR : judged(kind, response);
                        stats.record(latency, outcome);
                        slowSeconds.record(due - start, latency, outcome == LatencyStats.Outcome.ERROR);
                        answers.merge(failure != null ? failureName(failure) : "HTTP " + response.statusCode(), 1L,
                                Long::sum);
                        lastAnswer.accumulateAndGet(System.nanoTime(), Math::max);
                        inFlight.decrementAndGet();
                        return null;
                    });
            pending.add(answer);
            pending.removeIf(CompletableFuture::isDone);
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(drainSeconds);
        for (CompletableFuture<?> answer : pending) {
            long left = deadline - System.nanoTime();
            try {
                answer.get(Math.max(1, left), TimeUnit.NANOSECONDS);
            } catch (Exception e) {
                // counted below
            }
        }
        int missing = inFlight.get();
        // From the first request's due time to the last answer: what the service actually got through.
        double elapsed = Math.max(seconds, (lastAnswer.get() - start) / 1e9);
        LatencyStats overall = new LatencyStats();
        byKind.values().forEach(overall::addAll);
        return new Result(ratePerSecond, elapsed, byKind, overall, refused, missing, maxLate, answers, slowSeconds);
    }

    /** A transport failure by its kind: a timeout is not a refused connection. */
    private static String failureName(Throwable failure) {
        Throwable cause = failure instanceof java.util.concurrent.CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
        return cause.getClass().getSimpleName();
    }

    private static LatencyStats.Outcome judged(Kind kind, HttpResponse<String> response) {
        try {
            return kind.judge().apply(response);
        } catch (RuntimeException e) {
            return LatencyStats.Outcome.ERROR;
        }
    }

    private Kind pick(int ticket) {
        for (Kind kind : mix) {
            ticket -= kind.weight();
            if (ticket < 0) {
                return kind;
            }
        }
        return mix.get(mix.size() - 1);
    }
}
