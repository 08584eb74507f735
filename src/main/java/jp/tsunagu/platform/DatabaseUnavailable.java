package jp.tsunagu.platform;

import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;

/**
 * Tells a failure caused by an unreachable database (stopped, restarting, the network to it cut)
 * from the service's own failures, so that the caller is told to try again later (503) rather than
 * that the service is broken (500). Nothing was saved: the request's transaction did not commit.
 */
public final class DatabaseUnavailable {

    /** Seconds a client is asked to wait before trying again. */
    static final int RETRY_AFTER_SECONDS = 10;

    private DatabaseUnavailable() {
    }

    /** Whether the database being out of reach is somewhere in the chain of causes. */
    public static boolean isCause(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof SQLRecoverableException) {
                return true;
            }
            // SQLSTATE class 08: connection exception (the driver's "communications link failure").
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true;
            }
            String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            // The connection pool reports an exhausted or unconnectable pool in its own words.
            if (message.contains("error in allocating a connection")
                    || message.contains("connection could not be allocated")
                    || message.contains("communications link failure")) {
                return true;
            }
        }
        return false;
    }

    /** 503 in Japanese, with Retry-After. */
    public static Response response() {
        return Response.fromResponse(Problems.response(Response.Status.SERVICE_UNAVAILABLE, title(), detail()))
                .header("Retry-After", RETRY_AFTER_SECONDS)
                .build();
    }

    static String title() {
        return "データベースに接続できません";
    }

    static String detail() {
        return "データベースが一時的に利用できないため、リクエストは実行されず、何も保存されていません。しばらくしてからもう一度お試しください。";
    }
}
