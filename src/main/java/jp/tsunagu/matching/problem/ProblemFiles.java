package jp.tsunagu.matching.problem;

import jp.tsunagu.platform.JsonP;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriter;
import jakarta.json.JsonWriterFactory;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonParsingException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Month;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads and writes problem files: a {@link MatchingProblem} as pretty-printed UTF-8 JSON (JSON-B),
 * the format of {@code sample-data/} and of the offline solver, described in
 * {@code docs/problem-format.md}. Writing is deterministic: the same problem gives the same bytes.
 */
public final class ProblemFiles {

    private ProblemFiles() {
    }

    public static MatchingProblem read(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(reader, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read problem file " + file, e);
        }
    }

    public static MatchingProblem read(InputStream in, String source) {
        return read(new java.io.InputStreamReader(in, StandardCharsets.UTF_8), source);
    }

    /**
     * @param source the file name or resource the text came from, for the error message
     * @throws ProblemFileException when the text is not a well-formed problem
     */
    public static MatchingProblem read(Reader reader, String source) {
        MatchingProblem problem;
        try (Jsonb jsonb = jsonb()) {
            problem = jsonb.fromJson(reader, MatchingProblem.class);
        } catch (JsonbException e) {
            throw new ProblemFileException(source + ": " + describe(e), e);
        } catch (Exception e) {
            throw new ProblemFileException(source + ": " + e.getMessage(), e);
        }
        if (problem == null) {
            throw new ProblemFileException(source + ": the file is empty or holds JSON null");
        }
        List<String> errors = ProblemIntegrity.check(problem);
        if (!errors.isEmpty()) {
            throw new ProblemFileException(source + ": " + errors.size() + " error(s); first: "
                    + String.join("; ", errors.subList(0, Math.min(5, errors.size()))));
        }
        return problem;
    }

    public static void write(MatchingProblem problem, Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file, toJson(problem), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write problem file " + file, e);
        }
    }

    public static void write(MatchingProblem problem, Writer writer) {
        try {
            writer.write(toJson(problem));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The file's text: pretty JSON with object keys in alphabetical order and the elements of every
     * array of plain values sorted, ending with a newline. In a problem, every array of plain values
     * is a set (weekdays, accommodation codes, host ids...), so sorting loses nothing; it makes the
     * text depend on the problem only, since the records' immutable sets iterate in an order that
     * changes from run to run.
     */
    public static String toJson(MatchingProblem problem) {
        String compact;
        try (Jsonb jsonb = JsonbBuilder.create(new JsonbConfig())) {
            compact = jsonb.toJson(problem);
        } catch (Exception e) {
            throw new IllegalStateException("cannot write the problem as JSON", e);
        }
        JsonValue tree;
        try (JsonReader reader = JsonP.PROVIDER.createReader(new StringReader(compact))) {
            tree = reader.readValue();
        }
        StringWriter text = new StringWriter();
        try (JsonWriter writer = PRETTY.createWriter(text)) {
            writer.write(canonical(tree));
        }
        return text.toString().strip() + "\n";
    }

    private static final JsonWriterFactory PRETTY =
            JsonP.PROVIDER.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));

    private static JsonValue canonical(JsonValue value) {
        if (value instanceof JsonObject object) {
            JsonObjectBuilder sorted = JsonP.PROVIDER.createObjectBuilder();
            new TreeMap<>(object).forEach((key, member) -> sorted.add(key, canonical(member)));
            return sorted.build();
        }
        if (value instanceof JsonArray array) {
            List<JsonValue> elements = new ArrayList<>();
            array.forEach(element -> elements.add(canonical(element)));
            if (elements.stream().noneMatch(e -> e instanceof JsonStructure)) {
                elements.sort(Comparator.comparing(ProblemFiles::sortKey));
            }
            JsonArrayBuilder builder = JsonP.PROVIDER.createArrayBuilder();
            elements.forEach(builder::add);
            return builder.build();
        }
        return value;
    }

    /** Numbers by value, weekdays and months in calendar order, other text alphabetically. */
    private static String sortKey(JsonValue value) {
        if (value instanceof JsonNumber number) {
            return String.format("%030.6f", number.bigDecimalValue());
        }
        if (value instanceof JsonString string) {
            String text = string.getString();
            for (DayOfWeek day : DayOfWeek.values()) {
                if (day.name().equals(text)) {
                    return "0" + day.ordinal();
                }
            }
            for (Month month : Month.values()) {
                if (month.name().equals(text)) {
                    return String.format("1%02d", month.ordinal());
                }
            }
            return "2" + text;
        }
        return "3" + value;
    }

    private static Jsonb jsonb() {
        return JsonbBuilder.create(new JsonbConfig());
    }

    private static String describe(JsonbException e) {
        StringBuilder message = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof JsonParsingException parsing && parsing.getLocation() != null) {
                return "malformed JSON at line " + parsing.getLocation().getLineNumber() + ", column "
                        + parsing.getLocation().getColumnNumber() + ": " + parsing.getMessage();
            }
            if (t.getMessage() != null && !message.toString().contains(t.getMessage())) {
                if (message.length() > 0) {
                    message.append(" <- ");
                }
                message.append(t.getMessage());
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return message.toString();
    }
}
