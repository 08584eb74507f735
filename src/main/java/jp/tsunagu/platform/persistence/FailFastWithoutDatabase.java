package jp.tsunagu.platform.persistence;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.Session;

/**
 * A request that finds the database unreachable fails at once (and is answered 503) instead of
 * EclipseLink trying again five seconds later, and again: the connection pool already hands out
 * only validated connections, so a retry inside the request only makes the caller wait.
 */
public class FailFastWithoutDatabase implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        DatabaseLogin login = session.getLogin();
        login.setQueryRetryAttemptCount(0);
        login.setDelayBetweenConnectionAttempts(0);
    }
}
