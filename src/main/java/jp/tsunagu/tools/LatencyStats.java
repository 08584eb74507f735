package jp.tsunagu.tools;

import java.util.Arrays;

/**
 * The answers to one kind of request during a load phase: how many, how they ended, and their
 * latencies (every one kept, so the percentiles are exact; a phase has at most a few hundred
 * thousand requests).
 */
final class LatencyStats {

    private long[] micros = new long[1024];
    private int count;
    private int ok;
    private int conflicts;
    private int errors;

    /** How a request ended. */
    enum Outcome {
        OK,
        /** 409 on a versioned update: another writer was first (expected under concurrent edits, not an error). */
        CONFLICT,
        ERROR
    }

    synchronized void record(long latencyMicros, Outcome outcome) {
        if (count == micros.length) {
            micros = Arrays.copyOf(micros, count * 2);
        }
        micros[count++] = latencyMicros;
        switch (outcome) {
            case OK -> ok++;
            case CONFLICT -> conflicts++;
            case ERROR -> errors++;
        }
    }

    synchronized void addAll(LatencyStats other) {
        for (int i = 0; i < other.count; i++) {
            if (count == micros.length) {
                micros = Arrays.copyOf(micros, count * 2);
            }
            micros[count++] = other.micros[i];
        }
        ok += other.ok;
        conflicts += other.conflicts;
        errors += other.errors;
    }

    synchronized int count() {
        return count;
    }

    synchronized int errors() {
        return errors;
    }

    synchronized int conflicts() {
        return conflicts;
    }

    synchronized int ok() {
        return ok;
    }

    /** The latency at quantile {@code q} (0..1) in milliseconds, nearest-rank; NaN without samples. */
    synchronized double percentileMillis(double q) {
        if (count == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(micros, count);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(q * count);
        return sorted[Math.max(0, Math.min(count - 1, rank - 1))] / 1000.0;
    }

    synchronized double maxMillis() {
        long max = 0;
        for (int i = 0; i < count; i++) {
            max = Math.max(max, micros[i]);
        }
        return count == 0 ? Double.NaN : max / 1000.0;
    }
}
