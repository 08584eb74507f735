package jp.tsunagu.platform;

import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns every failure into a problem+json response that says what the caller did wrong, in its
 * terms. The transaction of the failed request has been rolled back by then: nothing half-written.
 */
public final class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());

    private ProblemMappers() {
    }

    /** Bean Validation: 400 naming each field. */
    @Provider
    public static class Validation implements ExceptionMapper<ConstraintViolationException> {
        @Override
        public Response toResponse(ConstraintViolationException e) {
            List<Problems.FieldError> errors = new ArrayList<>();
            for (ConstraintViolation<?> v : e.getConstraintViolations()) {
                String field = fieldName(v.getPropertyPath());
                errors.add(new Problems.FieldError(field, field + "：" + v.getMessage()));
            }
            errors.sort(Comparator.comparing(Problems.FieldError::field));
            return Problems.response(Response.Status.BAD_REQUEST, "入力内容に誤りがあります",
                    "次の項目を確認してください: " + String.join(", ",
                            errors.stream().map(Problems.FieldError::field).distinct().toList()), errors);
        }

        /** {@code create.input.profile.priority} becomes {@code profile.priority}: the caller knows no method names. */
        private static String fieldName(Path path) {
            List<String> names = new ArrayList<>();
            for (Path.Node node : path) {
                switch (node.getKind()) {
                    case METHOD, PARAMETER, CONSTRUCTOR, CROSS_PARAMETER, RETURN_VALUE -> names.clear();
                    default -> names.add(node.getName() + (node.getIndex() != null ? "[" + node.getIndex() + "]" : ""));
                }
            }
            return names.isEmpty() ? "body" : String.join(".", names);
        }
    }

    /** Domain-level input errors: 400 naming the field. */
    @Provider
    public static class InvalidInput implements ExceptionMapper<InvalidInputException> {
        @Override
        public Response toResponse(InvalidInputException e) {
            return Problems.response(Response.Status.BAD_REQUEST, "入力内容に誤りがあります", e.getMessage(),
                    List.of(new Problems.FieldError(e.field(), e.getMessage())));
        }
    }

    /** A JSON body that could not be read: 400 naming the field and what it takes. */
    @Provider
    public static class UnreadableJson implements ExceptionMapper<UnreadableJsonException> {
        @Override
        public Response toResponse(UnreadableJsonException e) {
            return unreadable(e.error());
        }
    }

    /** Malformed JSON or a value of the wrong type, read outside {@link JsonInput}. */
    @Provider
    public static class MalformedJson implements ExceptionMapper<JsonbException> {
        @Override
        public Response toResponse(JsonbException e) {
            return unreadable(e);
        }
    }

    /** The JSON provider wraps parse failures in a ProcessingException. */
    @Provider
    public static class Processing implements ExceptionMapper<ProcessingException> {
        @Override
        public Response toResponse(ProcessingException e) {
            return unreadable(e);
        }
    }

    static Response unreadable(Throwable e) {
        UnreadableJsonException described = (UnreadableJsonException) findCause(e, UnreadableJsonException.class);
        return unreadable(described != null ? described.error() : JsonErrors.describe(e, null));
    }

    static Response unreadable(Problems.FieldError error) {
        return Problems.response(Response.Status.BAD_REQUEST, "JSONを読み取れません", error.message(), List.of(error));
    }

    /** JAX-RS's own errors (404, 403, 405, 415...) with a problem body. */
    @Provider
    public static class Web implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            Response original = e.getResponse();
            if (findCause(e, UnreadableJsonException.class) != null || findCause(e, JsonbException.class) != null) {
                return unreadable(e);
            }
            Response.StatusType status = original.getStatusInfo();
            int code = status.getStatusCode();
            // The message is shown only when the service wrote it for the caller (in Japanese);
            // the framework's own ("HTTP 404 Not Found") is replaced by the status's explanation.
            String detail = Problems.isJapanese(e.getMessage()) ? e.getMessage() : Problems.detail(code);
            Response problem = Problems.response(status, Problems.title(code), detail);
            Response.ResponseBuilder builder = Response.fromResponse(problem);
            original.getHeaders().forEach((name, values) -> {
                if (!name.equalsIgnoreCase("Content-Type")) {
                    values.forEach(v -> builder.header(name, v));
                }
            });
            return builder.build();
        }
    }

    /** A lifecycle step the record's state does not allow: 409 saying why. */
    @Provider
    public static class Lifecycle implements ExceptionMapper<LifecycleConflict> {
        @Override
        public Response toResponse(LifecycleConflict e) {
            return Problems.response(Response.Status.CONFLICT, "今の状態ではこの操作はできません", e.getMessage());
        }
    }

    /** A stale version: someone else changed the record since the caller read it. */
    @Provider
    public static class StaleVersion implements ExceptionMapper<OptimisticLockException> {
        @Override
        public Response toResponse(OptimisticLockException e) {
            return conflict();
        }
    }

    /** Anything else: unwrap what the transaction boundary wrapped, or answer 500 without internals. */
    @Provider
    public static class Unexpected implements ExceptionMapper<RuntimeException> {
        @Override
        public Response toResponse(RuntimeException e) {
            if (findCause(e, OptimisticLockException.class) != null) {
                return conflict();
            }
            Throwable cause = findCause(e, ConstraintViolationException.class);
            if (cause != null) {
                return new Validation().toResponse((ConstraintViolationException) cause);
            }
            cause = findCause(e, InvalidInputException.class);
            if (cause != null) {
                return new InvalidInput().toResponse((InvalidInputException) cause);
            }
            cause = findCause(e, LifecycleConflict.class);
            if (cause != null) {
                return new Lifecycle().toResponse((LifecycleConflict) cause);
            }
            cause = findCause(e, UnreadableJsonException.class);
            if (cause != null) {
                return unreadable(((UnreadableJsonException) cause).error());
            }
            cause = findCause(e, WebApplicationException.class);
            if (cause != null) {
                return new Web().toResponse((WebApplicationException) cause);
            }
            if (DatabaseUnavailable.isCause(e)) {
                LOG.warning(() -> "database unavailable: " + e);
                return DatabaseUnavailable.response();
            }
            LOG.log(Level.SEVERE, "unexpected failure", e);
            return Problems.response(Response.Status.INTERNAL_SERVER_ERROR, "サーバーでエラーが発生しました",
                    Problems.detail(500));
        }
    }

    static Response conflict() {
        return Problems.response(Response.Status.CONFLICT, "他の人が先に更新しました",
                "読み込んだ後に他の人がこの記録を更新しました（version が一致しません）。読み込み直してから、もう一度変更してください。");
    }

    static Throwable findCause(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return t;
            }
        }
        return null;
    }
}
