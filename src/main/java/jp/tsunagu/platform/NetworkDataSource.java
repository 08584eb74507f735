package jp.tsunagu.platform;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The one database of the network. The URL comes from MicroProfile Config: the system property
 * {@code tsunagu.db.url} or the environment variable {@code TSUNAGU_DB_URL}, e.g.
 * {@code jdbc:mysql://db:3306/tsunagu?user=tsunagu&password=...&sslMode=VERIFY_IDENTITY}.
 * Credentials travel in the URL because an empty password attribute counts as "no value" here.
 */
@DataSourceDefinition(
        name = NetworkDataSource.JNDI_NAME,
        className = "com.mysql.cj.jdbc.MysqlDataSource",
        url = "${MPCONFIG=tsunagu.db.url}",
        minPoolSize = 2,
        maxPoolSize = 32,
        properties = {
                "characterEncoding=UTF-8",
                "connectionTimeZone=UTC",
                // Every request runs the same few statements: prepare them once per connection, and answer
                // the driver's own questions about session state (autocommit, isolation) without a round trip.
                "cachePrepStmts=true",
                "prepStmtCacheSize=250",
                "prepStmtCacheSqlLimit=2048",
                "useLocalSessionState=true",
                "cacheServerConfiguration=true",
                // The driver otherwise keeps every statement of a connection in a copy-on-write list until it
                // is closed, and the JPA provider's non-transactional reads left theirs to the pool: a heap
                // under load held 3,600 statements with their result sets, and each new statement copied
                // and searched its connection's list (a profile at 150 requests/s).
                "dontTrackOpenResources=true",
                // A connection is checked before use so that one broken by a database restart is replaced,
                // but at most once every 5 s: the check switches autocommit off and on again, two round
                // trips before every statement the JPA provider ran outside a write (two thirds of all
                // statements on the busiest pages).
                "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=auto-commit",
                "fish.payara.validate-atmost-once-period-in-seconds=5"
        })
@ApplicationScoped
public class NetworkDataSource {

    public static final String JNDI_NAME = "java:app/jdbc/tsunagu";
}
