package jp.tsunagu.tools;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.List;

/** Reads the service's JSON answers for the local launcher, with JSON-P (Parsson). */
final class LaunchJson {

    private LaunchJson() {
    }

    static JsonObject object(String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw new IllegalArgumentException("expected a JSON object: " + e.getMessage(), e);
        }
    }

    static List<JsonObject> arrayOfObjects(String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            JsonArray array = reader.readArray();
            return array.stream().filter(v -> v.getValueType() == JsonValue.ValueType.OBJECT)
                    .map(JsonValue::asJsonObject).toList();
        } catch (JsonException | IllegalStateException e) {
            throw new IllegalArgumentException("expected a JSON array: " + e.getMessage(), e);
        }
    }

    /** A member as text (a number as its digits), or null when absent or null. */
    static String string(JsonObject object, String key) {
        JsonValue value = object.get(key);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        return value instanceof JsonString s ? s.getString() : value.toString();
    }

    static long number(JsonObject object, String key, long fallback) {
        JsonValue value = object.get(key);
        if (value instanceof JsonNumber n) {
            return n.longValue();
        }
        if (value instanceof JsonString s) {
            try {
                return Long.parseLong(s.getString());
            } catch (NumberFormatException e) {
                return fallback;
            }
        }
        return fallback;
    }
}
