package jp.tsunagu.access;

import java.time.Instant;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The signed-in user as the web interface needs it: who, in which role and scope, the token to send
 * back in {@code X-CSRF-Token} with every change, and when the session ends if left unused.
 */
@Schema(name = "SessionView")
public record SessionView(String username, String displayName, Role role, String roleJa, String prefectureCode,
                          Long counterId, Set<String> servedMunicipalities, Long hostId, String csrfToken,
                          Instant expiresAt) {

    static SessionView of(Caller caller, String displayName, SignInSession session, Instant expiresAt) {
        return new SessionView(caller.username(), displayName, caller.role(), caller.role().labelJa(),
                caller.prefectureCode(),
                caller.counterId(), caller.servedMunicipalities(), caller.hostId(), session.getCsrfToken(), expiresAt);
    }
}
