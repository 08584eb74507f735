package jp.tsunagu.access;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import jp.tsunagu.platform.Problems;

/** The answers that refuse a caller who is not (or no longer, or not now) signed in. */
final class SignInRefusals {

    static final String CSRF_HEADER = "X-CSRF-Token";

    private SignInRefusals() {
    }

    /**
     * 401. HTTP Basic is offered (WWW-Authenticate) only to a client that could use it: not to a
     * script of the web interface, nor to a browser that came with a session cookie, for which a
     * browser would otherwise pop up its own login box.
     */
    static Response unauthorized(ContainerRequestContext request, String detail) {
        boolean fromWebInterface = request.getHeaderString("X-Requested-With") != null
                || SessionCookie.token(request) != null;
        Response.ResponseBuilder answer = Response.fromResponse(
                Problems.response(Response.Status.UNAUTHORIZED, Problems.title(401), detail));
        if (!fromWebInterface) {
            answer.header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"tsunagu\", charset=\"UTF-8\"");
        }
        return answer.build();
    }

    static Response wrongPassword(ContainerRequestContext request) {
        return unauthorized(request, "ユーザー名またはパスワードが違います。");
    }

    static Response sessionEnded(ContainerRequestContext request) {
        return Response.fromResponse(unauthorized(request,
                        "サインインの有効期限が切れたか、サインアウトしました。もう一度サインインしてください。"))
                .header("Set-Cookie", SessionCookie.clear(contextPath(request), SessionCookie.isSecure(request)))
                .build();
    }

    /** 429 with Retry-After in whole seconds, rounded up. */
    static Response locked(Duration retryAfter) {
        long seconds = Math.max(1, (retryAfter.toMillis() + 999) / 1000);
        long minutes = (seconds + 59) / 60;
        return Response.fromResponse(Problems.response(Response.Status.TOO_MANY_REQUESTS, "しばらくサインインできません",
                        "パスワードの誤りが続いたため、このユーザー名ではしばらくサインインできません。約" + minutes
                                + "分後にもう一度お試しください。"))
                .header(HttpHeaders.RETRY_AFTER, seconds)
                .build();
    }

    static Response csrfMismatch() {
        return Problems.response(Response.Status.FORBIDDEN, "画面の確認情報が一致しません",
                "この画面からの操作であることを確認できなかったため、実行しませんでした。画面を読み込み直してから、もう一度操作してください。");
    }

    /** The application's context path, e.g. {@code /tsunagu}: the API's base path without its {@code /api/}. */
    static String contextPath(ContainerRequestContext request) {
        String base = request.getUriInfo().getBaseUri().getPath();
        String withoutSlash = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        return withoutSlash.substring(0, withoutSlash.lastIndexOf('/'));
    }
}
