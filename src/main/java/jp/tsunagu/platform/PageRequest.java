package jp.tsunagu.platform;

import jakarta.persistence.TypedQuery;

/**
 * Which part of a long list a caller asks for: the {@code offset} and {@code limit} query
 * parameters. Lists of people and proposals grow with the prefecture (3,000 people at ten times
 * Nagano's size, 30,000 nationally); a screen shows a page of them, and every case a page shows is
 * audited, so a caller reads what it shows rather than the whole pool.
 *
 * <p>Without {@code limit} a caller gets {@value #DEFAULT_LIMIT} records, which holds a city's
 * whole pool; more than {@value #MAX_LIMIT} per request is refused.
 */
public record PageRequest(int offset, int limit) {

    public static final int DEFAULT_LIMIT = 500;
    public static final int MAX_LIMIT = 1000;

    public PageRequest {
        if (offset < 0) {
            throw new InvalidInputException("offset", "offset は 0 以上の整数で指定してください");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidInputException("limit", "limit は 1 から " + MAX_LIMIT + " までの整数で指定してください");
        }
    }

    /** The page the query parameters name; absent parameters take the defaults. */
    public static PageRequest of(String offset, String limit) {
        return new PageRequest(number("offset", offset, 0), number("limit", limit, DEFAULT_LIMIT));
    }

    /** The first page of the default size. */
    public static PageRequest first() {
        return new PageRequest(0, DEFAULT_LIMIT);
    }

    /**
     * The whole list's size when a page alone tells it: a first page that is not full holds the
     * whole list (a counter's 40 people), so counting them again would cost a query for nothing.
     */
    public java.util.OptionalLong totalWithout(int found) {
        return offset == 0 && found < limit ? java.util.OptionalLong.of(found) : java.util.OptionalLong.empty();
    }

    public <T> TypedQuery<T> applyTo(TypedQuery<T> query) {
        return query.setFirstResult(offset).setMaxResults(limit);
    }

    private static int number(String name, String text, int fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        String digits = text.trim();
        // Digits only, and few enough to be an int: "1e3", "-0", "+5" and 20 digits are all refused alike.
        if (!digits.matches("[0-9]{1,9}")) {
            throw new InvalidInputException(name, name + " は 0 以上の整数で指定してください（指定された値: "
                    + (digits.length() > 20 ? digits.substring(0, 20) + "…" : digits) + "）");
        }
        return Integer.parseInt(digits);
    }
}
