package jp.tsunagu.privacy;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Runs the retention check for every prefecture each night; every instance runs it, the second finds nothing due. */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DailyRetention {

    private static final Logger LOG = Logger.getLogger(DailyRetention.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    RetentionCheck check;

    @Schedule(hour = "3", minute = "20", timezone = "Asia/Tokyo", persistent = false)
    void everyNight() {
        for (String prefecture : em.createQuery("select p.code from Prefecture p", String.class).getResultList()) {
            try {
                RetentionCheck.Result result = check.run(prefecture, LocalDate.now(RetentionCheck.JAPAN), "daily");
                LOG.info(() -> "retention check of " + prefecture + ": anonymised " + result.anonymised().size()
                        + " closed on or before " + result.closedOnOrBefore());
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "retention check of " + prefecture + " failed: " + e);
            }
        }
    }
}
