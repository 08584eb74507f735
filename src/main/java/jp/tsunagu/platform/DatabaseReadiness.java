package jp.tsunagu.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only when the schema is migrated and the database answers: the server saying "started"
 * is not enough (it does so even when a deployment failed).
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    @Resource(lookup = NetworkDataSource.JNDI_NAME)
    DataSource dataSource;

    @Inject
    DatabaseMigration migration;

    @Override
    public HealthCheckResponse call() {
        boolean reachable;
        try (Connection connection = dataSource.getConnection()) {
            reachable = connection.isValid(2);
        } catch (Exception e) {
            reachable = false;
        }
        return HealthCheckResponse.named("database")
                .status(reachable && migration.isMigrated())
                .withData("migrated", migration.isMigrated())
                .withData("reachable", reachable)
                .build();
    }
}
