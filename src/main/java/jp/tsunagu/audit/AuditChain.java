package jp.tsunagu.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The hash chain over the audit trail, on plain JDBC so that the service and the command-line check
 * ({@code jp.tsunagu.tools.AuditChainCheck}) compute it the same way.
 *
 * <p>Requests write entries without a link. {@link #seal} links the entries not yet sealed, in id order,
 * after the chain's last one: each gets its position, the id of the entry before it and
 * {@code SHA-256(previous hash + canonical fields)}. Only sealers take the chain head's row lock, for the
 * length of one batch; a request never waits for it. An entry whose transaction commits after a later
 * id was sealed is simply linked by the next seal: the chain's order is the order of sealing.
 *
 * <p>{@link #check} walks the chain by position and names the first entry that does not fit: changed
 * (its hash differs), deleted (its position is missing and the next entry still links to its id) or cut
 * off at the end (the head names a position no entry holds).
 */
public final class AuditChain {

    /** The hash the first entry links to. */
    public static final String GENESIS = "0".repeat(64);

    /** How many entries one seal links under the lock; a backlog takes several short locks. */
    public static final int SEAL_BATCH = 2000;

    private static final int CHECK_PAGE = 5000;

    private static final int LINKS_PER_STATEMENT = 250;

    /**
     * How many cases of list answers one seal, or one step of a check, reads at most: an entry names up
     * to a thousand, so a batch of entries is cut short when its cases pass this.
     */
    static final int SUBJECTS_PER_STEP = 20_000;

    /** The hashed fields, then subject_count (hashed with the cases when present). */
    private static final String FIELDS = "id, CAST(UNIX_TIMESTAMP(occurred_at) AS CHAR), username, role, action,"
            + " subject_type, subject_id, case_code, outcome, detail, subject_count";

    private AuditChain() {
    }

    /** What one seal did: how many entries it linked, and whether more may be waiting. */
    private record Sealed(int entries, boolean full) {
    }

    /**
     * Links up to {@link #SEAL_BATCH} unsealed entries (fewer when their cases pass
     * {@link #SUBJECTS_PER_STEP}) in one short transaction of its own on {@code db}; returns how many.
     * The connection must not be in a transaction of a container.
     */
    public static int sealBatch(Connection db) throws SQLException {
        return seal(db).entries();
    }

    private static Sealed seal(Connection db) throws SQLException {
        boolean autoCommit = db.getAutoCommit();
        int isolation = db.getTransactionIsolation();
        // Read committed: after waiting for the head's lock, the entries another sealer linked are seen.
        db.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
        db.setAutoCommit(false);
        try {
            long seq;
            Long prevId;
            String prevHash;
            try (PreparedStatement head = db.prepareStatement(
                    "SELECT last_seq, last_id, last_hash FROM audit_chain_head WHERE id = 1 FOR UPDATE");
                 ResultSet rs = head.executeQuery()) {
                if (!rs.next()) {
                    throw new SQLException("audit_chain_head has no row");
                }
                seq = rs.getLong(1);
                prevId = (Long) rs.getObject(2, Long.class);
                prevHash = rs.getString(3);
            }
            List<Entry> pending = new ArrayList<>();
            try (PreparedStatement unsealed = db.prepareStatement("SELECT " + FIELDS
                    + " FROM audit_entry WHERE chain_seq IS NULL ORDER BY id LIMIT " + SEAL_BATCH);
                 ResultSet rs = unsealed.executeQuery()) {
                while (rs.next()) {
                    pending.add(entry(rs));
                }
            }
            if (pending.isEmpty()) {
                db.rollback();
                return new Sealed(0, false);
            }
            boolean full = pending.size() == SEAL_BATCH;
            int withinStep = Subjects.entriesWithin(pending, SUBJECTS_PER_STEP);
            if (withinStep < pending.size()) {
                pending = pending.subList(0, withinStep);
                full = true;
            }
            Map<Long, List<Object[]>> subjects = Subjects.of(db, pending);
            List<Object[]> links = new ArrayList<>(pending.size());
            for (Entry entry : pending) {
                seq++;
                long id = entry.id();
                String hash = hash(prevHash, seq, prevId, entry.fields(), entry.listed(subjects));
                links.add(new Object[] {id, seq, prevId, hash});
                prevId = id;
                prevHash = hash;
            }
            for (int from = 0; from < links.size(); from += LINKS_PER_STATEMENT) {
                link(db, links.subList(from, Math.min(links.size(), from + LINKS_PER_STATEMENT)));
            }
            try (PreparedStatement head = db.prepareStatement("UPDATE audit_chain_head SET last_seq = ?, last_id = ?,"
                    + " last_hash = ?, sealed_at = UTC_TIMESTAMP(3) WHERE id = 1")) {
                head.setLong(1, seq);
                head.setLong(2, prevId);
                head.setString(3, prevHash);
                head.executeUpdate();
            }
            db.commit();
            return new Sealed(pending.size(), full);
        } catch (SQLException | RuntimeException e) {
            db.rollback();
            throw e;
        } finally {
            db.setAutoCommit(autoCommit);
            db.setTransactionIsolation(isolation);
        }
    }

    /** One statement links many entries: a round trip per entry would hold the head's lock far longer. */
    private static void link(Connection db, List<Object[]> links) throws SQLException {
        String cases = " WHEN ? THEN ?".repeat(links.size());
        String sql = "UPDATE audit_entry SET chain_seq = CASE id" + cases + " END, chain_prev_id = CASE id" + cases
                + " END, chain_hash = CASE id" + cases + " END WHERE chain_seq IS NULL AND id IN ("
                + String.join(",", java.util.Collections.nCopies(links.size(), "?")) + ")";
        try (PreparedStatement update = db.prepareStatement(sql)) {
            int p = 1;
            for (int column = 1; column <= 3; column++) {
                for (Object[] link : links) {
                    update.setLong(p++, (Long) link[0]);
                    update.setObject(p++, link[column]);
                }
            }
            for (Object[] link : links) {
                update.setLong(p++, (Long) link[0]);
            }
            int updated = update.executeUpdate();
            if (updated != links.size()) {
                throw new SQLException("linked " + updated + " of " + links.size() + " audit entries; none is linked");
            }
        }
    }

    /** Seals until nothing is left; returns how many entries were linked. */
    public static long sealAll(Connection db) throws SQLException {
        long total = 0;
        Sealed sealed;
        do {
            sealed = seal(db);
            total += sealed.entries();
        } while (sealed.full());
        return total;
    }

    /** Walks the sealed chain on one consistent snapshot of {@code db}. */
    public static ChainReport check(Connection db) throws SQLException {
        boolean autoCommit = db.getAutoCommit();
        int isolation = db.getTransactionIsolation();
        db.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        db.setAutoCommit(false);
        try {
            return walk(db);
        } finally {
            db.rollback();
            db.setAutoCommit(autoCommit);
            db.setTransactionIsolation(isolation);
        }
    }

    private static ChainReport walk(Connection db) throws SQLException {
        long headSeq;
        Long headId;
        String headHash;
        try (PreparedStatement head = db.prepareStatement("SELECT last_seq, last_id, last_hash FROM audit_chain_head WHERE id = 1");
             ResultSet rs = head.executeQuery()) {
            if (!rs.next()) {
                throw new SQLException("audit_chain_head has no row");
            }
            headSeq = rs.getLong(1);
            headId = (Long) rs.getObject(2, Long.class);
            headHash = rs.getString(3);
        }
        long unsealed;
        try (PreparedStatement count = db.prepareStatement("SELECT COUNT(*) FROM audit_entry WHERE chain_seq IS NULL");
             ResultSet rs = count.executeQuery()) {
            rs.next();
            unsealed = rs.getLong(1);
        }
        long expectedSeq = 1;
        Long prevId = null;
        String prevHash = GENESIS;
        long checked = 0;
        while (true) {
            List<Linked> page = new ArrayList<>();
            try (PreparedStatement next = db.prepareStatement("SELECT " + FIELDS + ", chain_seq, chain_prev_id, chain_hash"
                    + " FROM audit_entry WHERE chain_seq >= ? ORDER BY chain_seq LIMIT " + CHECK_PAGE)) {
                next.setLong(1, expectedSeq);
                try (ResultSet rs = next.executeQuery()) {
                    while (rs.next()) {
                        page.add(new Linked(entry(rs), rs.getLong(12), rs.getObject(13, Long.class), rs.getString(14)));
                    }
                }
            }
            Subjects.Reader subjects = new Subjects.Reader(db, page.stream().map(Linked::entry).toList(),
                    SUBJECTS_PER_STEP);
            for (Linked linked : page) {
                Entry entry = linked.entry();
                Object[] fields = entry.fields();
                long id = entry.id();
                long seq = linked.seq();
                Long linksTo = linked.linksTo();
                String stored = linked.hash();
                if (seq != expectedSeq) {
                    return ChainReport.broken(checked, unsealed, linksTo, expectedSeq,
                            "監査記録 " + describe(linksTo) + "（チェーン上の位置 " + expectedSeq
                                    + (seq - 1 > expectedSeq ? "〜" + (seq - 1) : "") + "）がありません。削除された可能性があります"
                                    + "（次の記録 " + id + " はこの記録につながっています）。");
                }
                if (!Objects.equals(linksTo, prevId)) {
                    return ChainReport.broken(checked, unsealed, id, seq, "監査記録 " + id + " は記録 " + describe(linksTo)
                            + " につながっていますが、チェーン上の直前の記録は " + describe(prevId) + " です。");
                }
                String computed = hash(prevHash, seq, prevId, fields, entry.listed(subjects.upTo(entry)));
                if (!computed.equals(stored)) {
                    return ChainReport.broken(checked, unsealed, id, seq, "監査記録 " + id
                            + " の内容が封印時と一致しません（改ざんの可能性があります。直前の記録 " + describe(prevId)
                            + " のハッシュだけが書き換えられた場合もこう表示されます）。保存されたハッシュ " + stored
                            + "、内容から計算したハッシュ " + computed + "。");
                }
                prevId = id;
                prevHash = stored;
                expectedSeq++;
                checked++;
            }
            if (page.size() < CHECK_PAGE) {
                break;
            }
        }
        if (headSeq != checked) {
            return ChainReport.broken(checked, unsealed, headId, headSeq, "チェーンの末尾の監査記録 " + describe(headId)
                    + "（位置 " + headSeq + "）がありません。最後の " + (headSeq - checked) + " 件が削除された可能性があります。");
        }
        if (!headHash.equals(prevHash)) {
            return ChainReport.broken(checked, unsealed, headId, headSeq,
                    "チェーンの末尾のハッシュがチェーン管理の記録と一致しません。");
        }
        return ChainReport.intact(checked, unsealed, headHash);
    }

    private static String describe(Long id) {
        return id == null ? "（なし）" : String.valueOf(id);
    }

    /** An entry as hashed: its fields, and how many cases it names when it answered a list. */
    record Entry(Object[] fields, Integer subjectCount) {

        long id() {
            return (Long) fields[0];
        }

        /** The cases it names, or null for an entry about one record. */
        Listed listed(Map<Long, List<Object[]>> subjects) {
            return subjectCount == null ? null : new Listed(subjectCount, subjects.getOrDefault(id(), List.of()));
        }
    }

    /** A sealed entry as a check reads it: the entry, its position, the id it links to and its hash. */
    private record Linked(Entry entry, long seq, Long linksTo, String hash) {
    }

    /** The cases a list answer's entry names: the count it declares, and each case (id, case code) in id order. */
    record Listed(int declared, List<Object[]> cases) {
    }

    private static Entry entry(ResultSet rs) throws SQLException {
        return new Entry(new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getObject(7, Long.class), rs.getString(8), rs.getString(9),
                rs.getString(10)}, rs.getObject(11, Integer.class));
    }

    /** An entry about one record: {@link #hash(String, long, Long, Object[], Listed)} without cases. */
    static String hash(String previousHash, long seq, Long prevId, Object[] fields) {
        return hash(previousHash, seq, prevId, fields, null);
    }

    /**
     * SHA-256 over the previous hash, the entry's place in the chain, its fields and, for a list
     * answer, the number of cases and each case (id and case code). Each value is written with its
     * length, so no two different entries give the same text; the time is the stored instant (epoch
     * seconds with milliseconds), whatever the connection's time zone. An entry without cases is
     * hashed exactly as before list answers named theirs, so chains sealed earlier still check.
     */
    static String hash(String previousHash, long seq, Long prevId, Object[] fields, Listed listed) {
        StringBuilder text = new StringBuilder(previousHash).append('|');
        append(text, seq);
        append(text, prevId);
        for (Object field : fields) {
            append(text, field);
        }
        if (listed != null) {
            text.append("cases#");
            append(text, listed.declared());
            for (Object[] subject : listed.cases()) {
                append(text, subject[0]);
                append(text, subject[1]);
            }
        }
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static void append(StringBuilder text, Object value) {
        if (value == null) {
            text.append("~;");
        } else {
            String s = value.toString();
            text.append(s.length()).append(':').append(s).append(';');
        }
    }
}
