package jp.tsunagu.tools;

import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Set;
import jp.tsunagu.audit.AuditChain;
import jp.tsunagu.audit.ChainReport;

/**
 * Checks the audit chain of a database from the command line, without a running service:
 * <pre>
 * mvn -q compile exec:java -Paudit-check -Dexec.args="--db-url jdbc:mysql://host:3306/tsunagu?user=...&amp;password=..."
 * </pre>
 * Prints "intact" with the number of entries checked, or the first entry that was changed or deleted,
 * and exits 0 when intact, 1 when broken, 2 on a usage or connection error. {@code --seal true} first
 * links the entries written since the last seal (it writes to the database; a running service does
 * this every ten seconds anyway).
 */
public final class AuditChainCheck {

    private AuditChainCheck() {
    }

    public static void main(String[] args) {
        int status;
        try {
            CommandLine options = new CommandLine(args, Set.of("db-url", "seal"));
            String url = options.get("db-url", System.getenv("TSUNAGU_DB_URL"));
            if (url == null || url.isBlank()) {
                throw new IllegalArgumentException("give the database with --db-url <jdbc url> or TSUNAGU_DB_URL");
            }
            try (Connection db = DriverManager.getConnection(url)) {
                if (Boolean.parseBoolean(options.get("seal", "false"))) {
                    System.out.println("sealed " + AuditChain.sealAll(db) + " entries");
                }
                ChainReport report = AuditChain.check(db);
                System.out.println(report.summary());
                status = report.intact() ? 0 : 1;
            }
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            status = 2;
        } catch (Exception e) {
            System.err.println("audit chain check failed: " + e);
            status = 2;
        }
        System.exit(status);
    }
}
