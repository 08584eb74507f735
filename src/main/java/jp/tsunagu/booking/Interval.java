package jp.tsunagu.booking;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A half-open stretch of local time {@code [start, end)}. Two intervals clash when each starts
 * before the other ends; one ending exactly when the other starts does not clash, so a staff
 * member can go from one booking straight to the next.
 */
public record Interval(LocalDateTime start, LocalDateTime end) {

    public Interval {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("an interval must start before it ends: " + start + " / " + end);
        }
    }

    public boolean clashesWith(Interval other) {
        return clash(start, end, other.start, other.end);
    }

    /** The overlap rule, once: {@code [s1, e1)} and {@code [s2, e2)} clash iff {@code s1 < e2 && s2 < e1}. */
    public static boolean clash(LocalDateTime s1, LocalDateTime e1, LocalDateTime s2, LocalDateTime e2) {
        return s1.isBefore(e2) && s2.isBefore(e1);
    }
}
