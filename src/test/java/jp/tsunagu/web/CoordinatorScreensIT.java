package jp.tsunagu.web;

import static jp.tsunagu.support.SampleAccounts.COORDINATOR;
import static jp.tsunagu.support.SampleAccounts.EMPLOYER;
import static jp.tsunagu.support.SampleAccounts.MATSUMOTO_COUNTER;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.tsunagu.support.Api;
import jp.tsunagu.support.Browser;
import jp.tsunagu.support.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The coordinator's screens in a real browser against the deployed WAR and the sample prefecture:
 * the week's figures, a short round followed live, the review and publication of its proposals, a
 * broken CSV file reported by line, the map and the chart (without a CSP violation), and the phone
 * width. The steps build on each other (one round), hence the order.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CoordinatorScreensIT {

    /** Records every Content-Security-Policy violation of a page, installed before the page's own scripts run. */
    private static final String CSP_RECORDER = "window.__cspViolations = [];"
            + "document.addEventListener('securitypolicyviolation', e => window.__cspViolations.push("
            + "e.violatedDirective + ' ' + e.blockedURI + ' ' + e.sourceFile + ':' + e.lineNumber));";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtWar();
    }

    @ArquillianResource
    URL base;

    private static Browser desktop;
    private static long roundId;

    @AfterAll
    static void closeBrowser() {
        if (desktop != null) {
            desktop.close();
        }
    }

    private Api coordinator() {
        return new Api(base).as(COORDINATOR);
    }

    private Browser desktop() {
        if (desktop == null) {
            desktop = open(1280, 1400);
            desktop.signIn(COORDINATOR, Api.DEMO_PASSWORD, "coordinator.html");
        }
        return desktop;
    }

    private Browser open(int width, int height) {
        Browser browser = Browser.open(base, width, height);
        browser.driver().executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", CSP_RECORDER));
        return browser;
    }

    private static List<String> cspViolations(Browser browser) {
        @SuppressWarnings("unchecked")
        List<String> violations = (List<String>) browser.driver().executeScript("return window.__cspViolations || []");
        return violations;
    }

    private static WebDriverWait patiently(Browser browser) {
        return new WebDriverWait(browser.driver(), Duration.ofSeconds(180));
    }

    private static void scrollTo(Browser browser, WebElement element) {
        browser.driver().executeScript("arguments[0].scrollIntoView()", element);
    }

    private static String text(Browser browser, String test) {
        return browser.waitFor(By.cssSelector("[data-test=" + test + "]")).getText();
    }

    @Test
    @Order(1)
    void theOverviewCountsPoolHostsAndSlotsPerMunicipalityForTheCoordinatorOnly() {
        JsonObject overview = coordinator().get("/overview").json();
        List<JsonObject> municipalities = overview.getJsonArray("municipalities").stream().map(JsonValue::asJsonObject).toList();
        assertThat(municipalities).hasSize(coordinator().get("/municipalities").array().size());
        assertThat(municipalities).allSatisfy(m -> assertThat(m.containsKey("latitude") && !m.isNull("latitude")).isTrue());

        long waiting = coordinator().list("/candidates").stream().map(JsonValue::asJsonObject)
                .filter(c -> c.getString("status").equals("ACTIVE")
                        && c.getJsonObject("profile").getBoolean("consentToMatching"))
                .count();
        long holdingSlot = overview.getJsonNumber("holdingSlot").longValue();
        assertThat(holdingSlot).as("the sample's running placements continue where they are").isPositive();
        assertThat(overview.getJsonNumber("waiting").longValue() + holdingSlot).isEqualTo(waiting);
        assertThat(overview.getJsonNumber("waiting").longValue()).isPositive();
        assertThat(municipalities.stream().mapToLong(m -> m.getJsonNumber("waiting").longValue()).sum())
                .isEqualTo(overview.getJsonNumber("waiting").longValue());
        assertThat(municipalities.stream().mapToLong(m -> m.getJsonNumber("hosts").longValue()).sum())
                .isEqualTo(coordinator().get("/hosts").array().size());
        assertThat(overview.getJsonNumber("openSlots").longValue()).isPositive()
                .isLessThanOrEqualTo(coordinator().get("/slots").array().size());

        assertThat(new Api(base).as(MATSUMOTO_COUNTER).get("/overview").status()).isEqualTo(403);
        assertThat(new Api(base).as(EMPLOYER).get("/overview").status()).isEqualTo(403);
        assertThat(coordinator().get("/overview?round=987654").status()).isEqualTo(404);
    }

    @Test
    @Order(2)
    void theWeekAtAGlanceShowsTheRealFigures() {
        Browser browser = desktop();
        browser.go("coordinator.html");
        JsonObject overview = coordinator().get("/overview").json();
        long unread = coordinator().get("/inbox/count").json().getJsonNumber("unread").longValue();
        browser.waitForText(By.cssSelector("[data-test=waiting]"), overview.getJsonNumber("waiting") + "人");
        assertThat(text(browser, "open-slots")).isEqualTo(overview.getJsonNumber("openSlots") + "枠");
        assertThat(text(browser, "draft-proposals")).isEqualTo(overview.getJsonNumber("draftProposals") + "件");
        assertThat(text(browser, "awaiting-counter")).isEqualTo(overview.getJsonNumber("awaitingCounter") + "件");
        assertThat(text(browser, "unread")).isEqualTo(unread + "件");
        List<WebElement> poolRows = browser.waitFor(By.cssSelector("[data-test=pool-table]")).findElements(By.cssSelector("tbody tr"));
        long municipalitiesWithPeopleOrHosts = overview.getJsonArray("municipalities").stream().map(JsonValue::asJsonObject)
                .filter(m -> m.getJsonNumber("waiting").longValue() > 0 || m.getJsonNumber("hosts").longValue() > 0).count();
        assertThat(poolRows).hasSize((int) municipalitiesWithPeopleOrHosts);
    }

    @Test
    @Order(3)
    void aShortRoundShowsItsProgressThenItsResult() throws InterruptedException {
        Browser browser = desktop();
        browser.go("coordinator.html");
        WebElement seconds = browser.waitFor(By.cssSelector("input[name=solveSeconds]"));
        seconds.clear();
        seconds.sendKeys("6");
        browser.driver().findElement(By.cssSelector("[data-test=start-round]")).click();

        WebElement bar = browser.waitFor(By.cssSelector("[data-test=round-progress]"));
        double first = Double.parseDouble(bar.getDomProperty("value"));
        Thread.sleep(1500);
        double later = Double.parseDouble(browser.driver().findElement(By.cssSelector("[data-test=round-progress]")).getDomProperty("value"));
        assertThat(later).as("the bar moves while the round runs").isGreaterThan(first);
        assertThat(browser.driver().findElement(By.cssSelector("[data-test=round-stop]")).isDisplayed()).isTrue();
        browser.screenshot("coordinator-round-running");

        WebElement result = patiently(browser).until(d -> d.findElement(By.cssSelector("[data-test=round-result]")));
        JsonObject latest = coordinator().get("/rounds").array().stream().map(JsonValue::asJsonObject)
                .max((a, b) -> Long.compare(a.getJsonNumber("id").longValue(), b.getJsonNumber("id").longValue())).orElseThrow();
        roundId = latest.getJsonNumber("id").longValue();
        assertThat(latest.getString("status")).isEqualTo("COMPLETED");
        assertThat(latest.getInt("placed")).isPositive();
        assertThat(result.getText()).contains("第" + roundId + "回", latest.getInt("candidates") + "人中 " + latest.getInt("placed") + "人を配置");
        browser.screenshot("coordinator-home");
        assertThat(browser.unlabelledControls()).as("controls without a label").isEmpty();
    }

    @Test
    @Order(4)
    void theProposalsShowTheirExplanationsAndArePinnedThenPublished() {
        Browser browser = desktop();
        List<JsonObject> proposals = coordinator().get("/rounds/" + roundId + "/proposals").array().stream()
                .map(JsonValue::asJsonObject).toList();
        assertThat(proposals).isNotEmpty();
        browser.go("coordinator-round.html?round=" + roundId);
        WebElement table = browser.waitFor(By.cssSelector("[data-test=proposals-table]"));
        List<WebElement> rows = table.findElements(By.cssSelector("tbody tr"));
        assertThat(rows).hasSize(proposals.size());

        WebElement firstRow = rows.get(0);
        assertThat(firstRow.getText()).contains(proposals.get(0).getString("caseCode"), proposals.get(0).getString("hostName"));
        firstRow.findElement(By.cssSelector("details summary")).click();
        assertThat(firstRow.findElement(By.cssSelector("[data-test=explanation]")).getText())
                .isEqualTo(proposals.get(0).getString("explanationJa"));
        long alternatives = proposals.stream().mapToLong(p -> p.getJsonArray("alternatives").size()).sum();
        long chains = proposals.stream().flatMap(p -> p.getJsonArray("alternatives").stream())
                .filter(a -> !a.asJsonObject().getJsonArray("moves").isEmpty()).count();
        assertThat(browser.driver().findElements(By.cssSelector("[data-test=alternative]"))).hasSize((int) alternatives);
        assertThat(browser.driver().findElements(By.cssSelector("[data-test=chain]"))).hasSize((int) chains);
        assertThat(browser.driver().findElements(By.cssSelector("[data-test=score-difference]")))
                .as("each alternative compared in a sentence, never as a score").hasSize((int) alternatives)
                .allSatisfy(d -> assertThat(d.getAttribute("textContent")).containsPattern("移動(が\\d+分(長く|短く)なります|時間は変わりません)")
                        .doesNotContain("hard", "medium", "soft"));
        assertThat(browser.driver().findElements(By.cssSelector("[data-test=unplaced-table] tbody tr, [data-test=unplaced-table-empty]")))
                .isNotEmpty();
        browser.screenshot("coordinator-round");
        assertThat(browser.unlabelledControls()).as("controls without a label").isEmpty();
        Object overflow = browser.driver().executeScript("const box = document.querySelector("
                + "'[data-test=proposals-table]').closest('.table-scroll'); return box.scrollWidth - box.clientWidth;");
        assertThat(((Number) overflow).intValue()).as("the proposals table fits 1280 px, an explanation open").isLessThanOrEqualTo(0);
        Object pinRight = browser.driver().executeScript("return document.querySelector('[data-test=pin]')"
                + ".getBoundingClientRect().right <= window.innerWidth;");
        assertThat(pinRight).as("the row's actions are in view").isEqualTo(Boolean.TRUE);

        firstRow.findElement(By.cssSelector("[data-test=pin]")).click();
        browser.waitForText(By.cssSelector("#proposals > .message-success"), proposals.get(0).getString("caseCode") + " の提案を固定しました。");
        assertThat(coordinator().get("/proposals/" + proposals.get(0).getJsonNumber("id")).json().getBoolean("pinned")).isTrue();

        long drafts = coordinator().get("/rounds/" + roundId + "/proposals").array().stream()
                .filter(p -> p.asJsonObject().getString("state").equals("DRAFT")).count();
        JsonArray shares = coordinator().get("/rounds/" + roundId + "/publication").array();
        assertThat(shares.stream().mapToInt(sh -> sh.asJsonObject().getInt("proposals")).sum())
                .as("publishing tells each counter its share of the drafts").isEqualTo((int) drafts);
        assertThat(new Api(base).as(MATSUMOTO_COUNTER).get("/rounds/" + roundId + "/publication").status()).isEqualTo(403);
        browser.waitFor(By.cssSelector("[data-test=publish]")).click();
        WebElement confirm = browser.waitFor(By.cssSelector("[data-test=publication-table]"));
        assertThat(confirm.findElements(By.cssSelector("tbody tr"))).hasSize(shares.size());
        assertThat(confirm.getText()).contains(shares.getJsonObject(0).getString("counterName"));
        assertThat(coordinator().get("/rounds/" + roundId).json().getBoolean("published")).as("not before confirming").isFalse();
        assertThat(browser.driver().findElement(By.cssSelector("[data-test=publish]")).isDisplayed())
                .as("the publish button gives way to the confirmation").isFalse();
        browser.screenshot("coordinator-publish-confirm");
        browser.driver().findElement(By.cssSelector("[data-test=publish-confirm]")).click();
        browser.waitForText(By.cssSelector("#review-actions > .message-success"), "第" + roundId + "回を公開しました。");
        assertThat(browser.driver().findElements(By.cssSelector("[data-test=publish]")))
                .as("nothing is left to publish").isEmpty();
        assertThat(browser.driver().findElements(By.cssSelector("[data-test=nothing-to-publish]"))).hasSize(1);
        assertThat(coordinator().get("/rounds/" + roundId).json().getBoolean("published")).isTrue();
        assertThat(text(browser, "summary-drafts")).isEqualTo("0件");
        assertThat(coordinator().get("/rounds/" + roundId + "/proposals").array().stream()
                .map(p -> p.asJsonObject().getString("state"))).doesNotContain("DRAFT").contains("PUBLISHED");
    }

    @Test
    @Order(5)
    void aBrokenCsvFileIsReportedByLineInThePageAndChangesNothing() throws IOException {
        Browser browser = desktop();
        int hostsBefore = coordinator().get("/hosts").array().size();
        String ref = "UI" + UUID.randomUUID().toString().substring(0, 6);
        Path file = Files.createTempFile("hosts-", ".csv");
        Files.writeString(file, "host_ref,name,kind,municipality_code,latitude,longitude,contact_person,contact_hours,actively_accepting,site_accommodations\r\n"
                + ref + "-1,良い農園,農家,202029,,,田中,平日9-17時,はい,\r\n"
                + ref + "-2,悪い種別,宇宙船,202029,,,,,no,\r\n", StandardCharsets.UTF_8);
        try {
            browser.go("coordinator-registry.html");
            browser.waitFor(By.cssSelector("[data-test=hosts-table]"));
            new Select(browser.driver().findElement(By.cssSelector("select[name=file]"))).selectByValue("hosts");
            browser.driver().findElement(By.cssSelector("input[type=file]")).sendKeys(file.toAbsolutePath().toString());
            browser.driver().findElement(By.cssSelector("[data-test=import]")).click();
            WebElement lineError = browser.waitFor(By.cssSelector("[data-test=import-report] .line-errors li"));
            assertThat(lineError.getText()).startsWith("3行目：「種別」列：").contains("宇宙船").doesNotContain("kind");
            assertThat(text(browser, "import-report")).contains("何も取り込んでいません");
            assertThat(coordinator().get("/hosts").array().size()).as("nothing of a broken file is stored").isEqualTo(hostsBefore);
            assertThat(browser.driver().findElement(By.cssSelector("[data-test=export-hosts]")).getDomAttribute("href"))
                    .endsWith("/api/registry/hosts.csv?charset=Shift_JIS");
            String utf8 = browser.driver().findElement(By.cssSelector("[data-test=export-hosts-utf8]")).getDomProperty("href");
            Object firstLine = browser.driver().executeAsyncScript("const done = arguments[arguments.length - 1];"
                    + "fetch(arguments[0]).then(r => r.text()).then(t => done(t.split(/\\r?\\n/)[0]), e => done(String(e)));", utf8);
            assertThat(firstLine).as("the export link downloads with the sign-in session, headed in Japanese")
                    .asString().contains("受入先番号,名称,種別");
            assertThat(browser.driver().findElement(By.cssSelector("[data-test=export-hosts-columns]")).getDomAttribute("href"))
                    .endsWith("/api/registry/hosts.csv?headings=columns");
            browser.screenshot("coordinator-registry");
            assertThat(browser.unlabelledControls()).as("controls without a label").isEmpty();
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    @Order(6)
    void theMapAndTheChartDrawTheRoundWithoutBreakingTheContentPolicy() {
        Browser browser = desktop();
        JsonObject overview = coordinator().get("/overview?round=" + roundId).json();
        List<JsonObject> municipalities = overview.getJsonArray("municipalities").stream().map(JsonValue::asJsonObject).toList();
        browser.go("coordinator-map.html?round=" + roundId);

        WebElement map = browser.waitFor(By.cssSelector("svg[data-test=map]"));
        assertThat(map.findElements(By.cssSelector("g.map-place"))).hasSize(municipalities.size());
        long withPeople = municipalities.stream().filter(m -> m.getJsonNumber("waiting").longValue() > 0).count();
        assertThat(map.findElements(By.cssSelector("g.map-place-waiting"))).hasSize((int) withPeople);
        assertThat(browser.driver().findElements(By.cssSelector("[data-test=map-table] tbody tr"))).isNotEmpty();

        WebElement chart = patiently(browser).until(d -> d.findElement(By.cssSelector("[data-test=chart] canvas")));
        assertThat(chart.getSize().getHeight()).isGreaterThan(100);
        long inPool = municipalities.stream()
                .filter(m -> m.getJsonNumber("placed").longValue() + m.getJsonNumber("unplaced").longValue() > 0).count();
        assertThat(browser.driver().findElement(By.cssSelector("[data-test=chart]")).getDomAttribute("data-rows"))
                .isEqualTo(String.valueOf(inPool));
        assertThat(browser.driver().findElements(By.cssSelector("[data-test=chart-table] tbody tr"))).hasSize((int) inPool);
        long placed = municipalities.stream().mapToLong(m -> m.getJsonNumber("placed").longValue()).sum();
        assertThat(placed).isEqualTo(coordinator().get("/rounds/" + roundId).json().getInt("placed"));

        new Select(browser.driver().findElement(By.cssSelector("select[name=order]"))).selectByValue("code");
        new Select(browser.driver().findElement(By.cssSelector("select[name=measure]"))).selectByValue("hosts");
        browser.waitFor(By.cssSelector("svg[data-test=map][data-measure=hosts]"));
        assertThat(cspViolations(browser)).as("the map and the chart need no relaxed content policy").isEmpty();
        browser.screenshot("coordinator-map");
        assertThat(browser.unlabelledControls()).as("controls without a label").isEmpty();
        browser.driver().executeScript("arguments[0].scrollIntoView()", browser.driver().findElement(By.id("chart-title")));
        browser.screenshot("coordinator-chart");
    }

    @Test
    @Order(7)
    void atPhoneWidthNoScreenScrollsSideways() {
        try (Browser phone = open(375, 812)) {
            phone.signIn(COORDINATOR, Api.DEMO_PASSWORD, "coordinator.html");
            Map<String, String> screens = Map.of(
                    "coordinator.html", "[data-test=pool-table]",
                    "coordinator-round.html?round=" + roundId, "[data-test=proposals-table]",
                    "coordinator-map.html?round=" + roundId, "[data-test=chart] canvas",
                    "coordinator-registry.html", "[data-test=hosts-table]",
                    "coordinator-inbox.html", "[data-test=inbox-unread]");
            for (var screen : screens.entrySet()) {
                phone.go(screen.getKey());
                patiently(phone).until(d -> !d.findElements(By.cssSelector(screen.getValue())).isEmpty());
                assertThat(phone.documentScrollWidth()).as(screen.getKey()).isLessThanOrEqualTo(375);
                assertThat(cspViolations(phone)).as(screen.getKey()).isEmpty();
            }
            phone.go("coordinator.html");
            phone.waitFor(By.cssSelector("[data-test=pool-table]"));
            phone.screenshot("coordinator-home-375");
            phone.go("coordinator-round.html?round=" + roundId);
            scrollTo(phone, phone.waitFor(By.cssSelector("[data-test=proposals-table]")));
            phone.screenshot("coordinator-round-375");
            phone.go("coordinator-map.html?round=" + roundId);
            scrollTo(phone, phone.waitFor(By.cssSelector("svg[data-test=map]")));
            phone.screenshot("coordinator-map-375");
            phone.go("coordinator-inbox.html");
            phone.waitFor(By.cssSelector("[data-test=inbox-unread]"));
            phone.screenshot("coordinator-inbox-375");
        }
    }
}
