package jp.tsunagu.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The cases that list answers' audit entries name ({@code audit_entry_subject}), read for the hash
 * chain a bounded number at a time: an entry names up to a thousand cases.
 */
final class Subjects {

    private static final int IDS_PER_QUERY = 500;

    private Subjects() {
    }

    /** How many of the leading entries name at most {@code limit} cases together; at least one. */
    static int entriesWithin(List<AuditChain.Entry> entries, int limit) {
        long cases = 0;
        for (int i = 0; i < entries.size(); i++) {
            Integer count = entries.get(i).subjectCount();
            cases += count == null ? 0 : Math.max(0, count);
            if (cases > limit) {
                return Math.max(1, i);
            }
        }
        return entries.size();
    }

    /** The cases of those entries that answered a list, by entry id, each list in case id order. */
    static Map<Long, List<Object[]>> of(Connection db, List<AuditChain.Entry> entries) throws SQLException {
        List<Long> ids = entries.stream().filter(e -> e.subjectCount() != null).map(AuditChain.Entry::id).toList();
        Map<Long, List<Object[]>> cases = new HashMap<>();
        for (int from = 0; from < ids.size(); from += IDS_PER_QUERY) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + IDS_PER_QUERY));
            try (PreparedStatement select = db.prepareStatement("SELECT entry_id, subject_id, case_code"
                    + " FROM audit_entry_subject WHERE entry_id IN ("
                    + String.join(",", Collections.nCopies(chunk.size(), "?")) + ") ORDER BY entry_id, subject_id")) {
                int p = 1;
                for (Long id : chunk) {
                    select.setLong(p++, id);
                }
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        cases.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                                .add(new Object[] {rs.getLong(2), rs.getString(3)});
                    }
                }
            }
        }
        return cases;
    }

    /** Reads the cases of a page of entries group by group, as a check walks them in order. */
    static final class Reader {

        private final Connection db;
        private final List<AuditChain.Entry> entries;
        private final int limit;
        private int cursor;
        private int loadedUpTo;
        private Map<Long, List<Object[]>> loaded = Map.of();

        Reader(Connection db, List<AuditChain.Entry> entries, int limit) {
            this.db = db;
            this.entries = entries;
            this.limit = limit;
        }

        /** The cases of the group holding this entry (an entry of the page, asked for in page order). */
        Map<Long, List<Object[]>> upTo(AuditChain.Entry entry) throws SQLException {
            while (cursor < entries.size() && entries.get(cursor) != entry) {
                cursor++;
            }
            if (cursor == entries.size()) {
                throw new IllegalArgumentException("entry " + entry.id() + " is not on this page, or was asked for out of order");
            }
            if (entry.subjectCount() == null || cursor < loadedUpTo) {
                return loaded;
            }
            int at = cursor;
            List<AuditChain.Entry> rest = entries.subList(at, entries.size());
            List<AuditChain.Entry> group = rest.subList(0, entriesWithin(rest, limit));
            loaded = of(db, group);
            loadedUpTo = at + group.size();
            return loaded;
        }
    }
}
