package jp.tsunagu.tools;

import java.util.Locale;

/**
 * What the service must hold under load: at {@code rate} requests/s, the 99th percentile under
 * {@code p99Millis} and not one error. The load benchmark judges its run at that rate by it and
 * ends with a failure when it is missed, so that a change that loses the goal is seen.
 */
record LoadGoal(int rate, double p99Millis) {

    static final LoadGoal DEFAULT = new LoadGoal(200, 100);

    boolean isMetBy(double p99, int errors) {
        return errors == 0 && p99 < p99Millis;
    }

    String verdict(double p99, int errors) {
        return String.format(Locale.ROOT, "Goal at %d requests/s, p99 under %.0f ms with no errors: %s (p99 %.1f ms, %d errors)",
                rate, p99Millis, isMetBy(p99, errors) ? "met" : "NOT MET", p99, errors);
    }
}
