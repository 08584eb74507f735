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

    private static final String FIELDS = "id, CAST(UNIX_TIMESTAMP(occurred_at) AS CHAR), username, role, action,"
            + " subject_type, subject_id, case_code, outcome, detail";

    private AuditChain() {
    }

    /**
     * Links up to {@link #SEAL_BATCH} unsealed entries in one short transaction of its own on
     * {@code db}; returns how many. The connection must not be in a transaction of a container.
     */
    public static int sealBatch(Connection db) throws SQLException {
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
            List<Object[]> pending = new ArrayList<>();
            try (PreparedStatement unsealed = db.prepareStatement("SELECT " + FIELDS
                    + " FROM audit_entry WHERE chain_seq IS NULL ORDER BY id LIMIT " + SEAL_BATCH);
                 ResultSet rs = unsealed.executeQuery()) {
                while (rs.next()) {
                    pending.add(row(rs));
                }
            }
            if (pending.isEmpty()) {
                db.rollback();
                return 0;
            }
            List<Object[]> links = new ArrayList<>(pending.size());
            for (Object[] fields : pending) {
                seq++;
                long id = (Long) fields[0];
                String hash = hash(prevHash, seq, prevId, fields);
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
            return pending.size();
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
        int sealed;
        do {
            sealed = sealBatch(db);
            total += sealed;
        } while (sealed == SEAL_BATCH);
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
            List<Object[]> page = new ArrayList<>();
            try (PreparedStatement next = db.prepareStatement("SELECT " + FIELDS + ", chain_seq, chain_prev_id, chain_hash"
                    + " FROM audit_entry WHERE chain_seq >= ? ORDER BY chain_seq LIMIT " + CHECK_PAGE)) {
                next.setLong(1, expectedSeq);
                try (ResultSet rs = next.executeQuery()) {
                    while (rs.next()) {
                        Object[] fields = row(rs);
                        page.add(new Object[] {fields, rs.getLong(11), rs.getObject(12, Long.class), rs.getString(13)});
                    }
                }
            }
            for (Object[] linked : page) {
                Object[] fields = (Object[]) linked[0];
                long id = (Long) fields[0];
                long seq = (Long) linked[1];
                Long linksTo = (Long) linked[2];
                String stored = (String) linked[3];
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
                String computed = hash(prevHash, seq, prevId, fields);
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

    private static Object[] row(ResultSet rs) throws SQLException {
        return new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getObject(7, Long.class), rs.getString(8), rs.getString(9), rs.getString(10)};
    }

    /**
     * SHA-256 over the previous hash, the entry's place in the chain and its fields. Each value is
     * written with its length, so no two different entries give the same text; the time is the
     * stored instant (epoch seconds with milliseconds), whatever the connection's time zone.
     */
    static String hash(String previousHash, long seq, Long prevId, Object[] fields) {
        StringBuilder text = new StringBuilder(previousHash).append('|');
        append(text, seq);
        append(text, prevId);
        for (Object field : fields) {
            append(text, field);
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
