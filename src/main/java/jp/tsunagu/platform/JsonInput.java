package jp.tsunagu.platform;

import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NoContentException;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.IOException;
import java.io.PushbackInputStream;
import java.util.Collection;
import java.util.Map;

/**
 * Reads JSON bodies knowing what they are read into, so that a failure names the field and what
 * it takes ({@link JsonErrors}) instead of the provider's message about Java types; and refuses a
 * date the database cannot hold ({@link StorableDates}) before anything tries to store it; and
 * refuses a body whose outermost shape is not the one read into (an array where an object is
 * expected, or the other way round), which the JSON binding would otherwise read as something.
 */
@Provider
public class JsonInput implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        MediaType type = context.getMediaType();
        if (type == null || !(type.getSubtype().equals("json") || type.getSubtype().endsWith("+json"))) {
            return context.proceed();
        }
        requireShape(context);
        Object body;
        try {
            body = context.proceed();
        } catch (NoContentException e) {
            throw new UnreadableJsonException(new Problems.FieldError("body", "本文が空です。JSON を送ってください。"), e);
        } catch (JsonbException | JsonException | ProcessingException e) {
            throw new UnreadableJsonException(JsonErrors.describe(e, context.getGenericType()), e);
        }
        StorableDates.check(body).ifPresent(error -> {
            throw new UnreadableJsonException(error, null);
        });
        return body;
    }

    /** The body must open as what it is read into: '{' for an object, '[' for a list. */
    private static void requireShape(ReaderInterceptorContext context) throws IOException {
        char expected = expectedOpening(context.getType());
        if (expected == 0) {
            return;
        }
        PushbackInputStream in = new PushbackInputStream(context.getInputStream(), 1);
        context.setInputStream(in);
        int first = in.read();
        while (first == ' ' || first == '\t' || first == '\r' || first == '\n') {
            first = in.read();
        }
        if (first == -1) {
            return;
        }
        in.unread(first);
        if (first != expected) {
            throw new UnreadableJsonException(new Problems.FieldError("body", expected == '{'
                    ? "本文は JSON のオブジェクト（{ で始まる形）で送ってください。配列や値だけの本文は受け付けません。"
                    : "本文は JSON の配列（[ で始まる形）で送ってください。"), null);
        }
    }

    /** '{' or '[' for the types whose JSON has one shape; 0 for the JSON values that may be anything. */
    static char expectedOpening(Class<?> type) {
        if (type.isArray() || Collection.class.isAssignableFrom(type) || JsonArray.class.isAssignableFrom(type)) {
            return '[';
        }
        if (Map.class.isAssignableFrom(type)) {
            return '{';
        }
        if (JsonValue.class.isAssignableFrom(type) && !JsonObject.class.isAssignableFrom(type)
                || type == Object.class || type == String.class || type.isPrimitive()
                || Number.class.isAssignableFrom(type) || type == Boolean.class || type.isEnum()
                || type.getName().startsWith("java.")) {
            return 0;
        }
        return '{';
    }
}
