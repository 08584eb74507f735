package jp.tsunagu.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema to the newest version before anything else runs. Versioned Flyway migrations
 * own the schema; the JPA provider never generates tables. With several service instances the
 * first to start migrates and the others wait on Flyway's lock. A database that is still starting
 * (started together with the service, or restarting) is waited for up to
 * {@code tsunagu.db.startWaitSeconds} (60 s by default) rather than failing the deployment.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigration {

    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    @Resource(lookup = NetworkDataSource.JNDI_NAME)
    DataSource dataSource;

    @Inject
    @ConfigProperty(name = "tsunagu.db.startWaitSeconds", defaultValue = "60")
    int startWaitSeconds;

    private volatile boolean migrated;

    @PostConstruct
    void migrate() {
        awaitDatabase();
        Flyway flyway = Flyway.configure(DatabaseMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load();
        MigrateResult result = flyway.migrate();
        migrated = true;
        LOG.info(() -> "database schema at version " + flyway.info().current().getVersion()
                + " (" + result.migrationsExecuted + " migrations applied now)");
    }

    private void awaitDatabase() {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(startWaitSeconds);
        boolean told = false;
        while (true) {
            try (Connection connection = dataSource.getConnection()) {
                if (told) {
                    LOG.info("the database answers; migrating");
                }
                return;
            } catch (SQLException e) {
                if (!DatabaseUnavailable.isCause(e) || System.nanoTime() > deadline) {
                    return; // Flyway reports it with its own explanation
                }
                if (!told) {
                    LOG.info(() -> "waiting up to " + startWaitSeconds + " s for the database to answer: " + e.getMessage());
                    told = true;
                }
                try {
                    Thread.sleep(250);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    public boolean isMigrated() {
        return migrated;
    }
}
