package jp.tsunagu.matching.round;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.logging.Logger;

/**
 * When an instance starts, it closes at once the rounds it left RUNNING in an earlier life (killed
 * or crashed while solving), and those of other instances whose heartbeat is stale, instead of
 * waiting for someone to try to start a new one. A new round can start right away.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class StaleRoundsOnStart {

    private static final Logger LOG = Logger.getLogger(StaleRoundsOnStart.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    RoundLock lock;

    @Inject
    ServiceInstance instance;

    @PostConstruct
    void closeStaleRounds() {
        for (String prefecture : em.createQuery("select p.code from Prefecture p", String.class).getResultList()) {
            int closed = lock.abandonEarlierLives(prefecture, instance) + lock.abandonStale(prefecture);
            if (closed > 0) {
                LOG.info(() -> closed + " round(s) of prefecture " + prefecture + " left running by a stopped instance were closed");
            }
        }
    }
}
