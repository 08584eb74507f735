package jp.tsunagu.platform;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.Optional;

/**
 * Dates a JSON body may carry: ISO dates reach from year -999999999 to +999999999, the database's
 * DATE and DATETIME from 1000 to 9999, and a date outside would fail only when written (a 500).
 * Checked on what a body was read into, so that every request of the service refuses such a date
 * as the caller's mistake, naming the field.
 */
public final class StorableDates {

    static final int FIRST_YEAR = 1000;
    static final int LAST_YEAR = 9999;

    private StorableDates() {
    }

    /** The first field of {@code body} (a record, or records inside it) holding a date the database cannot store. */
    public static Optional<Problems.FieldError> check(Object body) {
        return check(body, "", 0);
    }

    private static Optional<Problems.FieldError> check(Object value, String path, int depth) {
        if (value == null || depth > 4) {
            return Optional.empty();
        }
        if (value instanceof LocalDate date) {
            return outside(date.getYear(), path);
        }
        if (value instanceof LocalDateTime time) {
            return outside(time.getYear(), path);
        }
        if (value instanceof Collection<?> values) {
            for (Object item : values) {
                Optional<Problems.FieldError> error = check(item, path, depth + 1);
                if (error.isPresent()) {
                    return error;
                }
            }
            return Optional.empty();
        }
        if (value.getClass().isRecord()) {
            for (RecordComponent component : value.getClass().getRecordComponents()) {
                Object field;
                try {
                    field = component.getAccessor().invoke(value);
                } catch (ReflectiveOperationException e) {
                    continue;
                }
                Optional<Problems.FieldError> error = check(field, path.isEmpty() ? component.getName()
                        : path + "." + component.getName(), depth + 1);
                if (error.isPresent()) {
                    return error;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Problems.FieldError> outside(int year, String path) {
        if (year >= FIRST_YEAR && year <= LAST_YEAR) {
            return Optional.empty();
        }
        String field = path.isEmpty() ? "body" : path;
        return Optional.of(new Problems.FieldError(field, field + " は " + FIRST_YEAR + " 年から " + LAST_YEAR
                + " 年までの日付で指定してください。"));
    }
}
