package jp.tsunagu.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import jp.tsunagu.audit.AuditAction;
import jp.tsunagu.audit.AuditLog;
import jp.tsunagu.audit.AuditOutcome;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;

/**
 * Signing in and out of the web interface. Signing in is open to anyone; the session it opens lives
 * in the database and is handed to the browser as an HttpOnly cookie.
 */
@ApplicationScoped
@Path("session")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "session", description = "Signing in and out, and who is calling")
public class SessionResource {

    private static final Logger LOG = Logger.getLogger(SessionResource.class.getName());

    @Inject
    CurrentCaller caller;

    @Inject
    AccountDirectory accounts;

    @Inject
    SessionStore sessions;

    @Inject
    SignInThrottle throttle;

    @Inject
    SignInSettings settings;

    @Inject
    AuditLog audit;

    @POST
    @PublicEndpoint
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "signIn", summary = "Sign in and receive the session cookie",
            description = "Open to anyone. Later requests send the cookie (and X-CSRF-Token when they change something), or HTTP Basic instead.")
    @SecurityRequirementsSet
    @APIResponse(responseCode = "200", description = "Signed in; Set-Cookie carries the session",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "SessionView")))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "429", ref = "TooManyRequests")
    public Response signIn(@NotNull @Valid SignInRequest request, @Context ContainerRequestContext http) {
        Instant now = Instant.now();
        String username = request.username().trim();
        SignInThrottle.State state = throttle.check(username, now);
        if (state.refused()) {
            audit.signIn(AuditAction.SIGN_IN, username, null, null, AuditOutcome.DENIED, "locked out");
            return SignInRefusals.locked(state.retryAfter());
        }
        var account = accounts.verify(username, request.password());
        if (account.isEmpty()) {
            throttle.recordFailure(username, now);
            audit.signIn(AuditAction.SIGN_IN, username, null, null, AuditOutcome.DENIED, "wrong password");
            return SignInRefusals.wrongPassword(http);
        }
        if (state.failures() > 0) {
            throttle.forget(username);
        }
        SessionStore.Opened opened = sessions.open(account.get());
        audit.signIn(AuditAction.SIGN_IN, username, account.get().getRole(), opened.session().getId(),
                AuditOutcome.ALLOWED, null);
        forgetEnded(now);
        return Response.ok(view(account.get(), opened.session()))
                .header("Set-Cookie", SessionCookie.issue(opened.token(), SignInRefusals.contextPath(http),
                        SessionCookie.isSecure(http)))
                .build();
    }

    @GET
    @Operation(operationId = "getSession", summary = "Read the caller's sign-in session")
    @APIResponse(responseCode = "200", description = "The session",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "SessionView")))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    public Response current(@Context ContainerRequestContext http) {
        SignInSession session = caller.session().orElse(null);
        if (session == null) {
            return SignInRefusals.unauthorized(http, "サインインしていません（HTTP Basic の要求にはセッションがありません）。");
        }
        Account account = accounts.find(session.getUsername()).orElseThrow();
        return Response.ok(view(account, session)).build();
    }

    /**
     * The session the browser's cookie holds, or 204 when there is none: the sign-in page asks before
     * anyone signed in, and an answer of "nobody" is no error (a 401 would be logged by the browser).
     */
    @GET
    @Path("status")
    @PublicEndpoint
    @Operation(operationId = "getSessionStatus",
            summary = "Read the browser's sign-in session, or 204 when nobody is signed in")
    public Response status(@Context ContainerRequestContext http) {
        String token = SessionCookie.token(http);
        Optional<SessionStore.Active> active = token == null ? Optional.empty() : sessions.find(token);
        return active.map(a -> Response.ok(view(a.account(), a.session())).build())
                .orElseGet(() -> Response.noContent().build());
    }

    @DELETE
    @Operation(operationId = "signOut", summary = "Sign out: revoke the session and clear the cookie")
    @APIResponse(responseCode = "204", description = "Signed out")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public Response signOut(@Context ContainerRequestContext http) {
        caller.session().ifPresent(session -> {
            sessions.revoke(session);
            Caller who = caller.get();
            audit.signIn(AuditAction.SIGN_OUT, who.username(), who.role(), session.getId(), AuditOutcome.ALLOWED, null);
        });
        return Response.noContent()
                .header("Set-Cookie", SessionCookie.clear(SignInRefusals.contextPath(http), SessionCookie.isSecure(http)))
                .build();
    }

    private SessionView view(Account account, SignInSession session) {
        return SessionView.of(accounts.callerOf(account), account.getDisplayName(), session,
                session.expiresAt(settings.idleTimeout()));
    }

    /** Housekeeping that a sign-in can afford; its failure must not fail the sign-in. */
    private void forgetEnded(Instant now) {
        try {
            sessions.forgetEnded();
            throttle.forgetOld(now);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "could not remove ended sign-in sessions or old failures", e);
        }
    }
}
