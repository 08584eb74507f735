package jp.tsunagu.audit;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jp.tsunagu.platform.DatabaseMigration;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Seals the audit trail every ten seconds on every instance. A container timer, not work handed to
 * an executor from a request, so it carries no request's context; instances running it at the same
 * moment take turns on the chain head's lock and the second finds nothing left.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AuditSealing {

    private static final Logger LOG = Logger.getLogger(AuditSealing.class.getName());

    @Inject
    AuditSealer sealer;

    @Inject
    DatabaseMigration migration;

    @Schedule(hour = "*", minute = "*", second = "*/10", persistent = false)
    void everyTenSeconds() {
        if (!migration.isMigrated()) {
            return;
        }
        try {
            long sealed = sealer.sealAll();
            if (sealed > 0) {
                LOG.fine(() -> "audit chain: sealed " + sealed + " entries");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "audit chain: sealing failed, retried in ten seconds: " + e.getMessage());
        }
    }
}
