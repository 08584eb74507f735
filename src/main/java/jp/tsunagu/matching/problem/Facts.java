package jp.tsunagu.matching.problem;

import java.util.List;
import java.util.Set;

/** Null-safe immutable copies, so that a fact read from a sparse JSON file is never half-null. */
final class Facts {

    private Facts() {
    }

    static <T> List<T> list(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    static <T> Set<T> set(Set<T> set) {
        return set == null ? Set.of() : Set.copyOf(set);
    }
}
