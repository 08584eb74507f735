package jp.tsunagu.platform;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NoContentException;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.IOException;

/**
 * Reads JSON bodies knowing what they are read into, so that a failure names the field and what
 * it takes ({@link JsonErrors}) instead of the provider's message about Java types; and refuses a
 * date the database cannot hold ({@link StorableDates}) before anything tries to store it.
 */
@Provider
public class JsonInput implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        MediaType type = context.getMediaType();
        if (type == null || !(type.getSubtype().equals("json") || type.getSubtype().endsWith("+json"))) {
            return context.proceed();
        }
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
}
