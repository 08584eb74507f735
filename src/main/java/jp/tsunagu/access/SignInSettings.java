package jp.tsunagu.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How long a sign-in lasts and how many wrong passwords are tolerated, from MicroProfile Config
 * (system properties, then environment variables). Durations are ISO-8601, e.g. {@code PT30M}.
 */
@ApplicationScoped
public class SignInSettings {

    @Inject
    @ConfigProperty(name = "tsunagu.session.idleTimeout", defaultValue = "PT30M")
    String idleTimeout;

    @Inject
    @ConfigProperty(name = "tsunagu.session.absoluteTimeout", defaultValue = "PT10H")
    String absoluteTimeout;

    @Inject
    @ConfigProperty(name = "tsunagu.signIn.maxFailures", defaultValue = "5")
    int maxFailures;

    @Inject
    @ConfigProperty(name = "tsunagu.signIn.failureWindow", defaultValue = "PT15M")
    String failureWindow;

    /** A session unused this long is over. */
    public Duration idleTimeout() {
        return Duration.parse(idleTimeout);
    }

    /** A session is over this long after sign-in, however busy. */
    public Duration absoluteTimeout() {
        return Duration.parse(absoluteTimeout);
    }

    /** Wrong passwords for one username within {@link #failureWindow()} after which it is refused. */
    public int maxFailures() {
        return maxFailures;
    }

    public Duration failureWindow() {
        return Duration.parse(failureWindow);
    }
}
