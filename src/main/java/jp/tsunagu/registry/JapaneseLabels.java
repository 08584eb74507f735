package jp.tsunagu.registry;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/** Reads an enum from its code ({@code FARM}) or its Japanese label ({@code 農家}), as spreadsheets carry either. */
public final class JapaneseLabels {

    private JapaneseLabels() {
    }

    public static <E extends Enum<E>> Optional<E> parse(Class<E> type, Function<E, String> label, String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String value = text.trim();
        return Arrays.stream(type.getEnumConstants())
                .filter(e -> e.name().equals(value.toUpperCase(Locale.ROOT)) || label.apply(e).equals(value))
                .findFirst();
    }
}
