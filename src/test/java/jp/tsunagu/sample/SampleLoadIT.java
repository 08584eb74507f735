package jp.tsunagu.sample;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import jp.tsunagu.matching.problem.MatchingProblem;
import jp.tsunagu.matching.problem.SlotFact;
import jp.tsunagu.region.MunicipalityCsv;
import jp.tsunagu.region.Prefecture;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The sample load against the real MariaDB, outside the server: the batched load into two fresh
 * databases gives the same rows, and the same rows as writing every entity with {@code persist}
 * (the provider's own way, which the batched writer replaces for speed), with as many hosts,
 * tasks, slots and people as the generator produced.
 */
class SampleLoadIT {

    /** Written at load time, or salted: the only columns two loads may differ in. */
    private static final Set<String> VOLATILE = Set.of("candidate.created_at", "candidate.updated_at",
            "account.password_hash");
    private static final MatchingProblem WEEK = new SampleWeekGenerator().generate(SampleWeekGenerator.DEFAULT_SEED,
            SampleScale.DEFAULT);
    private static final List<String> CREATED = new ArrayList<>();

    @BeforeAll
    static void databases() throws SQLException {
        for (String name : List.of("batched_a", "batched_b", "persisted")) {
            try (Connection server = DriverManager.getConnection(baseUrl());
                 Statement statement = server.createStatement()) {
                statement.execute("DROP DATABASE IF EXISTS " + databaseName(name));
                statement.execute("CREATE DATABASE " + databaseName(name) + " CHARACTER SET utf8mb4");
            }
            CREATED.add(databaseName(name));
        }
    }

    @AfterAll
    static void dropDatabases() throws SQLException {
        try (Connection server = DriverManager.getConnection(baseUrl()); Statement statement = server.createStatement()) {
            for (String name : CREATED) {
                statement.execute("DROP DATABASE IF EXISTS " + name);
            }
        }
    }

    @Test
    void twoBatchedLoadsHoldTheSameRowsAsPersistingEachEntityAndWhatTheGeneratorMade() throws Exception {
        Map<String, String> first = load("batched_a", true);
        Map<String, String> second = load("batched_b", true);
        Map<String, String> persisted = load("persisted", false);

        assertThat(first).as("two fresh batched loads").isEqualTo(second);
        assertThat(first).as("batched against persist, table by table").isEqualTo(persisted);
        assertThat(first.keySet()).contains("host", "supervisor", "task", "trial_slot", "candidate", "account",
                "support_counter", "proposal", "placement", "social_resource");

        try (Connection db = DriverManager.getConnection(url("batched_a"))) {
            assertThat(count(db, "host")).isEqualTo(WEEK.hosts().size());
            assertThat(count(db, "supervisor")).isEqualTo(WEEK.supervisors().size());
            assertThat(count(db, "task")).isEqualTo(WEEK.tasks().size());
            assertThat(count(db, "trial_slot")).isEqualTo(WEEK.slots().size());
            assertThat(count(db, "candidate")).isEqualTo(WEEK.candidates().size());
            // Every slot of the generator, in its order, with its task, capacity and hours.
            StringBuilder expected = new StringBuilder();
            for (SlotFact slot : WEEK.slots()) {
                expected.append("S").append(slot.id()).append('|').append(WEEK.tasks().stream()
                                .filter(t -> t.id() == slot.taskId()).findFirst().orElseThrow().id())
                        .append('|').append(slot.capacity()).append('|').append(slot.hoursPerDay()).append('\n');
            }
            StringBuilder stored = new StringBuilder();
            try (Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery(
                    "SELECT s.external_ref, t.external_ref, s.capacity, s.hours_per_day FROM trial_slot s"
                            + " JOIN task t ON t.id = s.task_id ORDER BY s.id")) {
                while (rows.next()) {
                    stored.append(rows.getString(1)).append('|').append(rows.getString(2).substring(1)).append('|')
                            .append(rows.getInt(3)).append('|').append(rows.getInt(4)).append('\n');
                }
            }
            assertThat(stored.toString()).isEqualTo(expected.toString());
            // The people's pinned slots point at the slots the generator pinned them to.
            try (Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery(
                    "SELECT COUNT(*) FROM candidate c JOIN trial_slot s ON s.id = c.pinned_slot_id")) {
                rows.next();
                assertThat(rows.getLong(1)).isPositive().isEqualTo(
                        WEEK.candidates().stream().filter(c -> c.pinnedSlotId() != null).count());
            }
        }
    }

    /** Migrates a fresh database, registers the region as the server does, loads the week; a digest per table. */
    private static Map<String, String> load(String name, boolean batched) throws Exception {
        Flyway.configure(SampleLoadIT.class.getClassLoader()).dataSource(url(name), null, null)
                .locations("classpath:db/migration").load().migrate();
        Map<String, Object> settings = new HashMap<>();
        settings.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
        settings.put("jakarta.persistence.jtaDataSource", null);
        // A data source rather than jdbc.url: the credentials stay in the URL, as the server is given them.
        com.mysql.cj.jdbc.MysqlDataSource dataSource = new com.mysql.cj.jdbc.MysqlDataSource();
        dataSource.setURL(url(name));
        settings.put("jakarta.persistence.nonJtaDataSource", dataSource);
        EntityManagerFactory factory = Persistence.createEntityManagerFactory("network", settings);
        try {
            EntityManager em = factory.createEntityManager();
            em.getTransaction().begin();
            em.persist(new Prefecture(WEEK.prefectureCode(), WEEK.prefectureName()));
            em.flush();
            MunicipalityCsv.readResource(MunicipalityCsv.NAGANO_RESOURCE).forEach(em::persist);
            em.getTransaction().commit();

            SampleNetworkLoader loader = new SampleNetworkLoader();
            loader.em = em;
            assertThat(loader.isEmpty(WEEK.prefectureCode())).isTrue();
            em.getTransaction().begin();
            loader.load(WEEK, batched ? new BatchedInserts(em) : new SampleNetworkLoader.Rows() {
                @Override
                public <T> List<Long> insert(Class<T> type, List<T> entities) {
                    List<Long> ids = new ArrayList<>();
                    for (T entity : entities) {
                        em.persist(entity);
                        em.flush();
                        ids.add((Long) factory.getPersistenceUnitUtil().getIdentifier(entity));
                    }
                    return ids;
                }
            });
            em.getTransaction().commit();
            assertThat(loader.isEmpty(WEEK.prefectureCode())).isFalse();
            em.close();
        } finally {
            factory.close();
        }
        try (Connection db = DriverManager.getConnection(url(name))) {
            return digests(db);
        }
    }

    private static Map<String, String> digests(Connection db) throws Exception {
        List<String> tables = new ArrayList<>();
        try (ResultSet rows = db.getMetaData().getTables(db.getCatalog(), null, "%", new String[] {"TABLE"})) {
            while (rows.next()) {
                String table = rows.getString("TABLE_NAME");
                if (!table.startsWith("flyway")) {
                    tables.add(table);
                }
            }
        }
        Map<String, String> digests = new TreeMap<>();
        for (String table : tables) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            long count = 0;
            try (Statement statement = db.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT * FROM " + table + " ORDER BY 1")) {
                ResultSetMetaData columns = rows.getMetaData();
                while (rows.next()) {
                    count++;
                    for (int i = 1; i <= columns.getColumnCount(); i++) {
                        String column = table + "." + columns.getColumnName(i);
                        String value = VOLATILE.contains(column) ? (rows.getObject(i) == null ? "null" : "set")
                                : String.valueOf(rows.getObject(i));
                        digest.update((column + "=" + value + "\u0000").getBytes(StandardCharsets.UTF_8));
                    }
                }
            }
            if (count > 0) {
                digests.put(table, count + " rows " + HexFormat.of().formatHex(digest.digest()));
            }
        }
        return digests;
    }

    private static long count(Connection db, String table) throws SQLException {
        try (Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static String baseUrl() {
        return System.getProperty("test.db.url");
    }

    /** The test database's name with a suffix, on the same server and with the same settings. */
    private static String databaseName(String suffix) {
        String base = baseUrl();
        String path = base.substring(base.indexOf('/', "jdbc:mysql://".length()) + 1);
        int query = path.indexOf('?');
        return (query < 0 ? path : path.substring(0, query)) + "_" + suffix;
    }

    private static String url(String suffix) {
        String base = baseUrl();
        int slash = base.indexOf('/', "jdbc:mysql://".length());
        int query = base.indexOf('?', slash);
        return base.substring(0, slash + 1) + databaseName(suffix) + (query < 0 ? "" : base.substring(query));
    }
}
