package jp.tsunagu.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Published proposals for the browser tests, each for a new person of a counter, written straight into
 * the database as a published round leaves them (with one alternative), so that a test does not depend
 * on which sample proposals other tests have decided or superseded, nor wait for a round to be solved.
 */
public final class PublishedProposals {

    private PublishedProposals() {
    }

    /**
     * A new person of {@code municipality}, registered by {@code counterAccount}, with a proposal in
     * the latest published round to a slot whose supervisor holds nobody now (of the municipality's
     * hosts first), so that the accepted person finds room whatever other tests ran before.
     */
    public static long forANewPerson(URL base, String counterAccount, String municipality) throws Exception {
        return create(base, counterAccount, municipality, null);
    }

    /**
     * The same, to a slot of the host {@code hostId} (its first open one): for the screens of a host
     * account. Accepting and confirming a proposal's own slot do not check the room left in it.
     */
    public static long forANewPersonAtHost(URL base, String counterAccount, String municipality, long hostId)
            throws Exception {
        return create(base, counterAccount, municipality, hostId);
    }

    private static long create(URL base, String counterAccount, String municipality, Long hostId) throws Exception {
        Api counter = new Api(base).as(counterAccount);
        String caseCode = "UIP-" + UUID.randomUUID().toString().substring(0, 8);
        var created = counter.post("/candidates", SampleAccounts.candidateJson(caseCode, municipality));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long person = created.json().getJsonNumber("id").longValue();
        long counterId = counter.get("/me").json().getJsonNumber("counterId").longValue();
        try (Connection db = DriverManager.getConnection(System.getProperty("test.db.url"))) {
            long round = single(db, "SELECT id FROM matching_round WHERE prefecture_code = '20' AND published_at IS NOT NULL"
                    + " ORDER BY id DESC LIMIT 1");
            List<long[]> slots = freeSlots(db, municipality);
            long[] proposed = hostId == null ? slots.get(0) : slotOfHost(db, hostId);
            long[] alternative = slots.get(1);
            String alternatives = """
                    [{"rank":1,"slotId":%d,"travelMinutes":25,"travelledBy":"PUBLIC_TRANSPORT",
                      "scoreDifference":"0hard/0medium/-12soft","explanationJa":"画面テストの代わりの候補：静かな作業場です。",
                      "hostId":%d,"hostName":"代わりの受入先","taskTitle":"花壇の手入れ","workKind":"GARDENING",
                      "weekdays":["MONDAY","WEDNESDAY"],"startTime":"09:00","hoursPerDay":2,"moves":[]}]
                    """.formatted(alternative[0], alternative[1]);
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO proposal (round_id, candidate_id,"
                    + " municipality_code, counter_id, slot_id, host_id, travel_minutes, travelled_by, pinned,"
                    + " kept_from_last_round, explanation_ja, alternatives_json, state) VALUES (?, ?, ?, ?, ?, ?, 30,"
                    + " 'PUBLIC_TRANSPORT', FALSE, FALSE, '画面テストの提案：関心のある園芸に近く、片道30分で通えます。', ?, 'PUBLISHED')",
                    Statement.RETURN_GENERATED_KEYS)) {
                insert.setLong(1, round);
                insert.setLong(2, person);
                insert.setString(3, municipality);
                insert.setLong(4, counterId);
                insert.setLong(5, proposed[0]);
                insert.setLong(6, proposed[1]);
                insert.setString(7, alternatives);
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        }
    }

    /**
     * Two open slots, of the municipality's hosts first, whose supervisors hold nobody now (no live
     * proposal, no running placement).
     */
    private static List<long[]> freeSlots(Connection db, String municipality) throws Exception {
        try (PreparedStatement query = db.prepareStatement("SELECT s.id, t.host_id FROM trial_slot s"
                + " JOIN task t ON t.id = s.task_id JOIN host h ON h.id = t.host_id WHERE s.open"
                + " AND NOT EXISTS (SELECT 1 FROM proposal p JOIN trial_slot s2 ON s2.id = p.slot_id"
                + "   JOIN task t2 ON t2.id = s2.task_id WHERE t2.supervisor_id = t.supervisor_id"
                + "   AND p.state IN ('DRAFT', 'PUBLISHED', 'ACCEPTED', 'CONFIRMED'))"
                + " AND NOT EXISTS (SELECT 1 FROM placement pl JOIN trial_slot s3 ON s3.id = pl.slot_id"
                + "   JOIN task t3 ON t3.id = s3.task_id WHERE t3.supervisor_id = t.supervisor_id AND pl.state = 'ACTIVE')"
                + " ORDER BY h.municipality_code = ? DESC, s.id LIMIT 2")) {
            query.setString(1, municipality);
            try (ResultSet rows = query.executeQuery()) {
                List<long[]> slots = new ArrayList<>();
                while (rows.next()) {
                    slots.add(new long[] {rows.getLong(1), rows.getLong(2)});
                }
                assertThat(slots).hasSize(2);
                return slots;
            }
        }
    }

    private static long[] slotOfHost(Connection db, long hostId) throws Exception {
        try (PreparedStatement query = db.prepareStatement("SELECT s.id FROM trial_slot s JOIN task t ON t.id = s.task_id"
                + " WHERE t.host_id = ? AND s.open ORDER BY s.id LIMIT 1")) {
            query.setLong(1, hostId);
            try (ResultSet rows = query.executeQuery()) {
                assertThat(rows.next()).as("an open slot of host " + hostId).isTrue();
                return new long[] {rows.getLong(1), hostId};
            }
        }
    }

    private static long single(Connection db, String sql) throws Exception {
        try (Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            assertThat(rows.next()).as(sql).isTrue();
            return rows.getLong(1);
        }
    }
}
