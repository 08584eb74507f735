package jp.tsunagu.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/** Reads the mail settings once, from MicroProfile Config (system properties, then environment variables). */
@ApplicationScoped
public class MailConfiguration {

    private static final Logger LOG = Logger.getLogger(MailConfiguration.class.getName());

    @Produces
    @Singleton
    MailSettings mailSettings() {
        Config config = ConfigProvider.getConfig();
        MailSettings settings;
        try {
            settings = MailSettings.from(name -> config.getOptionalValue(name, String.class));
        } catch (IllegalArgumentException e) {
            // A wrong mail setting must not stop notifications from reaching the inboxes.
            LOG.warning("notification mails are off: " + e.getMessage());
            return MailSettings.disabled();
        }
        settings.incompleteness().ifPresent(why -> LOG.warning("notification mails are off: " + why));
        if (settings.usable()) {
            LOG.info("notification mails are sent through " + settings.smtpHost() + ":" + settings.smtpPort()
                    + " from " + settings.from());
        }
        return settings;
    }
}
