package jp.tsunagu.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Properties;
import jp.tsunagu.platform.PrefectureSettings;

/** How long a prefecture keeps a closed case's personal fields: {@code solver-config/privacy.properties} and its overrides. */
@ApplicationScoped
public class RetentionSettings {

    static final String YEARS_AFTER_CLOSING = "privacy.retention.yearsAfterClosing";

    private static final Properties DEFAULTS = PrefectureSettings.load("solver-config/privacy.properties");

    @Inject
    PrefectureSettings settings;

    /** Whole years after the day a case was closed; at least 1, whatever is set. */
    public int yearsAfterClosing(String prefectureCode) {
        String value = settings.of(prefectureCode, DEFAULTS).getProperty(YEARS_AFTER_CLOSING, "5").trim();
        try {
            return Math.max(1, Integer.parseInt(value));
        } catch (NumberFormatException e) {
            throw new IllegalStateException(YEARS_AFTER_CLOSING + " is not a whole number of years: " + value, e);
        }
    }
}
