package jp.tsunagu.sample;

import java.util.ArrayList;
import java.util.List;

/** A discrete distribution over a few values with integer weights, e.g. priorities 1 to 5. */
final class Weighted<T> {

    private final List<T> values = new ArrayList<>();
    private final List<Double> cumulative = new ArrayList<>();
    private double total;

    static <T> Weighted<T> of() {
        return new Weighted<>();
    }

    Weighted<T> with(T value, double weight) {
        if (weight < 0) {
            throw new IllegalArgumentException("negative weight for " + value);
        }
        if (weight > 0) {
            total += weight;
            values.add(value);
            cumulative.add(total);
        }
        return this;
    }

    T draw(Draw draw) {
        if (values.isEmpty()) {
            throw new IllegalStateException("nothing to draw from");
        }
        double point = draw.unit() * total;
        for (int i = 0; i < values.size(); i++) {
            if (point < cumulative.get(i)) {
                return values.get(i);
            }
        }
        return values.get(values.size() - 1);
    }

    /** The share of one value, for documentation and tests. */
    double share(T value) {
        double previous = 0;
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i).equals(value)) {
                return (cumulative.get(i) - previous) / total;
            }
            previous = cumulative.get(i);
        }
        return 0;
    }
}
