package jp.tsunagu.sample;

import java.util.List;
import java.util.SplittableRandom;

/**
 * A seeded source of random draws. {@link SplittableRandom}'s algorithm is specified, so the same
 * seed gives the same draws on every JDK: the sample is reproducible byte for byte.
 */
final class Draw {

    private final SplittableRandom random;

    Draw(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** An independent stream for one part of the sample, so that changing one part does not shift the others. */
    static Draw stream(long seed, String part) {
        return new Draw(seed * 31 + part.hashCode());
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    /** Uniform in {@code [from, to]}, both inclusive. */
    int between(int from, int to) {
        return random.nextInt(from, to + 1);
    }

    double unit() {
        return random.nextDouble();
    }

    <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }
}
