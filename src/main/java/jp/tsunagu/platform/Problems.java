package jp.tsunagu.platform;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** Errors in the caller's terms, as RFC 9457 problem details ({@code application/problem+json}). */
public final class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";

    /**
     * A field-level complaint: which input field, what is wrong with it, and for a file the line.
     *
     * @param line 1-based line of the file (the header is line 1), or null for a JSON body
     */
    public record FieldError(String field, String message, Integer line) {

        public FieldError(String field, String message) {
            this(field, message, null);
        }
    }

    private Problems() {
    }

    public static Response response(Response.StatusType status, String title, String detail) {
        return response(status, title, detail, List.of());
    }

    public static Response response(Response.StatusType status, String title, String detail, List<FieldError> errors) {
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("type", "about:blank")
                .add("title", title)
                .add("status", status.getStatusCode());
        if (detail != null) {
            body.add("detail", detail);
        }
        if (!errors.isEmpty()) {
            JsonArrayBuilder array = Json.createArrayBuilder();
            errors.forEach(e -> {
                JsonObjectBuilder error = Json.createObjectBuilder();
                if (e.line() != null) {
                    error.add("line", e.line());
                }
                array.add(error.add("field", e.field()).add("message", e.message()));
            });
            body.add("errors", array);
        }
        JsonObject json = body.build();
        return Response.status(status.getStatusCode())
                .type(MediaType.valueOf(MEDIA_TYPE + ";charset=UTF-8"))
                .entity(json.toString())
                .build();
    }
}
