package jp.tsunagu.privacy;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jp.tsunagu.platform.JsonP;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.transaction.Transactional;
import java.io.StringReader;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import jp.tsunagu.platform.NetworkDataSource;

/**
 * Everything the network holds about one person (開示請求): the record, each proposal, unplaced
 * reason, exclusion and exclusion request, placement with its attendance, follow-ups and pacing suggestions, each site
 * visit or accompaniment, each notification about them, and the audit entries about their case,
 * as the database holds them. Other people appear in nothing it returns: the moves of other people
 * inside a proposal's alternatives are left out.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Disclosure {

    @Resource(lookup = NetworkDataSource.JNDI_NAME)
    DataSource dataSource;

    /** The parts of the export, each a list of rows (column names in camelCase). */
    public JsonObject of(long candidateId) {
        try (Connection db = dataSource.getConnection()) {
            List<Long> proposals = ids(db, "SELECT id FROM proposal WHERE candidate_id = ?", candidateId);
            List<Long> placements = ids(db, "SELECT id FROM placement WHERE candidate_id = ?", candidateId);
            List<Long> bookings = ids(db, "SELECT b.id FROM booking b JOIN proposal p ON p.id = b.proposal_id"
                    + " WHERE p.candidate_id = ?", candidateId);
            List<Long> exclusions = ids(db, "SELECT id FROM pair_exclusion WHERE candidate_id = ?", candidateId);
            List<Long> requests = ids(db, "SELECT id FROM exclusion_request WHERE candidate_id = ?", candidateId);
            String placementIds = in(placements);
            return JsonP.PROVIDER.createObjectBuilder()
                    .add("candidate", rows(db, "SELECT * FROM candidate WHERE id = ?", candidateId).get(0))
                    .add("proposals", array(rows(db, "SELECT * FROM proposal WHERE candidate_id = ? ORDER BY id", candidateId)))
                    .add("unplaced", array(rows(db, "SELECT * FROM unplaced_candidate WHERE candidate_id = ? ORDER BY id", candidateId)))
                    .add("exclusions", array(rows(db, "SELECT * FROM pair_exclusion WHERE candidate_id = ? ORDER BY id", candidateId)))
                    .add("exclusionRequests", array(rows(db, "SELECT * FROM exclusion_request WHERE candidate_id = ? ORDER BY id",
                            candidateId)))
                    .add("placements", array(rows(db, "SELECT * FROM placement WHERE candidate_id = ? ORDER BY id", candidateId)))
                    .add("attendance", array(rows(db, "SELECT * FROM attendance WHERE placement_id IN " + placementIds
                            + " ORDER BY placement_id, week_start")))
                    .add("followUps", array(rows(db, "SELECT * FROM follow_up WHERE placement_id IN " + placementIds
                            + " ORDER BY id")))
                    .add("stepSuggestions", array(rows(db, "SELECT * FROM step_suggestion WHERE placement_id IN "
                            + placementIds + " ORDER BY id")))
                    .add("bookings", array(rows(db, "SELECT * FROM booking WHERE id IN " + in(bookings) + " ORDER BY id")))
                    .add("notifications", array(rows(db, "SELECT * FROM notification WHERE "
                            + notificationsAbout(candidateId, proposals, placements, bookings) + " ORDER BY id")))
                    .add("auditEntries", array(rows(db, "SELECT * FROM audit_entry WHERE "
                            + recordsAbout(candidateId, proposals, placements, bookings, exclusions, requests)
                            + " ORDER BY id")))
                    .build();
        } catch (SQLException e) {
            throw new IllegalStateException("reading the disclosure failed: " + e.getMessage(), e);
        }
    }

    /** The notifications whose subject is the person or one of their proposals, placements or bookings. */
    static String notificationsAbout(long candidateId, List<Long> proposals, List<Long> placements, List<Long> bookings) {
        return "(subject_type = 'candidate' AND subject_id = " + candidateId + ")"
                + " OR (subject_type = 'proposal' AND subject_id IN " + in(proposals) + ")"
                + " OR (subject_type = 'placement' AND subject_id IN " + in(placements) + ")"
                + " OR (subject_type = 'booking' AND subject_id IN " + in(bookings) + ")";
    }

    /**
     * The audit entries about the person's records, and the list answers that showed the person (the
     * entry only: the other cases of the same list stay out of this person's export).
     */
    private static String recordsAbout(long candidateId, List<Long> proposals, List<Long> placements,
                                       List<Long> bookings, List<Long> exclusions, List<Long> requests) {
        return "(" + notificationsAbout(candidateId, proposals, placements, bookings)
                + " OR (subject_type = 'exclusion' AND subject_id IN " + in(exclusions) + ")"
                + " OR (subject_type = 'exclusion-request' AND subject_id IN " + in(requests) + ")"
                + " OR (subject_type = 'candidate' AND id IN (SELECT entry_id FROM audit_entry_subject"
                + " WHERE subject_id = " + candidateId + ")))";
    }

    /** An SQL list of ids (numbers only, so nothing to escape); never empty, which SQL refuses. */
    private static String in(List<Long> ids) {
        return ids.isEmpty() ? "(NULL)" : ids.stream().map(String::valueOf).collect(Collectors.joining(",", "(", ")"));
    }

    private static List<Long> ids(Connection db, String sql, long id) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            statement.setLong(1, id);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        return ids;
    }

    private static JsonArray array(List<JsonObject> rows) {
        JsonArrayBuilder array = JsonP.PROVIDER.createArrayBuilder();
        rows.forEach(array::add);
        return array.build();
    }

    private static List<JsonObject> rows(Connection db, String sql, Object... parameters) throws SQLException {
        List<JsonObject> rows = new ArrayList<>();
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = statement.executeQuery()) {
                ResultSetMetaData meta = rs.getMetaData();
                while (rs.next()) {
                    JsonObjectBuilder row = JsonP.PROVIDER.createObjectBuilder();
                    for (int c = 1; c <= meta.getColumnCount(); c++) {
                        String column = meta.getColumnLabel(c);
                        row.add(camelCase(column), value(rs, c, meta.getColumnType(c), column));
                    }
                    rows.add(row.build());
                }
            }
        }
        return rows;
    }

    private static JsonValue value(ResultSet rs, int c, int type, String column) throws SQLException {
        if (rs.getObject(c) == null) {
            return JsonValue.NULL;
        }
        return switch (type) {
            case Types.BIGINT, Types.INTEGER, Types.SMALLINT, Types.TINYINT -> JsonP.PROVIDER.createValue(rs.getLong(c));
            case Types.DECIMAL, Types.NUMERIC -> JsonP.PROVIDER.createValue(rs.getBigDecimal(c));
            case Types.DOUBLE, Types.FLOAT, Types.REAL -> JsonP.PROVIDER.createValue(BigDecimal.valueOf(rs.getDouble(c)));
            case Types.BIT, Types.BOOLEAN -> rs.getBoolean(c) ? JsonValue.TRUE : JsonValue.FALSE;
            case Types.DATE -> JsonP.PROVIDER.createValue(rs.getObject(c, LocalDate.class).toString());
            case Types.TIME -> JsonP.PROVIDER.createValue(rs.getObject(c, LocalTime.class).toString());
            case Types.TIMESTAMP -> JsonP.PROVIDER.createValue(rs.getObject(c, LocalDateTime.class).toString());
            default -> text(column, rs.getString(c));
        };
    }

    /** JSON held in a column is returned as JSON; other people's moves are cut from the alternatives. */
    private static JsonValue text(String column, String text) {
        if (!column.endsWith("_json")) {
            return JsonP.PROVIDER.createValue(text);
        }
        JsonValue parsed;
        try (var reader = JsonP.PROVIDER.createReader(new StringReader(text))) {
            parsed = reader.readValue();
        } catch (RuntimeException e) {
            return JsonP.PROVIDER.createValue(text);
        }
        if (!"alternatives_json".equals(column) || parsed.getValueType() != JsonValue.ValueType.ARRAY) {
            return parsed;
        }
        JsonArrayBuilder alternatives = JsonP.PROVIDER.createArrayBuilder();
        for (JsonValue alternative : parsed.asJsonArray()) {
            if (alternative.getValueType() == JsonValue.ValueType.OBJECT) {
                alternatives.add(JsonP.PROVIDER.createObjectBuilder(alternative.asJsonObject()).remove("moves"));
            } else {
                alternatives.add(alternative);
            }
        }
        return alternatives.build();
    }

    static String camelCase(String column) {
        StringBuilder name = new StringBuilder();
        boolean upper = false;
        for (char ch : column.toLowerCase(java.util.Locale.ROOT).toCharArray()) {
            if (ch == '_') {
                upper = true;
            } else {
                name.append(upper ? Character.toUpperCase(ch) : ch);
                upper = false;
            }
        }
        return name.toString();
    }
}
