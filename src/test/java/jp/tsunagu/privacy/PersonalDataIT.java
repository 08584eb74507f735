package jp.tsunagu.privacy;

import static jp.tsunagu.support.SampleAccounts.COORDINATOR;
import static jp.tsunagu.support.SampleAccounts.EMPLOYER;
import static jp.tsunagu.support.SampleAccounts.MATSUMOTO;
import static jp.tsunagu.support.SampleAccounts.MATSUMOTO_COUNTER;
import static jp.tsunagu.support.SampleAccounts.NAGANO_CITY_COUNTER;
import static jp.tsunagu.support.SampleAccounts.candidateJson;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import jp.tsunagu.support.Api;
import jp.tsunagu.support.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Personal data on the real database: the audit chain reveals a changed or deleted entry and links
 * every entry of concurrent requests; a disclosure holds one person's data and nobody else's; a closed
 * case is anonymised once its retention period has passed, and not before, with the figures unchanged.
 * Tampering is undone at the end of each test, so the chain is intact for the tests that follow.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PersonalDataIT {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Tokyo"));

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtWar();
    }

    @ArquillianResource
    URL base;

    Api coordinator;
    Api counter;
    Api foreignCounter;

    @BeforeEach
    void accounts() {
        coordinator = new Api(base).as(COORDINATOR);
        counter = new Api(base).as(MATSUMOTO_COUNTER);
        foreignCounter = new Api(base).as(NAGANO_CITY_COUNTER);
    }

    // --- the audit chain ------------------------------------------------------------------------------

    @Test
    @Order(1)
    void anUntouchedChainChecksIntact() {
        counter.get("/candidates");
        JsonObject report = chain();
        assertThat(report.getBoolean("intact")).as(report.toString()).isTrue();
        assertThat(report.getJsonNumber("checked").longValue()).isPositive();
        assertThat(report.getString("headHash")).hasSize(64);
        assertThat(counter.get("/audit/chain").status()).isEqualTo(403);
    }

    @Test
    @Order(2)
    void entriesOfConcurrentRequestsAreAllLinked() throws Exception {
        long id = submit("AC-");
        long before = maxAuditId();
        // No more at once than an instance admits (8), so that none is refused as busy on a slow machine.
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < 96; i++) {
                calls.add(() -> counter.get("/candidates/" + id).status());
            }
            for (int i = 0; i < 6; i++) {
                // Sealers racing with the requests and with each instance's timer.
                calls.add(() -> coordinator.get("/audit/chain").status());
            }
            for (Future<Integer> call : pool.invokeAll(calls)) {
                assertThat(call.get()).isEqualTo(200);
            }
        } finally {
            pool.shutdown();
        }
        JsonObject report = chain();
        assertThat(report.getBoolean("intact")).as(report.toString()).isTrue();
        assertThat(query("SELECT COUNT(*) FROM audit_entry WHERE subject_type = 'candidate' AND subject_id = ?"
                + " AND action = 'READ' AND chain_seq IS NOT NULL AND id > ?", id, before)).isEqualTo(96);
        assertThat(query("SELECT COUNT(*) FROM audit_entry WHERE chain_seq IS NULL AND id <= ?", maxAuditId()))
                .as("entries left unlinked").isZero();
        assertThat(query("SELECT COUNT(*) FROM audit_entry WHERE chain_seq IS NOT NULL"))
                .as("positions 1..n, none twice, none skipped")
                .isEqualTo(query("SELECT MAX(chain_seq) FROM audit_entry"));
    }

    @Test
    @Order(3)
    void aChangedEntryIsNamed() throws Exception {
        chain();
        long victim = sealedEntryInTheMiddle();
        String original = text("SELECT detail FROM audit_entry WHERE id = ?", victim);
        execute("UPDATE audit_entry SET detail = 'nothing happened' WHERE id = ?", victim);
        try {
            JsonObject report = chain();
            assertThat(report.getBoolean("intact")).isFalse();
            assertThat(report.getJsonNumber("brokenEntryId").longValue()).isEqualTo(victim);
            assertThat(report.getString("problem")).contains(String.valueOf(victim)).contains("一致しません");
        } finally {
            execute("UPDATE audit_entry SET detail = ? WHERE id = ?", original, victim);
        }
        assertThat(chain().getBoolean("intact")).as("the original content fits again").isTrue();
    }

    @Test
    @Order(4)
    void aDeletedEntryIsNamed() throws Exception {
        chain();
        long victim = sealedEntryInTheMiddle();
        Map<String, Object> row = row("SELECT * FROM audit_entry WHERE id = ?", victim);
        execute("DELETE FROM audit_entry WHERE id = ?", victim);
        try {
            JsonObject report = chain();
            assertThat(report.getBoolean("intact")).isFalse();
            assertThat(report.getJsonNumber("brokenEntryId").longValue()).isEqualTo(victim);
            assertThat(report.getString("problem")).contains(String.valueOf(victim)).contains("ありません");
        } finally {
            insert("audit_entry", row);
        }
        assertThat(chain().getBoolean("intact")).isTrue();

        // The newest sealed entry, cut off at the end, is named through the chain head.
        long last = query("SELECT last_id FROM audit_chain_head WHERE id = 1");
        Map<String, Object> lastRow = row("SELECT * FROM audit_entry WHERE id = ?", last);
        execute("DELETE FROM audit_entry WHERE id = ?", last);
        try {
            JsonObject report = chain();
            assertThat(report.getBoolean("intact")).isFalse();
            assertThat(report.getJsonNumber("brokenEntryId").longValue()).isEqualTo(last);
        } finally {
            insert("audit_entry", lastRow);
        }
        assertThat(chain().getBoolean("intact")).isTrue();
    }

    @Test
    @Order(4)
    void aPageIsOneEntryAndACaseTakenOutOfItIsNamed() throws Exception {
        long before = maxAuditId();
        var page = counter.get("/candidates?limit=3");
        assertThat(page.status()).isEqualTo(200);
        List<Long> shown = page.array().getValuesAs(JsonObject.class).stream()
                .map(p -> p.getJsonNumber("id").longValue()).toList();
        assertThat(shown).hasSize(3);
        long entry = query("SELECT id FROM audit_entry WHERE id > ? AND username = ? AND action = 'LIST'",
                before, MATSUMOTO_COUNTER);
        assertThat(query("SELECT COUNT(*) FROM audit_entry WHERE id > ? AND username = ? AND action = 'LIST'",
                before, MATSUMOTO_COUNTER)).as("one entry for the page").isEqualTo(1);
        assertThat(query("SELECT subject_count FROM audit_entry WHERE id = ?", entry)).isEqualTo(3);
        assertThat(query("SELECT COUNT(*) FROM audit_entry_subject WHERE entry_id = ? AND subject_id IN (?, ?, ?)",
                entry, shown.get(0), shown.get(1), shown.get(2))).isEqualTo(3);
        assertThat(coordinator.get("/audit?subjectType=candidate&subjectId=" + shown.get(1)).array()
                .getValuesAs(JsonObject.class)).anySatisfy(e -> {
                    assertThat(e.getJsonNumber("id").longValue()).isEqualTo(entry);
                    assertThat(e.getInt("subjectCount")).isEqualTo(3);
                });
        assertThat(chain().getBoolean("intact")).isTrue();

        Map<String, Object> taken = row("SELECT * FROM audit_entry_subject WHERE entry_id = ? AND subject_id = ?",
                entry, shown.get(1));
        execute("DELETE FROM audit_entry_subject WHERE entry_id = ? AND subject_id = ?", entry, shown.get(1));
        try {
            JsonObject report = chain();
            assertThat(report.getBoolean("intact")).as("a read hidden from the trail").isFalse();
            assertThat(report.getJsonNumber("brokenEntryId").longValue()).isEqualTo(entry);
        } finally {
            insert("audit_entry_subject", taken);
        }
        assertThat(chain().getBoolean("intact")).isTrue();

        String code = text("SELECT case_code FROM audit_entry_subject WHERE entry_id = ? AND subject_id = ?",
                entry, shown.get(0));
        execute("UPDATE audit_entry_subject SET case_code = 'XX-9999' WHERE entry_id = ? AND subject_id = ?",
                entry, shown.get(0));
        try {
            assertThat(chain().getJsonNumber("brokenEntryId").longValue()).as("a case code changed").isEqualTo(entry);
        } finally {
            execute("UPDATE audit_entry_subject SET case_code = ? WHERE entry_id = ? AND subject_id = ?",
                    code, entry, shown.get(0));
        }
        assertThat(chain().getBoolean("intact")).isTrue();
    }

    // --- disclosure (開示請求) ---------------------------------------------------------------------------

    @Test
    @Order(5)
    void aDisclosureHoldsThePersonsDataAndNobodyElses() throws Exception {
        History person = personWithHistory();
        long other = submit("DO-");
        String otherCode = counter.get("/candidates/" + other).json().getString("caseCode");
        assertThat(counter.list("/candidates")).extracting(p -> p.asJsonObject().getJsonNumber("id").longValue())
                .contains(person.id, other);

        var reply = counter.get("/privacy/candidates/" + person.id + "/disclosure");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        JsonObject export = reply.json();
        assertThat(export.getString("caseCode")).isEqualTo(person.caseCode);
        assertThat(export.getJsonObject("candidate").getString("caseCode")).isEqualTo(person.caseCode);
        assertThat(export.getJsonObject("candidate").getString("accommodationNeeds")).contains("quiet_place");
        assertThat(only(export, "proposals").getString("declineNote")).isEqualTo("本人が自宅から遠いと判断");
        assertThat(only(export, "placements").getString("endReason")).isEqualTo("家族の事情で終了");
        assertThat(only(export, "attendance").getInt("daysAttended")).isEqualTo(2);
        assertThat(only(export, "followUps").getString("note")).isEqualTo("面談で体調を確認");
        assertThat(only(export, "bookings").getString("note")).isEqualTo("駅で待ち合わせ");
        assertThat(only(export, "exclusions").getString("note")).isEqualTo("本人の希望で除外");
        assertThat(only(export, "notifications").getString("bodyJa")).contains(person.caseCode);
        assertThat(export.getJsonArray("auditEntries").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("action")).contains("CREATE", "READ", "LIST");
        assertThat(export.getJsonArray("auditEntries").getValuesAs(JsonObject.class))
                .as("the page that showed the person, counted but without the other cases it showed")
                .anySatisfy(e -> assertThat(e.get("subjectCount")).isInstanceOf(JsonNumber.class)
                        .satisfies(n -> assertThat(((JsonNumber) n).intValue()).isGreaterThan(1)));
        for (String part : List.of("proposals", "placements", "exclusions", "unplaced")) {
            for (JsonObject row : export.getJsonArray(part).getValuesAs(JsonObject.class)) {
                assertThat(row.getJsonNumber("candidateId").longValue()).isEqualTo(person.id);
            }
        }
        assertThat(reply.body()).doesNotContain(otherCode);

        assertThat(coordinator.get("/privacy/candidates/" + person.id + "/disclosure").status()).isEqualTo(200);
        assertThat(new Api(base).as(EMPLOYER).get("/privacy/candidates/" + person.id + "/disclosure").status())
                .isEqualTo(403);
        var foreign = foreignCounter.get("/privacy/candidates/" + person.id + "/disclosure");
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.body()).doesNotContain(person.caseCode);
        JsonArray trail = coordinator.get("/audit?subjectType=candidate&subjectId=" + person.id).array();
        assertThat(trail.getValuesAs(JsonObject.class))
                .anySatisfy(e -> {
                    assertThat(e.getString("username")).isEqualTo(NAGANO_CITY_COUNTER);
                    assertThat(e.getString("outcome")).isEqualTo("DENIED");
                    assertThat(e.getString("action")).isEqualTo("EXPORT");
                })
                .anySatisfy(e -> {
                    assertThat(e.getString("username")).isEqualTo(MATSUMOTO_COUNTER);
                    assertThat(e.getString("outcome")).isEqualTo("ALLOWED");
                    assertThat(e.getString("action")).isEqualTo("EXPORT");
                });
    }

    // --- retention and anonymisation -------------------------------------------------------------------

    @Test
    @Order(6)
    void aClosedCaseIsAnonymisedOnceItsRetentionPeriodHasPassed() throws Exception {
        History person = personWithHistory();
        long recent = submit("RR-");
        assertThat(counter.post("/candidates/" + person.id + "/withdrawal", "").status()).isEqualTo(200);
        assertThat(counter.post("/candidates/" + recent + "/withdrawal", "").status()).isEqualTo(200);
        JsonObject recentBefore = coordinator.get("/candidates/" + recent).json();

        // Four years after closing, with the default of five: nothing changes.
        execute("UPDATE candidate SET closed_on = ? WHERE id = ?", TODAY.minusYears(4), person.id);
        JsonObject early = retentionCheck();
        assertThat(early.getInt("retentionYears")).isEqualTo(5);
        assertThat(ids(early)).doesNotContain(person.id, recent);
        assertThat(coordinator.get("/candidates/" + person.id).json().getString("caseCode")).isEqualTo(person.caseCode);

        Map<String, Integer> peopleBefore = perMunicipality(coordinator.list("/candidates"));
        Map<String, Integer> placementsBefore = perMunicipality(coordinator.get("/placements").array());
        execute("UPDATE candidate SET closed_on = ? WHERE id = ?", TODAY.minusYears(5).minusDays(1), person.id);
        assertThat(counter.post("/privacy/retention-checks", "").status()).isEqualTo(403);
        JsonObject due = retentionCheck();
        assertThat(ids(due)).contains(person.id).doesNotContain(recent);
        assertThat(ids(retentionCheck())).as("nobody twice").doesNotContain(person.id);

        String pseudonym = "ANON-" + person.id;
        JsonObject after = coordinator.get("/candidates/" + person.id).json();
        assertThat(after.getString("caseCode")).isEqualTo(pseudonym);
        JsonObject profile = after.getJsonObject("profile");
        assertThat(profile.getJsonArray("accommodationNeeds")).isEmpty();
        assertThat(profile.getJsonArray("interests")).isEmpty();
        assertThat(profile.getString("programmeStart")).endsWith("-01");
        assertThat(profile.get("consentDate")).isIn(null, JsonValue.NULL);
        assertThat(query("SELECT COUNT(*) FROM proposal WHERE candidate_id = ? AND (decline_note IS NOT NULL"
                + " OR explanation_ja <> '')", person.id)).isZero();
        assertThat(text("SELECT end_reason FROM placement WHERE id = ?", person.placementId)).isNull();
        assertThat(text("SELECT note FROM follow_up WHERE placement_id = ?", person.placementId)).isNull();
        assertThat(text("SELECT note FROM booking WHERE proposal_id = ?", person.proposalId)).isNull();
        assertThat(text("SELECT note FROM pair_exclusion WHERE candidate_id = ?", person.id)).isNull();
        String notification = text("SELECT body_ja FROM notification WHERE subject_type = 'proposal' AND subject_id = ?",
                person.proposalId);
        assertThat(notification).contains(pseudonym).doesNotContain(person.caseCode);

        assertThat(perMunicipality(coordinator.list("/candidates"))).isEqualTo(peopleBefore);
        assertThat(perMunicipality(coordinator.get("/placements").array())).isEqualTo(placementsBefore);
        JsonObject recentAfter = coordinator.get("/candidates/" + recent).json();
        assertThat(recentAfter.getString("caseCode")).isEqualTo(recentBefore.getString("caseCode"));
        assertThat(recentAfter.getJsonNumber("version")).isEqualTo(recentBefore.getJsonNumber("version"));
        assertThat(recentAfter.getJsonObject("profile")).isEqualTo(recentBefore.getJsonObject("profile"));

        JsonArray trail = coordinator.get("/audit?subjectType=candidate&subjectId=" + person.id).array();
        assertThat(trail.getValuesAs(JsonObject.class)).anySatisfy(e -> {
            assertThat(e.getString("action")).isEqualTo("ANONYMISE");
            assertThat(e.getString("role")).isEqualTo("SYSTEM");
            assertThat(e.getString("caseCode")).isEqualTo(pseudonym);
        });
        assertThat(chain().getBoolean("intact")).isTrue();
    }

    @Test
    @Order(7)
    void aCounterErasesItsOwnClosedCaseOnRequest() {
        long id = submit("ER-");
        assertThat(foreignCounter.post("/privacy/candidates/" + id + "/anonymisation", "").status()).isEqualTo(404);
        var open = counter.post("/privacy/candidates/" + id + "/anonymisation", "");
        assertThat(open.status()).as("only a closed case").isEqualTo(409);
        assertThat(open.contentType()).startsWith("application/problem+json");
        assertThat(counter.post("/candidates/" + id + "/withdrawal", "").status()).isEqualTo(200);
        var erased = counter.post("/privacy/candidates/" + id + "/anonymisation", "");
        assertThat(erased.status()).as(erased.toString()).isEqualTo(200);
        assertThat(erased.json().getString("pseudonym")).isEqualTo("ANON-" + id);
        JsonObject anonymised = counter.get("/candidates/" + id).json();
        assertThat(anonymised.getString("caseCode")).isEqualTo("ANON-" + id);
        assertThat(counter.post("/privacy/candidates/" + id + "/anonymisation", "").status()).isEqualTo(409);
        var refill = counter.put("/candidates/" + id, candidateJson("ANON-" + id, MATSUMOTO, 3,
                anonymised.getJsonNumber("version").longValue()));
        assertThat(refill.status()).as("an anonymised case is not filled in again").isEqualTo(409);
    }

    // --- test data and database reads ------------------------------------------------------------------------------------------

    /** A person of 松本市 with one of everything held about people. */
    private record History(long id, String caseCode, long proposalId, long placementId) {
    }

    /** A declined proposal, an ended placement with attendance and a follow-up, a visit, an exclusion, a notification. */
    private History personWithHistory() throws SQLException {
        long id = submit("PD-");
        String code = counter.get("/candidates/" + id).json().getString("caseCode");
        try (Connection db = db()) {
            long counterId = single(db, "SELECT counter_id FROM candidate WHERE id = ?", id);
            long round = single(db, "SELECT MIN(id) FROM matching_round");
            long slot = single(db, "SELECT MIN(id) FROM trial_slot");
            long host = single(db, "SELECT t.host_id FROM trial_slot s JOIN task t ON t.id = s.task_id WHERE s.id = ?", slot);
            long proposal = insertReturningId(db, "INSERT INTO proposal (round_id, candidate_id, municipality_code,"
                    + " counter_id, slot_id, host_id, travel_minutes, travelled_by, pinned, kept_from_last_round,"
                    + " explanation_ja, alternatives_json, state, decline_reason, decline_note, decided_by, decided_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?, 30, 'CAR', FALSE, FALSE, '近くの農園で軽作業', '[]', 'DECLINED_BY_PERSON',"
                    + " 'OTHER', '本人が自宅から遠いと判断', 'counter-202029', UTC_TIMESTAMP(3))",
                    round, id, MATSUMOTO, counterId, slot, host);
            long placement = insertReturningId(db, "INSERT INTO placement (prefecture_code, proposal_id, candidate_id,"
                    + " counter_id, municipality_code, slot_id, host_id, start_date, planned_days, planned_hours, state,"
                    + " ended_on, outcome, end_reason, ended_by, created_at) VALUES ('20', ?, ?, ?, ?, ?, ?, ?, 2, 2,"
                    + " 'ENDED', ?, 'ENDED_BY_PERSON', '家族の事情で終了', 'counter-202029', UTC_TIMESTAMP(3))",
                    proposal, id, counterId, MATSUMOTO, slot, host, TODAY.minusWeeks(3), TODAY.minusWeeks(1));
            execute(db, "INSERT INTO attendance (placement_id, week_start, days_attended, hours_attended, recorded_by,"
                    + " recorded_at) VALUES (?, ?, 2, 4.0, 'employer-H0001', UTC_TIMESTAMP(3))", placement, TODAY.minusWeeks(3));
            execute(db, "INSERT INTO follow_up (placement_id, label, due_on, done_on, note, done_by)"
                    + " VALUES (?, 'P1W', ?, ?, '面談で体調を確認', 'counter-202029')", placement, TODAY.minusWeeks(2),
                    TODAY.minusWeeks(2));
            execute(db, "INSERT INTO booking (prefecture_code, proposal_id, kind, starts_at, ends_at, note, created_by,"
                    + " created_at) VALUES ('20', ?, 'VISIT', ?, ?, '駅で待ち合わせ', 'counter-202029', UTC_TIMESTAMP(3))",
                    proposal, TODAY.minusWeeks(4).atTime(10, 0), TODAY.minusWeeks(4).atTime(11, 0));
            execute(db, "INSERT INTO pair_exclusion (prefecture_code, candidate_id, slot_id, source, proposal_id, note,"
                    + " created_by, created_at) VALUES ('20', ?, ?, 'PERSON_DECLINED', ?, '本人の希望で除外', 'counter-202029',"
                    + " UTC_TIMESTAMP(3))", id, slot, proposal);
            execute(db, "INSERT INTO notification (prefecture_code, audience, counter_id, kind, subject_type, subject_id,"
                    + " title_ja, body_ja, created_at) VALUES ('20', 'COUNTER', ?, 'PERSON_DECLINED', 'proposal', ?,"
                    + " '本人の辞退', ?, UTC_TIMESTAMP(3))", counterId, proposal, "ケース " + code + " が提案を辞退しました。");
            return new History(id, code, proposal, placement);
        }
    }

    private JsonObject chain() {
        var reply = coordinator.get("/audit/chain");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json();
    }

    private JsonObject retentionCheck() {
        var reply = coordinator.post("/privacy/retention-checks", "");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json();
    }

    private static List<Long> ids(JsonObject result) {
        return result.getJsonArray("anonymised").getValuesAs(JsonNumber.class).stream()
                .map(JsonNumber::longValue).toList();
    }

    private static Map<String, Integer> perMunicipality(JsonArray rows) {
        Map<String, Integer> counts = new TreeMap<>();
        for (JsonObject row : rows.getValuesAs(JsonObject.class)) {
            String code = row.containsKey("municipalityCode") ? row.getString("municipalityCode")
                    : row.getJsonObject("profile").getString("municipalityCode");
            counts.merge(code, 1, Integer::sum);
        }
        return counts;
    }

    private static JsonObject only(JsonObject export, String part) {
        JsonArray rows = export.getJsonArray(part);
        assertThat(rows).as(part).hasSize(1);
        return rows.getJsonObject(0);
    }

    private long submit(String prefix) {
        String code = prefix + UUID.randomUUID().toString().substring(0, 8);
        var reply = counter.post("/candidates", candidateJson(code, MATSUMOTO));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.json().getJsonNumber("id").longValue();
    }

    /** A sealed entry with sealed entries on both sides. */
    private static long sealedEntryInTheMiddle() throws SQLException {
        long last = query("SELECT MAX(chain_seq) FROM audit_entry");
        assertThat(last).isGreaterThan(4);
        return query("SELECT id FROM audit_entry WHERE chain_seq = ?", last / 2);
    }

    private static long maxAuditId() throws SQLException {
        return query("SELECT COALESCE(MAX(id), 0) FROM audit_entry");
    }

    private static Connection db() throws SQLException {
        return DriverManager.getConnection(System.getProperty("test.db.url"));
    }

    private static long query(String sql, Object... parameters) throws SQLException {
        try (Connection db = db()) {
            return single(db, sql, parameters);
        }
    }

    private static long single(Connection db, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = prepare(db, sql, parameters); ResultSet rs = statement.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String text(String sql, Object... parameters) throws SQLException {
        try (Connection db = db(); PreparedStatement statement = prepare(db, sql, parameters);
             ResultSet rs = statement.executeQuery()) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static Map<String, Object> row(String sql, Object... parameters) throws SQLException {
        try (Connection db = db(); PreparedStatement statement = prepare(db, sql, parameters);
             ResultSet rs = statement.executeQuery()) {
            rs.next();
            ResultSetMetaData meta = rs.getMetaData();
            Map<String, Object> row = new LinkedHashMap<>();
            for (int c = 1; c <= meta.getColumnCount(); c++) {
                row.put(meta.getColumnLabel(c), rs.getObject(c));
            }
            return row;
        }
    }

    private static void insert(String table, Map<String, Object> row) throws SQLException {
        String sql = "INSERT INTO " + table + " (" + String.join(", ", row.keySet()) + ") VALUES ("
                + String.join(", ", row.keySet().stream().map(k -> "?").toList()) + ")";
        try (Connection db = db()) {
            execute(db, sql, row.values().toArray());
        }
    }

    private static void execute(String sql, Object... parameters) throws SQLException {
        try (Connection db = db()) {
            execute(db, sql, parameters);
        }
    }

    private static void execute(Connection db, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = prepare(db, sql, parameters)) {
            statement.executeUpdate();
        }
    }

    private static long insertReturningId(Connection db, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
            try (ResultSet keys = statement.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static PreparedStatement prepare(Connection db, String sql, Object... parameters) throws SQLException {
        PreparedStatement statement = db.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
        return statement;
    }
}
