package jp.tsunagu.access;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import jp.tsunagu.audit.AuditAction;
import jp.tsunagu.audit.AuditLog;
import jp.tsunagu.audit.AuditOutcome;

/**
 * Authenticates every API request against the database: first by the sign-in session cookie of the
 * web interface (one indexed lookup, no password hashing), else by HTTP Basic (over TLS in
 * production) for API clients. Nothing is remembered in the instance, so any service instance can
 * answer any call. A request that rides on the cookie and changes something must also carry the
 * session's CSRF token in {@code X-CSRF-Token}: another site can make a browser send the cookie, but
 * cannot read the token.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class AuthenticationFilter implements ContainerRequestFilter {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    @Context
    ResourceInfo resource;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    SessionStore sessions;

    @Inject
    AccountDirectory accounts;

    @Inject
    SignInThrottle throttle;

    @Inject
    AuditLog audit;

    @Override
    public void filter(ContainerRequestContext request) {
        if (resource.getResourceMethod() != null && resource.getResourceMethod().isAnnotationPresent(PublicEndpoint.class)) {
            return;
        }
        Instant now = Instant.now();
        String token = SessionCookie.token(request);
        if (token != null) {
            Optional<SessionStore.Active> active = sessions.find(token);
            if (active.isPresent()) {
                bySession(request, active.get(), now);
                return;
            }
        }
        Optional<String[]> basic = credentials(request.getHeaderString(HttpHeaders.AUTHORIZATION));
        if (basic.isPresent()) {
            byPassword(request, basic.get()[0], basic.get()[1], now);
            return;
        }
        request.abortWith(token != null ? SignInRefusals.sessionEnded(request)
                : SignInRefusals.unauthorized(request, "サインインしてください。API はユーザー名とパスワード（HTTP Basic）でも使えます。"));
    }

    private void bySession(ContainerRequestContext request, SessionStore.Active active, Instant now) {
        if (!SAFE_METHODS.contains(request.getMethod()) && !csrfMatches(request, active.session())) {
            request.abortWith(SignInRefusals.csrfMismatch());
            return;
        }
        if (active.needsTouch(now)) {
            sessions.touch(active.session(), now);
        }
        currentCaller.set(accounts.callerOf(active.account()), active.session());
    }

    private void byPassword(ContainerRequestContext request, String username, String password, Instant now) {
        SignInThrottle.State state = throttle.check(username, now);
        if (state.refused()) {
            audit.signIn(AuditAction.SIGN_IN, username, null, null, AuditOutcome.DENIED, "HTTP Basic: locked out");
            request.abortWith(SignInRefusals.locked(state.retryAfter()));
            return;
        }
        Optional<Account> account = accounts.verify(username, password);
        if (account.isEmpty()) {
            throttle.recordFailure(username, now);
            audit.signIn(AuditAction.SIGN_IN, username, null, null, AuditOutcome.DENIED, "HTTP Basic: wrong password");
            request.abortWith(SignInRefusals.wrongPassword(request));
            return;
        }
        if (state.failures() > 0) {
            throttle.forget(username);
        }
        currentCaller.set(accounts.callerOf(account.get()));
    }

    private static boolean csrfMatches(ContainerRequestContext request, SignInSession session) {
        String sent = request.getHeaderString(SignInRefusals.CSRF_HEADER);
        return sent != null && MessageDigest.isEqual(sent.getBytes(StandardCharsets.UTF_8),
                session.getCsrfToken().getBytes(StandardCharsets.UTF_8));
    }

    private static Optional<String[]> credentials(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? Optional.empty()
                    : Optional.of(new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)});
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }
}
