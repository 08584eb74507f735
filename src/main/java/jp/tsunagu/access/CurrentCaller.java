package jp.tsunagu.access;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.NotAuthorizedException;

/** Holds the caller the authentication filter established for this request. */
@RequestScoped
public class CurrentCaller {

    private Caller caller;

    void set(Caller caller) {
        this.caller = caller;
    }

    public Caller get() {
        if (caller == null) {
            throw new NotAuthorizedException("Basic realm=\"tsunagu\"");
        }
        return caller;
    }
}
