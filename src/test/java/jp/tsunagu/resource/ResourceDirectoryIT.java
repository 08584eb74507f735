package jp.tsunagu.resource;

import static jp.tsunagu.support.SampleAccounts.COORDINATOR;
import static jp.tsunagu.support.SampleAccounts.EMPLOYER;
import static jp.tsunagu.support.SampleAccounts.MATSUMOTO;
import static jp.tsunagu.support.SampleAccounts.MATSUMOTO_COUNTER;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
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
 * The social-resource directory on the built WAR with the Nagano sample: a counter searches hosts and
 * social resources together by area, kind, work and accommodation; the coordinator keeps the entries;
 * nobody else writes; a wrong filter or entry is refused in Japanese, naming the field.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ResourceDirectoryIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtWar();
    }

    @ArquillianResource
    URL base;

    Api coordinator;
    Api counter;
    Api employer;

    @BeforeEach
    void accounts() {
        Api api = new Api(base);
        coordinator = api.as(COORDINATOR);
        counter = api.as(MATSUMOTO_COUNTER);
        employer = api.as(EMPLOYER);
    }

    @Test
    void aCounterSearchesHostsAndSocialResourcesTogetherByEachFilter() {
        List<JsonObject> all = entries(counter.get("/resources"));
        assertThat(all).extracting(e -> e.getString("source")).contains("HOST", "RESOURCE");

        List<JsonObject> matsumoto = entries(counter.get("/resources?municipality=" + MATSUMOTO));
        assertThat(matsumoto).isNotEmpty().hasSizeLessThan(all.size())
                .allSatisfy(e -> assertThat(e.getString("municipalityName")).isEqualTo("松本市"));
        String wideArea = matsumoto.get(0).getString("wideArea");
        List<JsonObject> area = entries(counter.get("/resources?wideArea=" + encode(wideArea)));
        assertThat(area).hasSizeGreaterThanOrEqualTo(matsumoto.size()).hasSizeLessThan(all.size())
                .allSatisfy(e -> assertThat(e.getString("wideArea")).isEqualTo(wideArea));

        assertThat(entries(counter.get("/resources?kind=PLACE_TO_BE"))).isNotEmpty()
                .allSatisfy(e -> assertThat(e.getString("kindLabel")).isEqualTo("居場所"));
        assertThat(entries(counter.get("/resources?kind=HOST"))).isNotEmpty()
                .allSatisfy(e -> assertThat(e.getString("source")).isEqualTo("HOST"));
        assertThat(entries(counter.get("/resources?workKind=GARDENING&accommodation=short_hours"))).isNotEmpty()
                .allSatisfy(e -> {
                    assertThat(strings(e, "workKinds")).contains("GARDENING");
                    assertThat(strings(e, "accommodations")).contains("short_hours");
                });
        assertThat(entries(counter.get("/resources?q=" + encode("縁側") + "&municipality=" + MATSUMOTO)))
                .singleElement().satisfies(e -> assertThat(e.getString("name")).isEqualTo("松本市 まちの縁側カフェ"));
    }

    @Test
    void theCoordinatorKeepsEntriesWithVersionsAndOthersOnlyRead() {
        String name = "テスト居場所 " + UUID.randomUUID().toString().substring(0, 8);
        String body = resourceJson(name, "quiet_place", null);

        assertThat(counter.post("/resources", body).status()).isEqualTo(403);
        var refused = employer.post("/resources", body);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.contentType()).startsWith("application/problem+json");

        var created = coordinator.post("/resources", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long id = created.json().getJsonNumber("id").longValue();
        long version = created.json().getJsonNumber("version").longValue();
        assertThat(entries(counter.get("/resources?q=" + encode(name)))).singleElement()
                .satisfies(e -> assertThat(e.getString("kindLabel")).isEqualTo("コミュニティカフェ"));

        assertThat(employer.put("/resources/" + id, resourceJson(name, "quiet_place", version)).status()).isEqualTo(403);
        var updated = coordinator.put("/resources/" + id, resourceJson(name + " 改", "quiet_place", version));
        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
        var stale = coordinator.put("/resources/" + id, resourceJson(name + " 旧", "quiet_place", version));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(counter.get("/resources/" + id).json().getString("name")).isEqualTo(name + " 改");

        List<JsonObject> seenByEmployer = entries(employer.get("/resources"));
        long ownHost = employer.get("/me").json().getJsonNumber("hostId").longValue();
        assertThat(seenByEmployer).filteredOn(e -> e.getString("source").equals("HOST"))
                .allSatisfy(e -> assertThat(e.getJsonNumber("id").longValue()).isEqualTo(ownHost));
        assertThat(seenByEmployer).anySatisfy(e -> assertThat(e.getString("source")).isEqualTo("RESOURCE"));
    }

    @Test
    void wrongFiltersAndEntriesAreRefusedInJapaneseNamingTheField() {
        assertBadRequest(counter.get("/resources?municipality=abc"), "municipality", "市町村コード");
        assertBadRequest(counter.get("/resources?municipality=131016"), "municipality", "この県の市町村コードではありません");
        assertBadRequest(counter.get("/resources?kind=CASINO"), "kind", "種類の値が正しくありません");
        assertBadRequest(counter.get("/resources?accommodation=no_such_need"), "accommodation", "配慮カタログにないコード");
        assertBadRequest(coordinator.post("/resources", resourceJson("名前", "no_such_need", null)),
                "accommodationsOffered", "配慮カタログにないコード");
        var blank = coordinator.post("/resources", """
                {"name":" ","kind":"PLACE_TO_BE","municipalityCode":"202029","offers":"居場所"}""");
        assertBadRequest(blank, "name", "");
    }

    private static void assertBadRequest(Api.Reply reply, String field, String words) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().getString("title")).isEqualTo("入力内容に誤りがあります");
        assertThat(reply.json().getJsonArray("errors").stream().map(JsonValue::asJsonObject))
                .anySatisfy(e -> {
                    assertThat(e.getString("field")).isEqualTo(field);
                    assertThat(e.getString("message")).contains(words).doesNotContain("jp.tsunagu");
                });
    }

    private static String resourceJson(String name, String accommodation, Long version) {
        return """
                {"name":"%s","kind":"COMMUNITY_CAFE","municipalityCode":"202029","area":"中央2丁目",
                 "offers":"配膳と洗い物のお手伝い","workKinds":["KITCHEN_HELP"],"accommodationsOffered":["%s"],
                 "contact":"0263-00-0000","openingDays":["WEDNESDAY","SATURDAY"],"openingHours":"11:00-15:00",
                 "publicNote":"見学歓迎"%s}""".formatted(name, accommodation, version == null ? "" : ",\"version\":" + version);
    }

    private static List<JsonObject> entries(Api.Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.array().stream().map(JsonValue::asJsonObject).toList();
    }

    private static List<String> strings(JsonObject entry, String name) {
        return entry.getJsonArray(name).getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
