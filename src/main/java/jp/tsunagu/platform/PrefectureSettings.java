package jp.tsunagu.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * A prefecture's settings: the documented defaults of a file in {@code solver-config/}, with the
 * prefecture's own values (table {@code matching_setting}) laid over them. The one place both the
 * matching and the lifecycle read their settings from.
 */
@ApplicationScoped
public class PrefectureSettings {

    @PersistenceContext
    EntityManager em;

    /** The defaults of {@code resource}, with the prefecture's overrides. */
    @Transactional(Transactional.TxType.REQUIRED)
    public Properties of(String prefectureCode, Properties defaults) {
        Properties properties = new Properties();
        properties.putAll(defaults);
        for (Object row : em.createNativeQuery("select name, value from matching_setting where prefecture_code = ?")
                .setParameter(1, prefectureCode).getResultList()) {
            Object[] r = (Object[]) row;
            properties.setProperty((String) r[0], (String) r[1]);
        }
        return properties;
    }

    /** A properties file on the class path (the settings files travel inside the WAR). */
    public static Properties load(String resource) {
        try (InputStream in = PrefectureSettings.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the class path");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
