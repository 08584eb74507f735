package jp.tsunagu.web;

import static jp.tsunagu.support.SampleAccounts.MATSUMOTO;
import static jp.tsunagu.support.SampleAccounts.MATSUMOTO_COUNTER;
import static jp.tsunagu.support.SampleAccounts.NAGANO_CITY;
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
import java.util.List;
import java.util.UUID;
import jp.tsunagu.support.Api;
import jp.tsunagu.support.Browser;
import jp.tsunagu.support.Deployments;
import jp.tsunagu.support.PublishedProposals;
import jp.tsunagu.support.SampleAccounts;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The counter's screens in a real browser, signed in as the counter of 松本市: the list of its people
 * and its filters, a person refused with the complaint beside the field and the typed values kept,
 * then saved; a published proposal decided with the person; a record of 長野市 refused; the
 * directory of social resources; and every screen at 375 px without sideways scrolling.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CounterScreensIT {

    private static final String PASSWORD = Api.DEMO_PASSWORD;
    private static final int PHONE = 375;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtWar();
    }

    @ArquillianResource
    URL base;

    Api counter;

    @BeforeEach
    void accounts() {
        counter = new Api(base).as(MATSUMOTO_COUNTER);
    }

    @Test
    void theCounterListsFiltersAndRegistersItsPeopleWithJapaneseComplaintsBesideTheFields() {
        String existing = counter.list("/candidates").stream().map(JsonValue::asJsonObject)
                .filter(p -> p.getString("status").equals("ACTIVE")).findFirst().orElseThrow().getString("caseCode");
        String caseCode = "UI-" + UUID.randomUUID().toString().substring(0, 8);
        try (Browser browser = Browser.open(base, 1280, 900)) {
            browser.signIn(MATSUMOTO_COUNTER, PASSWORD, "counter.html");
            browser.waitFor(By.cssSelector("#people-results table"));
            assertThat(caseCodesShown(browser)).isNotEmpty();
            browser.screenshot("counter-people");
            assertThat(browser.unlabelledControls()).as("controls without a label").isEmpty();

            browser.driver().findElement(By.cssSelector("#people-filters input[name=caseCode]")).sendKeys(existing);
            assertThat(caseCodesShown(browser)).contains(existing).allSatisfy(c -> assertThat(c).contains(existing));
            new Select(browser.driver().findElement(By.cssSelector("#people-filters select[name=status]"))).selectByValue("WITHDRAWN");
            assertThat(browser.driver().findElements(By.cssSelector("#people-results tbody tr"))).isEmpty();

            browser.driver().findElement(By.id("new-person")).click();
            WebElement form = browser.waitFor(By.id("person-form"));
            form.findElement(By.name("caseCode")).sendKeys(caseCode);
            new Select(form.findElement(By.name("travelMode"))).selectByValue("PUBLIC_TRANSPORT");
            form.findElement(By.name("maxOneWayMinutes")).sendKeys("500");
            new Select(form.findElement(By.name("programme"))).selectByValue("WORK_EXPERIENCE");
            check(form, "availableDays", "TUESDAY");
            check(form, "interests", "GARDENING");
            check(form, "accommodationNeeds", "quiet_place");
            form.findElement(By.id("consentToMatching")).click();
            assertThat(form.findElement(By.name("consentDate")).getAttribute("value")).as("today, once consent is ticked")
                    .isNotEmpty();
            form.findElement(By.id("save-person")).click();

            By complaint = By.cssSelector("[data-field=maxOneWayMinutes] .field-error");
            browser.waitForText(complaint, "180");
            assertThat(browser.driver().findElement(complaint).getText()).contains("以下");
            assertThat(form.findElement(By.name("caseCode")).getAttribute("value")).isEqualTo(caseCode);
            assertThat(form.findElement(By.name("maxOneWayMinutes")).getAttribute("value")).isEqualTo("500");
            assertThat(checkbox(form, "availableDays", "TUESDAY").isSelected()).isTrue();
            assertThat(browser.driver().findElement(By.cssSelector("#view > .message-error")).getText()).contains("入力内容に誤り");
            browser.screenshot("counter-person-error");
            assertThat(browser.unlabelledControls()).as("controls without a label").isEmpty();

            WebElement minutes = form.findElement(By.name("maxOneWayMinutes"));
            minutes.clear();
            minutes.sendKeys("45");
            form.findElement(By.id("save-person")).click();
            browser.waitForUrl("#people");
            browser.waitForText(By.cssSelector("#view > .message-success"), caseCode);
            browser.driver().findElement(By.cssSelector("#people-filters input[name=caseCode]")).sendKeys(caseCode);
            browser.waitForText(By.id("people-count"), "1人を表示");
            assertThat(caseCodesShown(browser)).containsExactly(caseCode);
            JsonObject saved = counter.list("/candidates").stream().map(JsonValue::asJsonObject)
                    .filter(p -> p.getString("caseCode").equals(caseCode)).findFirst().orElseThrow();
            assertThat(saved.getJsonObject("profile").getInt("maxOneWayMinutes")).isEqualTo(45);
            assertThat(saved.getJsonObject("profile").getJsonArray("availableDays").getString(0)).isEqualTo("TUESDAY");

            // A colleague saves the person while the form is open: the stale save is refused, nothing is overwritten.
            long id = saved.getJsonNumber("id").longValue();
            browser.driver().findElement(By.cssSelector("#people-results [data-test=person-link]")).click();
            WebElement edit = browser.waitFor(By.id("person-form"));
            var colleague = counter.put("/candidates/" + id, SampleAccounts.candidateJson(caseCode, MATSUMOTO, 4,
                    saved.getJsonNumber("version").longValue()));
            assertThat(colleague.status()).as(colleague.toString()).isEqualTo(200);
            WebElement hours = edit.findElement(By.name("hoursPerDay"));
            hours.clear();
            hours.sendKeys("3");
            edit.findElement(By.id("save-person")).click();
            browser.waitForText(By.cssSelector("#view > .message-error"), "ほかの職員が先に");
            assertThat(edit.findElement(By.name("hoursPerDay")).getAttribute("value")).isEqualTo("3");
            browser.screenshot("counter-person-conflict");
        }
        JsonObject latest = counter.list("/candidates").stream().map(JsonValue::asJsonObject)
                .filter(p -> p.getString("caseCode").equals(caseCode)).findFirst().orElseThrow();
        assertThat(latest.getJsonObject("profile").getInt("priority")).as("the colleague's change stays").isEqualTo(4);
        assertThat(latest.getJsonObject("profile").getInt("hoursPerDay")).isEqualTo(2);
    }

    @Test
    void aPublishedProposalIsReadWithItsAlternativesAndAcceptedWithConsent() throws Exception {
        long proposal = publishedProposalForANewPerson();
        long proposedSlot = counter.get("/proposals/" + proposal).json().getJsonNumber("slotId").longValue();
        try (Browser browser = Browser.open(base, 1280, 900)) {
            browser.signIn(MATSUMOTO_COUNTER, PASSWORD, "counter.html");
            browser.go("counter.html#proposals");
            browser.waitFor(By.cssSelector("a[href='#proposal/" + proposal + "']")).click();
            browser.waitForText(By.id("explanation"), "画面テスト");
            assertThat(browser.driver().findElements(By.cssSelector("[data-test=alternative]"))).hasSize(1);
            assertThat(browser.driver().findElement(By.id("proposal-state")).getText()).isEqualTo("窓口の判断待ち");
            browser.screenshot("counter-proposal");
            assertThat(browser.unlabelledControls()).as("controls without a label").isEmpty();

            WebElement accept = browser.driver().findElement(By.id("accept-form"));
            check(accept, "sharedItems", "INTERESTS");
            accept.findElement(By.id("accept")).click();
            browser.waitForText(By.id("proposal-state"), "受入先の回答待ち");
            browser.waitFor(By.id("booking-form"));
            browser.screenshot("counter-proposal-accepted");
        }
        JsonObject after = counter.get("/proposals/" + proposal).json();
        assertThat(after.getString("state")).isEqualTo("ACCEPTED");
        assertThat(after.getJsonNumber("slotId").longValue()).as("the proposal itself, as chosen by default")
                .isEqualTo(proposedSlot);
        assertThat(after.getJsonArray("sharedItems").getValuesAs(jakarta.json.JsonString.class))
                .extracting(jakarta.json.JsonString::getString)
                .containsExactlyInAnyOrder("PACING_STAGE", "ACCOMMODATIONS", "COUNTER_CONTACT", "INTERESTS");
    }

    /**
     * A person the latest published round left unplaced: the list says so with the first reason (its
     * count of slots once), the person page gives every reason and the smallest change, and the list
     * names the kind of slot the network lacks for the counter's municipality.
     */
    @Test
    void aPersonLeftUnplacedIsToldWhyOnTheListAndThePersonPage() throws Exception {
        String caseCode = "UIU-" + UUID.randomUUID().toString().substring(0, 8);
        var created = counter.post("/candidates", SampleAccounts.candidateJson(caseCode, MATSUMOTO));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long person = created.json().getJsonNumber("id").longValue();
        long counterId = counter.get("/me").json().getJsonNumber("counterId").longValue();
        try (Connection db = DriverManager.getConnection(System.getProperty("test.db.url"))) {
            long round = single(db, "SELECT id FROM matching_round WHERE prefecture_code = '20' AND published_at IS NOT NULL"
                    + " ORDER BY id DESC LIMIT 1");
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO unplaced_candidate (round_id, candidate_id,"
                    + " municipality_code, counter_id, reasons_json, smallest_change_json, summary_ja, gap_kind, gap_json)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, 'AREA', ?)")) {
                insert.setLong(1, round);
                insert.setLong(2, person);
                insert.setString(3, MATSUMOTO);
                insert.setLong(4, counterId);
                insert.setString(5, "[{\"rule\":\"travelWithinReach\",\"slots\":412,"
                        + "\"messageJa\":\"公共交通で45分以内に通える受入枠がありません（412枠）\"},"
                        + "{\"rule\":\"scheduleWithinAvailability\",\"slots\":37,"
                        + "\"messageJa\":\"通える曜日・時間帯に合わない受入枠です（37枠）\"}]");
                insert.setString(6, "{\"kind\":\"MORE_TRAVEL_MINUTES\",\"amount\":10,\"slotId\":1,"
                        + "\"messageJa\":\"通所時間をあと10分延ばせば、画面テスト農園の受入枠に届きます\"}");
                insert.setString(7, "今回は受入枠を提案できませんでした（対象449枠）。");
                insert.setString(8, "{\"kind\":\"AREA\",\"municipalityCode\":\"202029\",\"wideArea\":\"松本\","
                        + "\"messageJa\":\"【通える範囲に受入枠がない】松本市から公共交通で45分以内に通える受入枠\"}");
                insert.executeUpdate();
            }
        }
        try (Browser browser = Browser.open(base, 1280, 900)) {
            browser.signIn(MATSUMOTO_COUNTER, PASSWORD, "counter.html");
            browser.waitFor(By.cssSelector("#people-results table"));
            browser.driver().findElement(By.cssSelector("#people-filters input[name=caseCode]")).sendKeys(caseCode);
            WebElement row = browser.waitFor(By.cssSelector("#people-results tbody tr"));
            String cell = row.findElement(By.cssSelector("[data-test=not-proposed]")).getText();
            assertThat(cell).startsWith("提案なし").contains("公共交通で45分以内に通える受入枠がありません（412枠）");
            assertThat(cell.split("（412枠）", -1)).as("the count of slots is said once").hasSize(2);
            assertThat(browser.driver().findElement(By.id("network-gaps")).getText()).contains("不足している受入枠");
            browser.driver().findElement(By.cssSelector("#network-gaps summary")).click();
            assertThat(browser.driver().findElement(By.id("network-gaps")).getText()).contains("松本市", "通える範囲");
            browser.screenshot("counter-people-unplaced");

            row.findElement(By.cssSelector("[data-test=person-link]")).click();
            WebElement latest = browser.waitFor(By.id("latest-round"));
            assertThat(latest.getText()).contains("提案できる受入枠がありませんでした",
                    "公共交通で45分以内に通える受入枠がありません（412枠）", "通える曜日・時間帯に合わない受入枠です（37枠）",
                    "通所時間をあと10分延ばせば、画面テスト農園の受入枠に届きます", "【通える範囲に受入枠がない】");
            browser.screenshot("counter-person-unplaced");
        }
        var gaps = counter.get("/rounds/" + counter.get("/rounds").array().getJsonObject(0).getJsonNumber("id") + "/gaps");
        assertThat(gaps.status()).as(gaps.toString()).isEqualTo(200);
        assertThat(gaps.json().getJsonArray("municipalities").stream()
                .map(m -> m.asJsonObject().getString("municipalityCode"))).containsOnly(MATSUMOTO);
    }

    @Test
    void anotherMunicipalitysPersonIsNotFoundAndStaysUnchanged() {
        Api naganoCounter = new Api(base).as(NAGANO_CITY_COUNTER);
        JsonObject foreign = naganoCounter.list("/candidates").stream().map(JsonValue::asJsonObject)
                .filter(p -> p.getJsonObject("profile").getString("municipalityCode").equals(NAGANO_CITY))
                .findFirst().orElseThrow();
        long id = foreign.getJsonNumber("id").longValue();
        try (Browser browser = Browser.open(base, 1280, 900)) {
            browser.signIn(MATSUMOTO_COUNTER, PASSWORD, "counter.html");
            browser.go("counter.html#person/" + id);
            browser.waitForText(By.cssSelector("#view > .message-error"), "見つかりません");
            assertThat(browser.driver().findElement(By.cssSelector("#view > .message-error")).getText())
                    .contains("担当外").doesNotContain("candidate");
            assertThat(browser.driver().findElements(By.id("person-form"))).isEmpty();
            browser.screenshot("counter-person-not-found");
        }
        assertThat(counter.put("/candidates/" + id, SampleAccounts.candidateJson(foreign.getString("caseCode"), MATSUMOTO, 1,
                foreign.getJsonNumber("version").longValue())).status()).isEqualTo(404);
        JsonObject unchanged = naganoCounter.get("/candidates/" + id).json();
        assertThat(unchanged.getJsonNumber("version").longValue()).isEqualTo(foreign.getJsonNumber("version").longValue());
        assertThat(unchanged.getJsonObject("profile").getString("municipalityCode")).isEqualTo(NAGANO_CITY);
    }

    @Test
    void theDirectoryFindsSocialResourcesByKindAndArea() {
        try (Browser browser = Browser.open(base, 1280, 900)) {
            browser.signIn(MATSUMOTO_COUNTER, PASSWORD, "counter.html");
            browser.go("counter.html#directory");
            browser.waitForText(By.id("directory-count"), "件見つかりました");
            WebElement form = browser.driver().findElement(By.id("directory-form"));
            new Select(form.findElement(By.name("municipality"))).selectByValue("");
            new Select(form.findElement(By.name("kind"))).selectByValue("PLACE_TO_BE");
            form.findElement(By.id("directory-search")).click();
            browser.waitForText(By.id("directory-count"), "件見つかりました");
            List<WebElement> entries = browser.driver().findElements(By.cssSelector("[data-test=directory-entry]"));
            assertThat(entries).isNotEmpty().allSatisfy(e -> assertThat(e.getText()).contains("居場所"));
            browser.screenshot("counter-directory");

            form.findElement(By.name("q")).sendKeys("どこにもないことばxyz");
            form.findElement(By.id("directory-search")).click();
            browser.waitForText(By.id("directory-count"), "見つかりませんでした");
            assertThat(browser.driver().findElement(By.id("directory-count")).getText())
                    .as("nothing found is said in a sentence with what to try").doesNotContain("0件").contains("もう一度");
            form.findElement(By.name("q")).clear();
            assertThat(browser.unlabelledControls()).as("controls without a label").isEmpty();
        }
    }

    @Test
    void everyScreenFitsAPhoneWithoutSidewaysScrolling() throws Exception {
        long proposal = publishedProposalForANewPerson();
        try (Browser browser = Browser.open(base, PHONE, 800)) {
            browser.signIn(MATSUMOTO_COUNTER, PASSWORD, "counter.html");
            browser.waitFor(By.cssSelector("#people-results table"));
            assertFits(browser, "counter-people-375");
            browser.go("counter.html#person/new");
            browser.waitFor(By.id("person-form"));
            assertFits(browser, "counter-person-375");
            browser.go("counter.html#proposal/" + proposal);
            browser.waitFor(By.id("accept-form"));
            assertFits(browser, "counter-proposal-375");
            for (String view : List.of("placements", "limits", "inbox")) {
                browser.go("counter.html#" + view);
                browser.waitFor(By.cssSelector("main h1"));
                assertFits(browser, "counter-" + view + "-375");
            }
            browser.go("counter.html#directory");
            browser.waitForText(By.id("directory-count"), "件見つかりました");
            assertFits(browser, "counter-directory-375");
        }
    }

    private static void assertFits(Browser browser, String screenshot) {
        browser.screenshot(screenshot);
        assertThat(browser.documentScrollWidth()).as(screenshot).isLessThanOrEqualTo(PHONE);
    }

    private static List<String> caseCodesShown(Browser browser) {
        return browser.driver().findElements(By.cssSelector("#people-results [data-test=person-link]")).stream()
                .map(WebElement::getText).toList();
    }

    private static WebElement checkbox(WebElement form, String name, String value) {
        return form.findElement(By.cssSelector("input[name=" + name + "][value=" + value + "]"));
    }

    private static void check(WebElement form, String name, String value) {
        WebElement box = checkbox(form, name, value);
        if (!box.isSelected()) {
            box.click();
        }
    }

    /** A new person of 松本市 with a published proposal and one alternative (see {@link PublishedProposals}). */
    private long publishedProposalForANewPerson() throws Exception {
        return PublishedProposals.forANewPerson(base, MATSUMOTO_COUNTER, MATSUMOTO);
    }

    private static long single(Connection db, String sql) throws Exception {
        try (Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            assertThat(rows.next()).as(sql).isTrue();
            return rows.getLong(1);
        }
    }
}
