package jp.tsunagu.platform.persistence;

import java.time.DayOfWeek;
import java.time.Month;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import jp.tsunagu.candidate.Programme;
import jp.tsunagu.registry.WorkKind;

/**
 * A small set of codes (weekdays, accommodation codes, programmes) stored as one comma-separated
 * column, sorted so that the same set is always written the same way. These sets are read with
 * their row and never queried element by element, so a join table would buy nothing. Entities keep
 * the column as text and convert in their accessors: EclipseLink does not apply an attribute
 * converter to a set of enums.
 */
public final class DelimitedSet<T extends Comparable<? super T>> {

    public static final DelimitedSet<String> CODES = new DelimitedSet<>(s -> s, s -> s);
    public static final DelimitedSet<Long> LONGS = new DelimitedSet<>(Long::valueOf, String::valueOf);
    public static final DelimitedSet<DayOfWeek> WEEKDAYS = new DelimitedSet<>(DayOfWeek::valueOf, DayOfWeek::name);
    public static final DelimitedSet<Month> MONTHS =
            new DelimitedSet<>(s -> Month.of(Integer.parseInt(s)), m -> String.valueOf(m.getValue()));
    public static final DelimitedSet<Programme> PROGRAMMES = new DelimitedSet<>(Programme::valueOf, Programme::name);
    public static final DelimitedSet<WorkKind> WORK_KINDS = new DelimitedSet<>(WorkKind::valueOf, WorkKind::name);

    /** A set of any enum's constants, stored by name. */
    public static <E extends Enum<E>> DelimitedSet<E> of(Class<E> type) {
        return new DelimitedSet<>(name -> Enum.valueOf(type, name), Enum::name);
    }

    private final Function<String, T> parse;
    private final Function<T, String> format;

    private DelimitedSet(Function<String, T> parse, Function<T, String> format) {
        this.parse = parse;
        this.format = format;
    }

    public String format(Set<T> values) {
        if (values == null || values.isEmpty()) {
            return "";
        }
        return new TreeSet<>(values).stream().map(format).collect(Collectors.joining(","));
    }

    public Set<T> parse(String column) {
        if (column == null || column.isBlank()) {
            return Set.of();
        }
        return Set.copyOf(Arrays.stream(column.split(",")).map(String::trim).filter(s -> !s.isEmpty()).map(parse)
                .collect(Collectors.toCollection(TreeSet::new)));
    }
}
