package jp.tsunagu.notification;

import static jp.tsunagu.support.SampleAccounts.COORDINATOR;
import static jp.tsunagu.support.SampleAccounts.EMPLOYER;
import static jp.tsunagu.support.SampleAccounts.MATSUMOTO_COUNTER;
import static jp.tsunagu.support.SampleAccounts.NAGANO_CITY_COUNTER;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Types;
import java.util.List;
import java.util.UUID;
import jp.tsunagu.support.Api;
import jp.tsunagu.support.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The inbox of each role on the built WAR: a counter, an employer and the coordinator each read
 * only their audience's notifications, mark them read for themselves, and get 404 for anyone
 * else's. The notifications are written straight into the test database, as the Notifier would.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class InboxIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtWar();
    }

    @ArquillianResource
    URL base;

    Api coordinator;
    Api counter;
    Api foreignCounter;
    Api employer;
    String marker;

    @BeforeEach
    void accounts() {
        Api api = new Api(base);
        coordinator = api.as(COORDINATOR);
        counter = api.as(MATSUMOTO_COUNTER);
        foreignCounter = api.as(NAGANO_CITY_COUNTER);
        employer = api.as(EMPLOYER);
        marker = "IT-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void eachRoleReadsOnlyItsAudiencesNotifications() throws Exception {
        long counterId = counter.get("/me").json().getJsonNumber("counterId").longValue();
        long hostId = employer.get("/me").json().getJsonNumber("hostId").longValue();
        long toCounter = insert("COUNTER", counterId, null, "PROPOSALS_PUBLISHED", "新しい提案 " + marker);
        long toHost = insert("HOST", null, hostId, "DECISION_WAITING", "回答待ち " + marker);
        long toCoordinators = insert("COORDINATOR", null, null, "FOLLOW_UP_OVERDUE", "期限切れ " + marker);

        assertThat(ids(counter.get("/inbox"))).contains(toCounter).doesNotContain(toHost, toCoordinators);
        assertThat(ids(employer.get("/inbox"))).contains(toHost).doesNotContain(toCounter, toCoordinators);
        assertThat(ids(coordinator.get("/inbox"))).contains(toCoordinators).doesNotContain(toCounter, toHost);
        assertThat(ids(foreignCounter.get("/inbox"))).doesNotContain(toCounter, toHost, toCoordinators);

        JsonObject item = counter.get("/inbox").array().stream().map(JsonValue::asJsonObject)
                .filter(o -> o.getJsonNumber("id").longValue() == toCounter).findFirst().orElseThrow();
        assertThat(item.getString("title")).isEqualTo("新しい提案 " + marker);
        assertThat(item.getString("kind")).isEqualTo("PROPOSALS_PUBLISHED");
        assertThat(item.getString("kindLabel")).isEqualTo("新しい提案");
        assertThat(item.getBoolean("read")).isFalse();
    }

    @Test
    void markingReadChangesTheCallersUnreadCountAndFilter() throws Exception {
        long counterId = counter.get("/me").json().getJsonNumber("counterId").longValue();
        long id = insert("COUNTER", counterId, null, "PERSON_DECLINED", "辞退 " + marker);
        long unreadBefore = counter.get("/inbox/count").json().getJsonNumber("unread").longValue();
        assertThat(unreadBefore).isPositive();
        assertThat(ids(counter.get("/inbox?unread=true"))).contains(id);

        var marked = counter.post("/inbox/" + id + "/read", "");
        assertThat(marked.status()).as(marked.toString()).isEqualTo(200);
        assertThat(marked.json().getBoolean("read")).isTrue();
        assertThat(counter.post("/inbox/" + id + "/read", "").status()).isEqualTo(200);

        assertThat(counter.get("/inbox/count").json().getJsonNumber("unread").longValue()).isEqualTo(unreadBefore - 1);
        assertThat(ids(counter.get("/inbox?unread=true"))).doesNotContain(id);
        assertThat(ids(counter.get("/inbox"))).contains(id);
    }

    @Test
    void aNotificationOutsideTheCallersAudienceAnswers404() throws Exception {
        long counterId = counter.get("/me").json().getJsonNumber("counterId").longValue();
        long id = insert("COUNTER", counterId, null, "VISIT_BOOKED", "見学 " + marker);

        for (Api outsider : List.of(foreignCounter, employer, coordinator)) {
            var refused = outsider.post("/inbox/" + id + "/read", "");
            assertThat(refused.status()).as(refused.toString()).isEqualTo(404);
            assertThat(refused.contentType()).startsWith("application/problem+json");
        }
        var unknown = counter.post("/inbox/999999999/read", "");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");

        var trail = coordinator.get("/audit?subjectType=notification&subjectId=" + id);
        assertThat(trail.array().stream().map(JsonValue::asJsonObject))
                .anySatisfy(e -> {
                    assertThat(e.getString("username")).isEqualTo(NAGANO_CITY_COUNTER);
                    assertThat(e.getString("outcome")).isEqualTo("DENIED");
                });
    }

    private static List<Long> ids(Api.Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.array().stream().map(v -> v.asJsonObject().getJsonNumber("id").longValue()).toList();
    }

    private static long insert(String audience, Long counterId, Long hostId, String kind, String title) throws Exception {
        try (Connection db = DriverManager.getConnection(System.getProperty("test.db.url"));
             PreparedStatement insert = db.prepareStatement("INSERT INTO notification (prefecture_code, audience,"
                     + " counter_id, host_id, kind, subject_type, subject_id, title_ja, body_ja, created_at)"
                     + " VALUES ('20', ?, ?, ?, ?, 'proposal', 1, ?, '本文', UTC_TIMESTAMP(3))",
                     Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, audience);
            if (counterId == null) {
                insert.setNull(2, Types.BIGINT);
            } else {
                insert.setLong(2, counterId);
            }
            if (hostId == null) {
                insert.setNull(3, Types.BIGINT);
            } else {
                insert.setLong(3, hostId);
            }
            insert.setString(4, kind);
            insert.setString(5, title);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }
}
