package jp.tsunagu.placement;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs the lifecycle check for every prefecture each morning. Every instance runs it; the
 * notifications' dedupe keys make the second run write nothing. Each prefecture is checked in a
 * transaction of its own, so that one failing does not hold back the others.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DailyChecks {

    private static final Logger LOG = Logger.getLogger(DailyChecks.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    LifecycleMonitor monitor;

    @Schedule(hour = "6", minute = "5", timezone = "Asia/Tokyo", persistent = false)
    void everyMorning() {
        for (String prefecture : em.createQuery("select p.code from Prefecture p", String.class).getResultList()) {
            try {
                LifecycleMonitor.CheckResult result = monitor.check(prefecture, PlacementService.today());
                LOG.info(() -> "lifecycle check of " + prefecture + ": " + result);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "lifecycle check of " + prefecture + " failed: " + e);
            }
        }
    }
}
