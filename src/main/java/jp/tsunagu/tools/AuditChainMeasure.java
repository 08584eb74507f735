package jp.tsunagu.tools;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import jp.tsunagu.audit.AuditChain;
import jp.tsunagu.audit.ChainReport;

/**
 * Measures the audit chain under load on a scratch database that Flyway has migrated (it writes
 * synthetic entries): writers insert entries as requests do, one short transaction each, while
 * sealers standing for several service instances seal on their schedule; then the chain is checked.
 * <pre>
 * mvn -q compile exec:java -Paudit-check -Dexec.mainClass=jp.tsunagu.tools.AuditChainMeasure \
 *     -Dexec.args="--db-url jdbc:mysql://127.0.0.1:3306/scratch?user=root --seconds 30 --rate 1000"
 * </pre>
 * Prints the write latency with and without sealing running, the longest a seal held the chain head's
 * lock, the largest backlog of unsealed entries, and how fast a check walks the chain.
 */
public final class AuditChainMeasure {

    private AuditChainMeasure() {
    }

    public static void main(String[] args) throws Exception {
        CommandLine options = new CommandLine(args, Set.of("db-url", "seconds", "writers", "rate", "sealers", "seal-every-ms"));
        String url = options.required("db-url");
        int seconds = Integer.parseInt(options.get("seconds", "30"));
        int writers = Integer.parseInt(options.get("writers", "8"));
        int rate = Integer.parseInt(options.get("rate", "1000"));
        int sealers = Integer.parseInt(options.get("sealers", "2"));
        long sealEvery = Long.parseLong(options.get("seal-every-ms", "10000"));

        try (Connection db = DriverManager.getConnection(url)) {
            AuditChain.sealAll(db);
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        List<Long> writeMicros = Collections.synchronizedList(new ArrayList<>());
        List<Long> sealMillis = Collections.synchronizedList(new ArrayList<>());
        AtomicLong sealed = new AtomicLong();
        AtomicLong maxBacklog = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(writers + sealers);
        List<Future<?>> work = new ArrayList<>();
        long perWriterGapNanos = TimeUnit.SECONDS.toNanos(1) * writers / Math.max(1, rate);
        for (int w = 0; w < writers; w++) {
            work.add(pool.submit(() -> write(url, deadline, perWriterGapNanos, writeMicros)));
        }
        for (int s = 0; s < sealers; s++) {
            long offset = sealEvery * s / sealers;
            work.add(pool.submit(() -> seal(url, deadline, offset, sealEvery, sealMillis, sealed, maxBacklog)));
        }
        for (Future<?> f : work) {
            f.get();
        }
        pool.shutdown();
        long finalSeal;
        long checkMillis;
        ChainReport report;
        try (Connection db = DriverManager.getConnection(url)) {
            long t0 = System.nanoTime();
            finalSeal = AuditChain.sealAll(db);
            long t1 = System.nanoTime();
            report = AuditChain.check(db);
            checkMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t1);
            sealMillis.add(TimeUnit.NANOSECONDS.toMillis(t1 - t0));
        }
        List<Long> writes = new ArrayList<>(writeMicros);
        Collections.sort(writes);
        List<Long> seals = new ArrayList<>(sealMillis);
        Collections.sort(seals);
        System.out.printf("writers %d, target %d entries/s, %d s, %d sealers every %d ms%n", writers, rate, seconds,
                sealers, sealEvery);
        System.out.printf("entries written: %d (%.0f/s); insert+commit latency p50 %.2f ms, p99 %.2f ms, max %.2f ms%n",
                writes.size(), writes.size() / (double) seconds, pct(writes, 50) / 1000.0, pct(writes, 99) / 1000.0,
                pct(writes, 100) / 1000.0);
        System.out.printf("seals: %d runs, %d entries linked (+%d at the end); longest run %d ms; largest backlog %d%n",
                seals.size(), sealed.get(), finalSeal, seals.isEmpty() ? 0 : seals.get(seals.size() - 1), maxBacklog.get());
        System.out.printf("check: %d entries in %d ms (%.0f entries/s)%n", report.checked(), checkMillis,
                report.checked() * 1000.0 / Math.max(1, checkMillis));
        System.out.println(report.summary());
    }

    private static Void write(String url, long deadline, long gapNanos, List<Long> micros) throws SQLException {
        try (Connection db = DriverManager.getConnection(url);
             PreparedStatement insert = db.prepareStatement("INSERT INTO audit_entry (occurred_at, username, role, action,"
                     + " subject_type, subject_id, case_code, outcome, detail)"
                     + " VALUES (UTC_TIMESTAMP(3), 'measure', 'COUNTER', 'READ', 'candidate', ?, ?, 'ALLOWED', NULL)")) {
            db.setAutoCommit(false);
            long next = System.nanoTime();
            long n = 0;
            while (System.nanoTime() < deadline) {
                long t0 = System.nanoTime();
                insert.setLong(1, n);
                insert.setString(2, "MEASURE-" + n++);
                insert.executeUpdate();
                db.commit();
                micros.add(TimeUnit.NANOSECONDS.toMicros(System.nanoTime() - t0));
                next += gapNanos;
                long sleep = next - System.nanoTime();
                if (sleep > 0) {
                    TimeUnit.NANOSECONDS.sleep(sleep);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return null;
    }

    private static Void seal(String url, long deadline, long offsetMillis, long everyMillis, List<Long> millis,
                             AtomicLong sealed, AtomicLong maxBacklog) throws SQLException, InterruptedException {
        Thread.sleep(offsetMillis);
        try (Connection db = DriverManager.getConnection(url);
             PreparedStatement backlog = db.prepareStatement("SELECT COUNT(*) FROM audit_entry WHERE chain_seq IS NULL")) {
            while (System.nanoTime() < deadline) {
                try (var rs = backlog.executeQuery()) {
                    rs.next();
                    maxBacklog.accumulateAndGet(rs.getLong(1), Math::max);
                }
                int linked;
                do {
                    long t0 = System.nanoTime();
                    linked = AuditChain.sealBatch(db);
                    millis.add(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0));
                    sealed.addAndGet(linked);
                } while (linked == AuditChain.SEAL_BATCH);
                Thread.sleep(everyMillis);
            }
        }
        return null;
    }

    private static long pct(List<Long> sorted, int percent) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }
}
