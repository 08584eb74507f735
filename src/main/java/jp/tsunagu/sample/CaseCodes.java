package jp.tsunagu.sample;

/**
 * The sample's case codes (ケース番号): meaningless pseudonyms, as a counter's own numbering would be.
 * A code names neither the person's municipality nor anything of their situation, since it is shown
 * on every list; the personas are described in sample-data/README.md, not in their codes.
 */
final class CaseCodes {

    /** Coprime to a million, so that the ids of even the largest sample get distinct codes. */
    private static final long STRIDE = 738_457L;
    private static final long OFFSET = 104_729L;
    private static final long CODES = 1_000_000L;

    private CaseCodes() {
    }

    /** e.g. {@code K843186}: "K" and six digits, a fixed shuffle of the id so that neighbours look unalike. */
    static String of(long id) {
        if (id < 1 || id >= CODES) {
            throw new IllegalArgumentException("a sample person's id runs from 1 to " + (CODES - 1) + ": " + id);
        }
        return String.format("K%06d", Math.floorMod(id * STRIDE + OFFSET, CODES));
    }
}
