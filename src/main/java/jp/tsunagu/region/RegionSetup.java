package jp.tsunagu.region;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Makes sure the prefecture this network serves and its municipalities are in the database.
 * Reference data changes only with municipal mergers, so it is inserted once and never rewritten.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class RegionSetup {

    private static final Logger LOG = Logger.getLogger(RegionSetup.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    @ConfigProperty(name = "tsunagu.prefecture.code", defaultValue = "20")
    String prefectureCode;

    @Inject
    @ConfigProperty(name = "tsunagu.prefecture.name", defaultValue = "長野県")
    String prefectureName;

    @Inject
    @ConfigProperty(name = "tsunagu.prefecture.municipalities", defaultValue = MunicipalityCsv.NAGANO_RESOURCE)
    String municipalitiesResource;

    @PostConstruct
    void ensureRegion() {
        if (em.find(Prefecture.class, prefectureCode) == null) {
            em.persist(new Prefecture(prefectureCode, prefectureName));
            em.flush();
        }
        long known = em.createQuery("select count(m) from Municipality m where m.prefectureCode = :p", Long.class)
                .setParameter("p", prefectureCode).getSingleResult();
        if (known == 0) {
            var municipalities = MunicipalityCsv.readResource(municipalitiesResource);
            municipalities.stream().filter(m -> m.getPrefectureCode().equals(prefectureCode)).forEach(em::persist);
            LOG.info(() -> "registered " + municipalities.size() + " municipalities of " + prefectureName);
        }
    }

    public String prefectureCode() {
        return prefectureCode;
    }
}
