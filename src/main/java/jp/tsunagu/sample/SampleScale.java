package jp.tsunagu.sample;

import java.util.Locale;

/**
 * How big a sample week is: the default prefecture week, or ten or a hundred times its people,
 * hosts and slots over the same municipalities (a stress test for the solver, not a real prefecture).
 */
public enum SampleScale {
    DEFAULT(1, "default"),
    TEN(10, "10x"),
    HUNDRED(100, "100x");

    private final int factor;
    private final String label;

    SampleScale(int factor, String label) {
        this.factor = factor;
        this.label = label;
    }

    public int factor() {
        return factor;
    }

    /** The name used in file names and on the command line: {@code default}, {@code 10x}, {@code 100x}. */
    public String label() {
        return label;
    }

    /** Accepts {@code 1|10|100} or {@code default|10x|100x}. */
    public static SampleScale parse(String text) {
        String value = text.trim().toLowerCase(Locale.ROOT);
        for (SampleScale scale : values()) {
            if (value.equals(scale.label) || value.equals(String.valueOf(scale.factor))) {
                return scale;
            }
        }
        throw new IllegalArgumentException("unknown scale '" + text + "': use 1, 10, 100 or default, 10x, 100x");
    }
}
