package jp.tsunagu.access;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Cookie;

/**
 * The cookie that carries a session token: unreadable to scripts (HttpOnly), never sent along with a
 * request another site starts (SameSite=Strict), only to this application (Path = its context path),
 * and over HTTPS only when the service is reached through HTTPS. It has no Max-Age: the browser
 * forgets it when it closes, and the server decides when the session ends.
 */
public final class SessionCookie {

    public static final String NAME = "tsunagu_session";

    private SessionCookie() {
    }

    public static String token(ContainerRequestContext request) {
        Cookie cookie = request.getCookies().get(NAME);
        return cookie == null ? null : cookie.getValue();
    }

    /** The Set-Cookie value that hands the browser its token. */
    public static String issue(String token, String contextPath, boolean secure) {
        return NAME + "=" + token + attributes(contextPath, secure);
    }

    /** The Set-Cookie value that makes the browser forget the token. */
    public static String clear(String contextPath, boolean secure) {
        return NAME + "=; Max-Age=0" + attributes(contextPath, secure);
    }

    /**
     * Whether the caller reached the service through HTTPS; behind a proxy that ends TLS, as it says
     * in X-Forwarded-Proto (trusting it can only make the cookie stricter).
     */
    public static boolean isSecure(ContainerRequestContext request) {
        return request.getSecurityContext().isSecure()
                || "https".equalsIgnoreCase(request.getHeaderString("X-Forwarded-Proto"));
    }

    private static String attributes(String contextPath, boolean secure) {
        String path = contextPath == null || contextPath.isEmpty() ? "/" : contextPath;
        return "; Path=" + path + "; HttpOnly; SameSite=Strict" + (secure ? "; Secure" : "");
    }
}
