package jp.tsunagu.placement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Properties;
import jp.tsunagu.platform.PrefectureSettings;

/** A prefecture's lifecycle settings, read from the database each time: any instance sees a change at once. */
@ApplicationScoped
public class LifecycleSettingsSource {

    private static final Properties DEFAULTS = LifecycleSettings.defaultProperties();

    @Inject
    PrefectureSettings settings;

    public LifecycleSettings of(String prefectureCode) {
        return LifecycleSettings.fromProperties(settings.of(prefectureCode, DEFAULTS));
    }
}
