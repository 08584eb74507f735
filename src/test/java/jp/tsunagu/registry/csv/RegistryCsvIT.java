package jp.tsunagu.registry.csv;

import static jp.tsunagu.support.SampleAccounts.COORDINATOR;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
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

/** The registry as spreadsheets: all-or-nothing imports with line-numbered errors, in UTF-8 or Shift_JIS, and export. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RegistryCsvIT {

    static final Charset SHIFT_JIS = Charset.forName("windows-31j");
    static final String HOSTS_HEADER = "host_ref,name,kind,municipality_code,latitude,longitude,contact_person,contact_hours,actively_accepting,site_accommodations\r\n";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtWar();
    }

    @ArquillianResource
    URL base;

    Api coordinator;
    String prefix;

    @BeforeEach
    void account() {
        coordinator = new Api(base).as(COORDINATOR);
        prefix = "CSV" + UUID.randomUUID().toString().substring(0, 6);
    }

    private long hostCount() {
        return coordinator.get("/hosts").array().size();
    }

    @Test
    void aFileWithBrokenRowsIsRejectedWholeWithLineNumbers() {
        long before = hostCount();
        String csv = HOSTS_HEADER
                + prefix + "-1,良い農園,農家,202029,,,田中,平日9-17時,はい,quiet_place\r\n"
                + prefix + "-2,悪い種別,宇宙船,202029,,,,,no,\r\n"
                + prefix + "-3,悪い市町村,FARM,999999,,,,,no,\r\n"
                + prefix + "-4,悪い配慮,FARM,202029,,,,,no,quiet_place;telepathy\r\n";
        var reply = coordinator.postBytes("/registry/hosts.csv", "text/csv; charset=UTF-8", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        var errors = reply.json().getJsonArray("errors").stream().map(JsonValue::asJsonObject).toList();
        assertThat(errors).extracting(e -> e.getInt("line") + ":" + e.getString("field"))
                .containsExactly("3:kind", "4:municipality_code", "5:site_accommodations");
        assertThat(errors).extracting(e -> e.getString("message")).as("each names its column's Japanese heading")
                .satisfiesExactly(m -> assertThat(m).startsWith("「種別」列："), m -> assertThat(m).startsWith("「市町村コード」列："),
                        m -> assertThat(m).startsWith("「事業所の配慮」列："));
        assertThat(hostCount()).as("nothing of a broken file is stored").isEqualTo(before);
    }

    /** Excel users keep the Japanese headings the export wrote; a file may even mix both. */
    @Test
    void aFileWithJapaneseHeadingsIsImported() {
        String japanese = "受入先番号,名称,種別,市町村コード,緯度,経度,連絡担当者,連絡できる時間,受入中,site_accommodations\r\n"
                + prefix + "-JA,見出し農園,農家,202029,,,山田,平日,はい,quiet_place\r\n";
        var reply = coordinator.postBytes("/registry/hosts.csv", "text/csv; charset=Shift_JIS", japanese.getBytes(SHIFT_JIS));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(findHost(prefix + "-JA").getString("name")).isEqualTo("見出し農園");
    }

    @Test
    void aShiftJisFileFromExcelIsImported() {
        String csv = HOSTS_HEADER
                + prefix + "-SJ,髙橋ファーム①,農家,202029,36.2,137.9,髙橋,平日 9:00-16:00,はい,quiet_place;no_heavy_lifting\r\n";
        var reply = coordinator.postBytes("/registry/hosts.csv", "text/csv; charset=Shift_JIS", csv.getBytes(SHIFT_JIS));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.json().getInt("created")).isEqualTo(1);
        JsonObject host = findHost(prefix + "-SJ");
        assertThat(host.getString("name")).isEqualTo("髙橋ファーム①");
        assertThat(host.getString("kind")).isEqualTo("FARM");

        var undeclared = coordinator.postBytes("/registry/hosts.csv", "text/csv",
                (HOSTS_HEADER + prefix + "-SJ2,信州りんご園,農家,202029,,,,,いいえ,\r\n").getBytes(SHIFT_JIS));
        assertThat(undeclared.status()).as("Shift_JIS is recognised without a declared charset").isEqualTo(200);
        assertThat(findHost(prefix + "-SJ2").getString("name")).isEqualTo("信州りんご園");
    }

    @Test
    void tasksAndSlotsImportAndAReimportUpdates() {
        coordinator.postBytes("/registry/hosts.csv", "text/csv", (HOSTS_HEADER
                + prefix + "-H,テスト商店,SHOP,202029,,,,,yes,\r\n").getBytes(StandardCharsets.UTF_8));
        String tasks = "host_ref,task_ref,title,work_kind,physical_load,customer_contact,accommodations_offered,supervisor_name,supervisor_capacity\r\n"
                + prefix + "-H,T1,品出し,軽作業,軽い,少し,quiet_place,佐藤,2\r\n";
        var taskReply = coordinator.postBytes("/registry/tasks.csv", "text/csv", tasks.getBytes(StandardCharsets.UTF_8));
        assertThat(taskReply.status()).as(taskReply.toString()).isEqualTo(200);
        String slots = "host_ref,task_ref,slot_ref,weekdays,start_time,hours_per_day,open_from,open_until,season_months,capacity,pick_up_from,programmes,open\r\n"
                + prefix + "-H,T1,S1,月;水,9:30,3,2026-11-01,2027-03-31,,2,202029,WORK_EXPERIENCE;就労準備支援事業,\r\n";
        var slotReply = coordinator.postBytes("/registry/slots.csv", "text/csv", slots.getBytes(StandardCharsets.UTF_8));
        assertThat(slotReply.status()).as(slotReply.toString()).isEqualTo(200);
        assertThat(slotReply.json().getInt("created")).isEqualTo(1);

        var again = coordinator.postBytes("/registry/slots.csv", "text/csv",
                slots.replace(",2,202029,", ",3,202029,").getBytes(StandardCharsets.UTF_8));
        assertThat(again.json().getInt("updated")).isEqualTo(1);
        long hostId = findHost(prefix + "-H").getJsonNumber("id").longValue();
        JsonObject slot = coordinator.get("/slots").array().stream().map(JsonValue::asJsonObject)
                .filter(s -> s.getJsonNumber("hostId").longValue() == hostId).findFirst().orElseThrow();
        assertThat(slot.getInt("capacity")).isEqualTo(3);
        assertThat(slot.getJsonArray("weekdays").getValuesAs(jakarta.json.JsonString::getString))
                .containsExactlyInAnyOrder("MONDAY", "WEDNESDAY");
        assertThat(slot.getJsonArray("programmes").getValuesAs(jakarta.json.JsonString::getString))
                .containsExactlyInAnyOrder("WORK_EXPERIENCE", "WORK_READINESS");

        var unknownTask = coordinator.postBytes("/registry/slots.csv", "text/csv",
                slots.replace(",T1,", ",T9,").getBytes(StandardCharsets.UTF_8));
        assertThat(unknownTask.status()).isEqualTo(400);
        assertThat(unknownTask.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("task_ref");
    }

    @Test
    void aSlotsPickUpRunsImportExportAndReadBack() {
        coordinator.postBytes("/registry/hosts.csv", "text/csv", (HOSTS_HEADER
                + prefix + "-P,送迎農園,FARM,202029,,,,,yes,\r\n").getBytes(StandardCharsets.UTF_8));
        coordinator.postBytes("/registry/tasks.csv", "text/csv", ("host_ref,task_ref,title,work_kind,physical_load,customer_contact,accommodations_offered,supervisor_name,supervisor_capacity\r\n"
                + prefix + "-P,T1,収穫,農作業,軽い,なし,,佐藤,2\r\n").getBytes(StandardCharsets.UTF_8));
        String header = "host_ref,task_ref,slot_ref,weekdays,start_time,hours_per_day,open_from,open_until,season_months,capacity,pick_up_from,programmes,open,pick_up_runs\r\n";
        String slots = header + prefix + "-P,T1,S1,月;水,9:00,3,2026-11-01,2027-03-31,,2,,,,202011@長野駅=45;202029=20\r\n";
        var reply = coordinator.postBytes("/registry/slots.csv", "text/csv", slots.getBytes(StandardCharsets.UTF_8));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);

        long hostId = findHost(prefix + "-P").getJsonNumber("id").longValue();
        JsonObject slot = coordinator.get("/slots").array().stream().map(JsonValue::asJsonObject)
                .filter(s -> s.getJsonNumber("hostId").longValue() == hostId).findFirst().orElseThrow();
        assertThat(slot.getJsonArray("pickUpRuns").stream().map(JsonValue::asJsonObject)
                .map(r -> r.getString("municipalityCode") + "@" + r.getString("point", "")
                        + "=" + r.getInt("minutes")))
                .containsExactly("202011@長野駅=45", "202029@=20");

        String exported = new String(coordinator.get("/registry/slots.csv").bytes(), StandardCharsets.UTF_8);
        assertThat(exported.lines().findFirst().orElseThrow()).endsWith(",募集中,送迎便");
        String row = exported.lines().filter(l -> l.startsWith(prefix + "-P,")).findFirst().orElseThrow();
        assertThat(row).endsWith(",202011@長野駅=45;202029=20");
        var reimport = coordinator.postBytes("/registry/slots.csv", "text/csv",
                (header + row + "\r\n").getBytes(StandardCharsets.UTF_8));
        assertThat(reimport.status()).as(reimport.toString()).isEqualTo(200);
        assertThat(reimport.json().getInt("updated")).isEqualTo(1);

        var broken = coordinator.postBytes("/registry/slots.csv", "text/csv",
                slots.replace("202011@長野駅=45", "999999=45;202011@長野駅=四十五").getBytes(StandardCharsets.UTF_8));
        assertThat(broken.status()).isEqualTo(400);
        assertThat(broken.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("pick_up_runs");
    }

    @Test
    void theExportReadsBackAsAnImport() throws Exception {
        var utf8 = coordinator.get("/registry/slots.csv");
        assertThat(utf8.status()).isEqualTo(200);
        assertThat(utf8.contentType()).startsWith("text/csv");
        assertThat(utf8.bytes()).startsWith(0xEF, 0xBB, 0xBF);

        var sjis = coordinator.get("/registry/hosts.csv?charset=Shift_JIS");
        assertThat(sjis.contentType()).contains("Shift_JIS");
        String text = new String(sjis.bytes(), SHIFT_JIS);
        assertThat(text).as("Japanese headings by default, for Excel users").startsWith("受入先番号,名称,種別,市町村コード");
        assertThat(new String(coordinator.get("/registry/hosts.csv?headings=columns").bytes(), StandardCharsets.UTF_8))
                .as("the columns' names on request").startsWith("\uFEFFhost_ref,name,kind");
        assertThat(coordinator.get("/registry/hosts.csv?headings=klingon").status()).isEqualTo(400);
        // counted as records: a name may hold a line break inside its quotes
        assertThat(org.apache.commons.csv.CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new java.io.StringReader(text)).getRecords()).hasSize((int) hostCount());

        var reimport = coordinator.postBytes("/registry/hosts.csv", "text/csv; charset=Shift_JIS", sjis.bytes());
        assertThat(reimport.status()).as(reimport.toString()).isEqualTo(200);
        assertThat(reimport.json().getInt("created")).isZero();
        assertThat(reimport.json().getInt("updated")).isEqualTo((int) hostCount());
    }

    @Test
    void aMissingColumnIsReportedOnTheHeaderLine() {
        var reply = coordinator.postBytes("/registry/hosts.csv", "text/csv",
                "host_ref,name\r\nX,Y\r\n".getBytes(StandardCharsets.UTF_8));
        assertThat(reply.status()).isEqualTo(400);
        JsonObject error = reply.json().getJsonArray("errors").getJsonObject(0);
        assertThat(error.getInt("line")).isEqualTo(1);
        assertThat(error.getString("message")).contains("kind", "municipality_code");
    }

    private JsonObject findHost(String ref) {
        return coordinator.get("/hosts").array().stream().map(JsonValue::asJsonObject)
                .filter(h -> h.getString("externalRef").equals(ref)).findFirst().orElseThrow();
    }
}
