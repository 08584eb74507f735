package jp.tsunagu.support;

import java.util.List;
import java.util.regex.Matcher;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Generated JSON for fuzzing: documents of a known depth and number length, with strings that
 * hold what a careless scanner would take for structure (brackets, quotes, escapes, digits), and
 * values of every kind for mutating a valid body.
 */
public final class JsonFuzz {

    /** A JSON text with what it holds at most: nesting depth, number length and exponent digits. */
    public record Json(String text, int depth, int longestNumber, int longestExponent) {

        public String describe() {
            String shown = text.length() > 600 ? text.substring(0, 600) + "…(" + text.length() + ")" : text;
            return "depth=" + depth + " number=" + longestNumber + " exponent=" + longestExponent + " " + shown;
        }
    }

    private JsonFuzz() {
    }

    /** Documents up to {@code maxDepth} deep: a chain of arrays and objects, each level with a few sibling values. */
    public static Arbitrary<Json> documents(int maxDepth) {
        return Combinators.combine(Arbitraries.integers().between(0, maxDepth),
                Arbitraries.of(true, false).list().ofSize(maxDepth), leaf().list().ofMaxSize(3 * maxDepth),
                Arbitraries.integers().between(0, 3).list().ofSize(maxDepth), leaf(), strings())
                .as((depth, arrays, siblings, counts, innermost, key) -> {
                    String text = innermost.text();
                    int number = innermost.longestNumber();
                    int exponent = innermost.longestExponent();
                    int next = 0;
                    for (int level = 0; level < depth; level++) {
                        StringBuilder out = new StringBuilder(arrays.get(level) ? "[" : "{");
                        for (int i = 0; i < counts.get(level) && next < siblings.size(); i++, next++) {
                            Json sibling = siblings.get(next);
                            number = Math.max(number, sibling.longestNumber());
                            exponent = Math.max(exponent, sibling.longestExponent());
                            out.append(arrays.get(level) ? "" : "\"k" + i + "\":").append(sibling.text()).append(',');
                        }
                        out.append(arrays.get(level) ? "" : key + ":").append(text).append(arrays.get(level) ? "]" : "}");
                        text = out.toString();
                    }
                    return new Json(text, depth, number, exponent);
                });
    }

    static Arbitrary<Json> leaf() {
        return Arbitraries.oneOf(
                strings().map(s -> new Json(s, 0, 0, 0)),
                Arbitraries.of("true", "false", "null").map(s -> new Json(s, 0, 0, 0)),
                numbers());
    }

    /** Numbers of every length, with and without fraction and exponent. */
    static Arbitrary<Json> numbers() {
        Arbitrary<String> digits = Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(60);
        Arbitrary<String> exponent = Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(6);
        return Combinators.combine(Arbitraries.of("", "-"), digits, Arbitraries.of("", ".5", ".0001"),
                        Arbitraries.of("", "e", "E", "e+", "e-", "E-"), exponent)
                .as((sign, whole, fraction, e, exp) -> {
                    String integer = whole.length() > 1 ? "1" + whole.substring(1) : whole;
                    String text = sign + integer + fraction + (e.isEmpty() ? "" : e + exp);
                    return new Json(text, 0, text.length(), e.isEmpty() ? 0 : exp.length());
                });
    }

    /** JSON strings full of what is structure outside a string. */
    public static Arbitrary<String> strings() {
        return Arbitraries.of("[", "]", "{", "}", "\\\"", "\\\\", "\\n", "\\u3042", "1", "9e999", "-", "a", "あ", ",", ":", " ")
                .list().ofMaxSize(60).map(parts -> "\"" + String.join("", parts) + "\"");
    }

    /** Values of every kind, as a mutated field may carry them (JSON text). */
    public static Arbitrary<String> values() {
        Arbitrary<String> scalars = Arbitraries.oneOf(
                Arbitraries.of("null", "true", "false", "0", "-1", "-0", "1.5", "2147483648", "-2147483649",
                        "9223372036854775808", "1e400", "1e-400", "3.0", "1E2", "5", "180", "181", "6", "9"),
                Arbitraries.of("\"\"", "\" \"", "\"2026-02-30\"", "\"+10000-01-01\"", "\"0000-01-01\"",
                        "\"-0001-12-31\"", "\"2026-09-01T10:00\"", "\"24:00\"", "\"9:00\"", "\"09:00:00.000000001\"",
                        "\"monday\"", "\"MONDAY\"", "\"CAR\"", "\"car\"", "\"WORK_EXPERIENCE\"", "\"202029\"",
                        "\"999999\"", "\"\\u0000\"", "\"\\ud800\"", "\"あ\"", "\"quiet_place\""),
                strings(),
                Arbitraries.strings().ofMaxLength(30).map(s -> jakarta.json.Json.createValue(s).toString()),
                Arbitraries.integers().between(1, 3).map(n -> "\"" + "長".repeat(n * 150) + "\""));
        return Arbitraries.oneOf(scalars, scalars.list().ofMaxSize(4).map(l -> "[" + String.join(",", l) + "]"),
                scalars.map(v -> "{\"v\":" + v + "}"));
    }

    /** A body and how it was made from a valid one. */
    public record Body(String json, String how) {
        @Override
        public String toString() {
            return how + ": " + (json.length() > 800 ? json.substring(0, 800) + "…" : json);
        }
    }

    /**
     * A valid flat JSON object of the named fields, mutated: fields replaced by values of every kind
     * (one or two), removed, added, the text cut off, or another value in its place.
     */
    public static Arbitrary<Body> mutations(String valid, List<String> fields) {
        Arbitrary<Body> replaced = Combinators.combine(Arbitraries.of(fields), values())
                .as((field, value) -> new Body(replace(valid, field, value), field + " := " + value));
        Arbitrary<Body> twice = Combinators.combine(Arbitraries.of(fields), values(), Arbitraries.of(fields), values())
                .as((f1, v1, f2, v2) -> new Body(replace(replace(valid, f1, v1), f2, v2), f1 + " := " + v1 + ", " + f2 + " := " + v2));
        Arbitrary<Body> removed = Arbitraries.of(fields).set().ofMinSize(1).ofMaxSize(Math.min(4, fields.size()))
                .map(names -> new Body(remove(valid, names), "without " + names));
        Arbitrary<Body> added = Combinators.combine(Arbitraries.of("extra", fields.get(0), "__proto__", "Version", ""), values())
                .as((field, value) -> new Body(valid.replaceFirst("\\{", "{\"" + field + "\":" + Matcher.quoteReplacement(value) + ","),
                        "added " + field + " := " + value));
        Arbitrary<Body> cut = Arbitraries.integers().between(0, valid.length() - 1)
                .map(n -> new Body(valid.substring(0, n), "cut at " + n));
        Arbitrary<Body> other = values().map(v -> new Body(v, "another value"));
        return Arbitraries.frequencyOf(Tuple.of(5, replaced), Tuple.of(3, twice), Tuple.of(2, removed),
                Tuple.of(1, added), Tuple.of(1, cut), Tuple.of(1, other));
    }

    private static final String VALUE = "(\\[[^\\]]*\\]|\"[^\"]*\"|[^,}]*)";

    static String replace(String json, String field, String value) {
        return json.replaceFirst("\"" + field + "\":" + VALUE, "\"" + field + "\":" + Matcher.quoteReplacement(value));
    }

    static String remove(String json, java.util.Collection<String> fields) {
        String result = json;
        for (String field : fields) {
            result = result.replaceFirst("\"" + field + "\":" + VALUE + ",?", "");
        }
        return result.replaceAll(",\\s*}", "}");
    }
}
