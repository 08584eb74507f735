package jp.tsunagu.notification;

import java.util.Optional;
import java.util.function.Function;

/**
 * Whether and how notifications are also mailed. Read from MicroProfile Config in the service
 * (system properties {@code tsunagu.mail.*} or environment variables {@code TSUNAGU_MAIL_*}); off by default.
 *
 * @param smtpHost the SMTP server (no authentication, as a relay inside the prefecture's network)
 * @param from     the sender address, e.g. {@code tsunagu-noreply@pref.nagano.lg.jp}
 */
public record MailSettings(boolean enabled, String smtpHost, int smtpPort, String from) {

    public static final String ENABLED = "tsunagu.mail.enabled";
    public static final String SMTP_HOST = "tsunagu.mail.smtp.host";
    public static final String SMTP_PORT = "tsunagu.mail.smtp.port";
    public static final String FROM = "tsunagu.mail.from";
    public static final int DEFAULT_PORT = 25;

    public static MailSettings disabled() {
        return new MailSettings(false, null, DEFAULT_PORT, null);
    }

    /**
     * The settings under their property names, from any source ({@code lookup} answers empty for an
     * unset name).
     *
     * @throws IllegalArgumentException for a port that is not a number
     */
    public static MailSettings from(Function<String, Optional<String>> lookup) {
        boolean enabled = lookup.apply(ENABLED).map(String::strip).map(Boolean::parseBoolean).orElse(false);
        String host = lookup.apply(SMTP_HOST).map(String::strip).filter(s -> !s.isEmpty()).orElse(null);
        String port = lookup.apply(SMTP_PORT).map(String::strip).filter(s -> !s.isEmpty()).orElse(null);
        String from = lookup.apply(FROM).map(String::strip).filter(s -> !s.isEmpty()).orElse(null);
        int portNumber;
        try {
            portNumber = port == null ? DEFAULT_PORT : Integer.parseInt(port);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(SMTP_PORT + " is not a port number: " + port);
        }
        return new MailSettings(enabled, host, portNumber, from);
    }

    /** Mail goes out only when it is switched on and both the server and the sender address are set. */
    public boolean usable() {
        return enabled && smtpHost != null && from != null;
    }

    /** Why mail is switched on but cannot be sent; empty when off or complete. */
    public Optional<String> incompleteness() {
        if (!enabled || usable()) {
            return Optional.empty();
        }
        return Optional.of(ENABLED + "=true but " + (smtpHost == null ? SMTP_HOST : FROM) + " is not set");
    }
}
