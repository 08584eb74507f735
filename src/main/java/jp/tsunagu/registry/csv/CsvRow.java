package jp.tsunagu.registry.csv;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.apache.commons.csv.CSVRecord;
import jp.tsunagu.platform.Problems;
import jp.tsunagu.registry.JapaneseLabels;

/**
 * One row of an uploaded file, read cell by cell. A cell that cannot be read records an error
 * naming the line and column and yields null, so that one pass reports every broken cell.
 * Lists inside a cell are separated by {@code ;} (the comma belongs to CSV).
 */
final class CsvRow {

    private static final Map<String, DayOfWeek> JAPANESE_WEEKDAYS = Map.of(
            "月", DayOfWeek.MONDAY, "火", DayOfWeek.TUESDAY, "水", DayOfWeek.WEDNESDAY, "木", DayOfWeek.THURSDAY,
            "金", DayOfWeek.FRIDAY, "土", DayOfWeek.SATURDAY, "日", DayOfWeek.SUNDAY);

    private final CSVRecord record;
    private final int line;
    private final List<Problems.FieldError> errors;

    CsvRow(CSVRecord record, int line, List<Problems.FieldError> errors) {
        this.record = record;
        this.line = line;
        this.errors = errors;
    }

    int line() {
        return line;
    }

    /** The error names the column by its Japanese heading, as the clerk sees it in the spreadsheet. */
    void error(String column, String message) {
        String heading = RegistryColumns.heading(column);
        errors.add(new Problems.FieldError(column, heading.equals(column) ? message : "「" + heading + "」列：" + message,
                line));
    }

    String text(String column) {
        if (!record.isMapped(column) || !record.isSet(column)) {
            return null;
        }
        String value = record.get(column).trim();
        return value.isEmpty() ? null : value;
    }

    String required(String column) {
        String value = text(column);
        if (value == null) {
            error(column, "値がありません");
        }
        return value;
    }

    Integer integer(String column) {
        return parsed(column, Integer::valueOf, "整数で書いてください");
    }

    BigDecimal decimal(String column) {
        return parsed(column, BigDecimal::new, "数値で書いてください");
    }

    LocalDate date(String column) {
        return parsed(column, s -> LocalDate.parse(s.replace('/', '-')), "日付は 2026-04-01 の形で書いてください");
    }

    LocalTime time(String column) {
        return parsed(column, s -> LocalTime.parse(s.length() == 4 ? "0" + s : s), "時刻は 09:00 の形で書いてください");
    }

    boolean flag(String column) {
        String value = text(column);
        if (value == null) {
            return false;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "1", "はい", "○", "〇" -> true;
            case "false", "no", "0", "いいえ", "×" -> false;
            default -> {
                error(column, "true / false（はい / いいえ）で書いてください: " + value);
                yield false;
            }
        };
    }

    <E extends Enum<E>> E choice(String column, Class<E> type, Function<E, String> label) {
        String value = required(column);
        if (value == null) {
            return null;
        }
        Optional<E> parsed = JapaneseLabels.parse(type, label, value);
        if (parsed.isEmpty()) {
            error(column, "使える値: " + Arrays.stream(type.getEnumConstants())
                    .map(e -> e.name() + "（" + label.apply(e) + "）").toList() + "。書かれた値: " + value);
        }
        return parsed.orElse(null);
    }

    <E extends Enum<E>> Set<E> choices(String column, Class<E> type, Function<E, String> label) {
        Set<E> result = new LinkedHashSet<>();
        for (String item : items(column)) {
            JapaneseLabels.parse(type, label, item).ifPresentOrElse(result::add,
                    () -> error(column, "使えない値です: " + item));
        }
        return result;
    }

    Set<String> items(String column) {
        String value = text(column);
        if (value == null) {
            return Set.of();
        }
        Set<String> items = new LinkedHashSet<>();
        for (String item : value.split("[;；]")) {
            if (!item.isBlank()) {
                items.add(item.trim());
            }
        }
        return items;
    }

    Set<DayOfWeek> weekdays(String column) {
        Set<DayOfWeek> days = new LinkedHashSet<>();
        for (String item : items(column)) {
            DayOfWeek day = JAPANESE_WEEKDAYS.get(item.replace("曜日", "").replace("曜", ""));
            if (day == null) {
                day = Arrays.stream(DayOfWeek.values())
                        .filter(d -> d.name().startsWith(item.toUpperCase(Locale.ROOT)) && item.length() >= 3)
                        .findFirst().orElse(null);
            }
            if (day == null) {
                error(column, "曜日は MON;WED または 月;水 の形で書いてください: " + item);
            } else {
                days.add(day);
            }
        }
        return days;
    }

    Set<Integer> integers(String column) {
        Set<Integer> values = new LinkedHashSet<>();
        for (String item : items(column)) {
            try {
                values.add(Integer.valueOf(item));
            } catch (NumberFormatException e) {
                error(column, "整数で書いてください: " + item);
            }
        }
        return values;
    }

    private <T> T parsed(String column, Function<String, T> parse, String message) {
        String value = text(column);
        if (value == null) {
            return null;
        }
        try {
            return parse.apply(value);
        } catch (NumberFormatException | DateTimeParseException e) {
            error(column, message + ": " + value);
            return null;
        }
    }
}
