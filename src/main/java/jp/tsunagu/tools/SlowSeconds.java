package jp.tsunagu.tools;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The seconds of a load phase in which answers were slow, by the second each request was due:
 * whether a p99 comes from a few stalls (every request of a second or two waiting on one thing) or
 * from a machine that is slow all the time. Each second carries its wall-clock time, to be laid
 * beside the server's log and the garbage collector's.
 */
final class SlowSeconds {

    /** One second of the phase. */
    record Second(int offset, Instant wallClock, int requests, int slow, int errors, long maxMicros) {
    }

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC);

    private final long slowMicros;
    private final Instant wallStart;
    private final int[] requests;
    private final int[] slow;
    private final int[] errors;
    private final long[] maxMicros;

    SlowSeconds(int seconds, long slowMicros, Instant wallStart) {
        this.slowMicros = slowMicros;
        this.wallStart = wallStart;
        this.requests = new int[seconds];
        this.slow = new int[seconds];
        this.errors = new int[seconds];
        this.maxMicros = new long[seconds];
    }

    synchronized void record(long dueOffsetNanos, long latencyMicros, boolean error) {
        int second = (int) Math.min(requests.length - 1, Math.max(0, dueOffsetNanos / 1_000_000_000L));
        requests[second]++;
        if (latencyMicros >= slowMicros) {
            slow[second]++;
        }
        if (error) {
            errors[second]++;
        }
        maxMicros[second] = Math.max(maxMicros[second], latencyMicros);
    }

    /** The seconds with a slow answer or an error, the worst first (most slow answers, then the longest). */
    synchronized List<Second> worst(int limit) {
        List<Second> seconds = slow();
        seconds.sort(Comparator.comparingInt(Second::slow).reversed().thenComparing(Comparator.comparingLong(Second::maxMicros).reversed()));
        return seconds.subList(0, Math.min(limit, seconds.size()));
    }

    /** How many seconds of the phase had a slow answer or an error. */
    synchronized int count() {
        return slow().size();
    }

    private List<Second> slow() {
        List<Second> seconds = new ArrayList<>();
        for (int i = 0; i < requests.length; i++) {
            if (slow[i] > 0 || errors[i] > 0) {
                seconds.add(new Second(i, wallStart.plusSeconds(i), requests[i], slow[i], errors[i], maxMicros[i]));
            }
        }
        return seconds;
    }

    long slowMillis() {
        return slowMicros / 1000;
    }

    static String describe(Second s) {
        return String.format(Locale.ROOT, "second %d (%s UTC): %d of %d answers slow, %d errors, the longest %.0f ms",
                s.offset(), CLOCK.format(s.wallClock()), s.slow(), s.requests(), s.errors(), s.maxMicros() / 1000.0);
    }
}
