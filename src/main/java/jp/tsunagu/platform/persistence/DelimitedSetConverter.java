package jp.tsunagu.platform.persistence;

import jakarta.persistence.AttributeConverter;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Stores a small set of codes (weekdays, accommodation codes, programmes) as one comma-separated
 * column, sorted so that the same set is always written the same way. These sets are read with
 * their row and never queried element by element, so a join table would buy nothing.
 */
public abstract class DelimitedSetConverter<T extends Comparable<? super T>> implements AttributeConverter<Set<T>, String> {

    private final Function<String, T> parse;
    private final Function<T, String> format;

    protected DelimitedSetConverter(Function<String, T> parse, Function<T, String> format) {
        this.parse = parse;
        this.format = format;
    }

    @Override
    public String convertToDatabaseColumn(Set<T> values) {
        if (values == null || values.isEmpty()) {
            return "";
        }
        return new TreeSet<>(values).stream().map(format).collect(Collectors.joining(","));
    }

    @Override
    public Set<T> convertToEntityAttribute(String column) {
        if (column == null || column.isBlank()) {
            return new LinkedHashSet<>();
        }
        return Arrays.stream(column.split(",")).map(String::trim).filter(s -> !s.isEmpty()).map(parse)
                .collect(Collectors.toCollection(TreeSet::new));
    }

}
