package jp.tsunagu.platform;

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

    /** The Japanese title of a status, for answers that have nothing more specific to say. */
    public static String title(int status) {
        return switch (status) {
            case 400 -> "リクエストを読み取れません";
            case 401 -> "認証が必要です";
            case 403 -> "この操作は許可されていません";
            case 404 -> "見つかりません";
            case 405 -> "このメソッドは使えません";
            case 406 -> "応答の形式に対応していません";
            case 408 -> "リクエストが時間内に届きませんでした";
            case 409 -> "今の状態ではこの操作はできません";
            case 411 -> "リクエストの長さが必要です";
            case 413 -> "リクエストが大きすぎます";
            case 414 -> "アドレスが長すぎます";
            case 415 -> "この形式のデータは受け付けられません";
            case 429 -> "リクエストが多すぎます";
            case 431 -> "ヘッダーが大きすぎます";
            case 503 -> "サービスを一時的に利用できません";
            default -> status >= 500 ? "サーバーでエラーが発生しました" : "リクエストを処理できません";
        };
    }

    /** The Japanese detail of a status: what the caller can do about it. */
    public static String detail(int status) {
        return switch (status) {
            case 400 -> "アドレス・パラメーター・本文のいずれかの形式が正しくありません。";
            case 401 -> "有効なアカウントでサインインしてください（HTTP Basic）。";
            case 403 -> "このアカウントの権限ではこの操作はできません。";
            case 404 -> "指定したアドレスまたは番号に該当するものはありません。";
            case 405 -> "このアドレスではこのメソッドは使えません。";
            case 406 -> "このアドレスが返せる形式（JSON または CSV）を受け付けるようにしてください。";
            case 409 -> "記録の今の状態と合わないため、操作は行われませんでした。";
            case 413 -> "本文が上限を超えています。";
            case 415 -> "Content-Type を確認してください（JSON は application/json）。";
            default -> status >= 500 ? "リクエストは実行されず、何も保存されていません。" : "リクエストは実行されませんでした。";
        };
    }

    /** True when {@code text} has Japanese in it: only such messages are shown to the caller as they are. */
    public static boolean isJapanese(String text) {
        return text != null && text.codePoints().anyMatch(c -> {
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            return script == Character.UnicodeScript.HIRAGANA || script == Character.UnicodeScript.KATAKANA
                    || script == Character.UnicodeScript.HAN;
        });
    }

    /** The status's problem with its Japanese title and detail. */
    public static Response response(int status) {
        return response(Response.Status.fromStatusCode(status) != null ? Response.Status.fromStatusCode(status)
                : new CustomStatus(status), title(status), detail(status));
    }

    /** The body of a problem, for answers written outside JAX-RS (servlet filter, error pages). */
    public static String json(int status, String title, String detail) {
        JsonObjectBuilder body = JsonP.PROVIDER.createObjectBuilder()
                .add("type", "about:blank")
                .add("title", title)
                .add("status", status);
        if (detail != null) {
            body.add("detail", detail);
        }
        return body.build().toString();
    }

    private record CustomStatus(int getStatusCode) implements Response.StatusType {
        @Override
        public Response.Status.Family getFamily() {
            return Response.Status.Family.familyOf(getStatusCode);
        }

        @Override
        public String getReasonPhrase() {
            return "";
        }
    }

    public static Response response(Response.StatusType status, String title, String detail) {
        return response(status, title, detail, List.of());
    }

    public static Response response(Response.StatusType status, String title, String detail, List<FieldError> errors) {
        JsonObjectBuilder body = JsonP.PROVIDER.createObjectBuilder()
                .add("type", "about:blank")
                .add("title", title)
                .add("status", status.getStatusCode());
        if (detail != null) {
            body.add("detail", detail);
        }
        if (!errors.isEmpty()) {
            JsonArrayBuilder array = JsonP.PROVIDER.createArrayBuilder();
            errors.forEach(e -> {
                JsonObjectBuilder error = JsonP.PROVIDER.createObjectBuilder();
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
