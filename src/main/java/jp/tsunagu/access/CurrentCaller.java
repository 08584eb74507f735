package jp.tsunagu.access;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.NotAuthorizedException;
import java.util.Optional;

/** Holds the caller the authentication filter established for this request, and its session if it came with one. */
@RequestScoped
public class CurrentCaller {

    private Caller caller;
    private SignInSession session;

    void set(Caller caller) {
        this.caller = caller;
    }

    void set(Caller caller, SignInSession session) {
        this.caller = caller;
        this.session = session;
    }

    public Caller get() {
        if (caller == null) {
            throw new NotAuthorizedException("Basic realm=\"tsunagu\"");
        }
        return caller;
    }

    /** The sign-in session the request was authenticated with; empty for HTTP Basic. */
    public Optional<SignInSession> session() {
        return Optional.ofNullable(session);
    }
}
