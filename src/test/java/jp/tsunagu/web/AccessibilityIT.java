package jp.tsunagu.web;

import static jp.tsunagu.support.SampleAccounts.COORDINATOR;
import static jp.tsunagu.support.SampleAccounts.EMPLOYER;
import static jp.tsunagu.support.SampleAccounts.MATSUMOTO;
import static jp.tsunagu.support.SampleAccounts.MATSUMOTO_COUNTER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import jp.tsunagu.support.Api;
import jp.tsunagu.support.Browser;
import jp.tsunagu.support.Deployments;
import jp.tsunagu.support.PublishedProposals;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Accessibility as a test. Every screen of every role is checked by axe-core against the WCAG 2.1 A
 * and AA rules, on a desktop (1280 px) and on an emulated phone (375 px): no violation. To check a new
 * screen, add it to its role's list below ({@link Screen}: a name, its address, and what shows that
 * it has finished drawing). Then the paths that matter most are walked with the keyboard only (Tab,
 * Shift+Tab, Space, Enter; never a click): the counter accepts and declines a published proposal with
 * the person, the host confirms one, and the outcome is read back through the API.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessibilityIT {

    static final int DESKTOP = 1280;
    static final int PHONE = 375;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtWar();
    }

    @ArquillianResource
    URL base;

    /**
     * A screen to check: its name in the report, its address below the application's root, what shows
     * it is drawn, and what is done on it before the check (nothing, unless {@link #after}).
     */
    record Screen(String name, String address, By ready, Consumer<Browser> action) {
        static Screen of(String name, String address, String readyCss) {
            return new Screen(name, address, By.cssSelector(readyCss), browser -> { });
        }

        /** The same screen in another state, once {@code action} is done on it (a form refused, details opened). */
        Screen after(String state, Consumer<Browser> then) {
            return new Screen(name + "（" + state + "）", address, ready, then);
        }
    }

    /** Sends a form as it stands with its button and waits for the complaints beside its fields. */
    private static Consumer<Browser> refused(String button, String form) {
        return browser -> {
            browser.driver().findElement(By.cssSelector(button)).click();
            browser.waitFor(By.cssSelector(form + " [data-field].invalid"));
        };
    }

    // --- every screen, both widths, no violation -----------------------------------------------------

    @Test
    void theSignInPageBreaksNoRule() {
        List<String> found = new ArrayList<>();
        for (boolean phone : List.of(false, true)) {
            try (Browser browser = open(phone)) {
                browser.go("index.html");
                browser.waitFor(By.id("sign-in"));
                found.addAll(check(browser, "index.html", phone));
            }
        }
        assertThat(found).as(report(found)).isEmpty();
    }

    @Test
    void theCoordinatorsScreensBreakNoRule() {
        checkEveryScreen(COORDINATOR, "coordinator.html", List.of(
                Screen.of("今週の状況", "coordinator.html", "[data-test=pool-table]"),
                Screen.of("マッチング結果", "coordinator-round.html", "[data-test=proposals-table]"),
                // The explanations of the first proposals opened (all of them would only repeat the same markup, slowly).
                Screen.of("マッチング結果", "coordinator-round.html", "[data-test=proposals-table]").after("説明を開いた状態",
                        browser -> browser.driver().executeScript("document.querySelectorAll('details:not(.proposal-details),"
                                + " tr:nth-child(-n+3) details.proposal-details').forEach(d => d.open = true)")),
                Screen.of("地図とグラフ", "coordinator-map.html", "[data-test=chart] canvas"),
                Screen.of("受入先の登録", "coordinator-registry.html", "[data-test=hosts-table]"),
                Screen.of("お知らせ", "coordinator-inbox.html", "[data-test=inbox-unread]")));
    }

    @Test
    void theCountersScreensBreakNoRule() throws Exception {
        Fixture data = fixture();
        long person = new Api(base).as(MATSUMOTO_COUNTER).get("/proposals/" + data.published).json()
                .getJsonNumber("candidateId").longValue();
        checkEveryScreen(MATSUMOTO_COUNTER, "counter.html", List.of(
                Screen.of("支援対象者", "counter.html#people", "#people-results table"),
                Screen.of("新しい方の登録", "counter.html#person/new", "#person-form"),
                Screen.of("新しい方の登録", "counter.html#person/new", "#person-form")
                        .after("入力の誤り", refused("#save-person", "#person-form")),
                Screen.of("支援対象者の編集", "counter.html#person/" + person, "#person-form"),
                Screen.of("提案の一覧", "counter.html#proposals", "[data-test=proposal-link]"),
                Screen.of("提案（判断待ち）", "counter.html#proposal/" + data.published, "#accept-form"),
                Screen.of("提案（判断待ち）", "counter.html#proposal/" + data.published, "#accept-form")
                        .after("辞退の理由なし", refused("#decline", "#decline-form")),
                Screen.of("提案（受入先の回答待ち）", "counter.html#proposal/" + data.accepted, "#booking-form"),
                Screen.of("受入中", "counter.html#placements", "#view h1"),
                Screen.of("受入中の記録", "counter.html#placement/" + data.placement, "#view h1"),
                Screen.of("利用期限", "counter.html#limits", "#view h1"),
                Screen.of("お知らせ", "counter.html#inbox", "#view h1"),
                Screen.of("社会資源", "counter.html#directory", "[data-test=directory-entry]")));
    }

    @Test
    void theHostsScreensBreakNoRule() throws Exception {
        Fixture data = fixture();
        Api employer = new Api(base).as(EMPLOYER);
        long slot = employer.get("/slots").array().getJsonObject(0).getJsonNumber("id").longValue();
        long task = employer.get("/tasks").array().getJsonObject(0).getJsonNumber("id").longValue();
        checkEveryScreen(EMPLOYER, "employer.html", List.of(
                Screen.of("仕事と受入枠", "employer.html#slots", ".slot-card"),
                Screen.of("受入枠の追加", "employer.html#slot/new", "#slot-form"),
                Screen.of("受入枠の追加", "employer.html#slot/new", "#slot-form")
                        .after("入力の誤り", refused("#save-slot", "#slot-form")),
                Screen.of("受入枠の編集", "employer.html#slot/" + slot, "#slot-form"),
                Screen.of("仕事の追加", "employer.html#task/new", "#task-form"),
                Screen.of("仕事の追加", "employer.html#task/new", "#task-form")
                        .after("入力の誤り", refused("#save-task", "#task-form")),
                Screen.of("仕事の編集", "employer.html#task/" + task, "#task-form"),
                Screen.of("提案の一覧", "employer.html#proposals", ".proposal-card"),
                Screen.of("提案（回答待ち）", "employer.html#proposal/" + data.accepted, "#confirm-form"),
                Screen.of("提案（受入決定）", "employer.html#proposal/" + data.confirmed, "[data-test=profile]"),
                Screen.of("出席の一覧", "employer.html#placements", ".placement-card"),
                Screen.of("出席の記録", "employer.html#placement/" + data.placement, "#attendance-form"),
                Screen.of("お知らせ", "employer.html#inbox", "main h1")));
    }

    /**
     * Signs in as {@code account} at each width, visits each screen, and fails with every violation of
     * every screen at once (rule, impact, what it asks, and the elements by selector and markup).
     */
    private void checkEveryScreen(String account, String home, List<Screen> screens) {
        List<String> found = new ArrayList<>();
        for (boolean phone : List.of(false, true)) {
            try (Browser browser = open(phone)) {
                browser.signIn(account, Api.DEMO_PASSWORD, home);
                for (Screen screen : screens) {
                    // Each screen from a fresh page, as a bookmark opens it: a view after # would otherwise be
                    // drawn into the page of the screen before, whose content could pass for its own.
                    browser.driver().get("about:blank");
                    browser.go(screen.address());
                    new WebDriverWait(browser.driver(), Duration.ofSeconds(60))
                            .until(d -> !d.findElements(screen.ready()).isEmpty()
                                    && d.findElements(By.xpath("//main//*[normalize-space(text())='読み込み中…']")).isEmpty());
                    screen.action().accept(browser);
                    found.addAll(check(browser, screen.name() + " " + screen.address(), phone));
                }
            }
        }
        assertThat(found).as(report(found)).isEmpty();
    }

    private Browser open(boolean phone) {
        return phone ? Browser.openPhone(base, PHONE, 812) : Browser.open(base, DESKTOP, 900);
    }

    private static List<String> check(Browser browser, String screen, boolean phone) {
        int width = phone ? PHONE : DESKTOP;
        assertThat(browser.viewportWidth()).as("the layout viewport of " + screen).isEqualTo(width);
        return browser.accessibilityViolations().stream().map(v -> screen + " @" + width + "px: " + v).toList();
    }

    private static String report(List<String> found) {
        return found.size() + " accessibility violation(s) (WCAG 2.1 A/AA, axe-core):\n  " + String.join("\n  ", found);
    }

    // --- the keyboard only ----------------------------------------------------------------------------

    @Test
    void theCounterAcceptsAProposalWithTheKeyboardOnly() throws Exception {
        Api counter = new Api(base).as(MATSUMOTO_COUNTER);
        long proposal = PublishedProposals.forANewPerson(base, MATSUMOTO_COUNTER, MATSUMOTO);
        String caseCode = counter.get("/proposals/" + proposal).json().getString("caseCode");
        try (Browser browser = Browser.open(base, DESKTOP, 900)) {
            signInWithKeys(browser, MATSUMOTO_COUNTER, "counter.html");
            openProposalWithKeys(browser, caseCode, proposal);
            tabTo(browser, "#accept-form input[name=sharedItems][value=INTERESTS]");
            press(browser, Keys.SPACE);
            tabTo(browser, "#accept");
            press(browser, Keys.ENTER);
            browser.waitForText(By.id("proposal-state"), "受入先の回答待ち");
        }
        JsonObject after = counter.get("/proposals/" + proposal).json();
        assertThat(after.getString("state")).isEqualTo("ACCEPTED");
        assertThat(after.getJsonArray("sharedItems").getValuesAs(jakarta.json.JsonString.class))
                .extracting(jakarta.json.JsonString::getString).contains("INTERESTS");
    }

    @Test
    void theCounterDeclinesAProposalWithTheKeyboardOnly() throws Exception {
        Api counter = new Api(base).as(MATSUMOTO_COUNTER);
        long proposal = PublishedProposals.forANewPerson(base, MATSUMOTO_COUNTER, MATSUMOTO);
        String caseCode = counter.get("/proposals/" + proposal).json().getString("caseCode");
        String reason;
        try (Browser browser = Browser.open(base, DESKTOP, 900)) {
            signInWithKeys(browser, MATSUMOTO_COUNTER, "counter.html");
            openProposalWithKeys(browser, caseCode, proposal);
            tabTo(browser, "#decline-form select[name=reason]");
            press(browser, Keys.ARROW_DOWN);
            reason = (String) browser.driver().executeScript("return document.activeElement.value");
            assertThat(reason).as("a reason chosen with the arrow key").isNotEmpty();
            tabTo(browser, "#decline-form textarea[name=note]");
            new Actions(browser.driver()).sendKeys("本人と相談し、今回は見送り").perform();
            // Back and forth: Shift+Tab leaves the note for the reason, Tab returns.
            new Actions(browser.driver()).keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
            assertFocused(browser, "#decline-form select[name=reason]");
            tabTo(browser, "#decline");
            press(browser, Keys.ENTER);
            browser.waitForText(By.id("proposal-state"), "辞退");
        }
        JsonObject after = counter.get("/proposals/" + proposal).json();
        assertThat(after.getString("state")).isEqualTo("DECLINED_BY_PERSON");
        assertThat(after.getString("declineReason")).isEqualTo(reason);
        assertThat(after.getString("declineNote")).isEqualTo("本人と相談し、今回は見送り");
    }

    @Test
    void theHostConfirmsAProposalWithTheKeyboardOnly() throws Exception {
        Api employer = new Api(base).as(EMPLOYER);
        long proposal = acceptedAtTheEmployersHost();
        try (Browser browser = Browser.open(base, DESKTOP, 900)) {
            signInWithKeys(browser, EMPLOYER, "employer.html");
            tabTo(browser, ".site-header nav a[href='#proposals']");
            press(browser, Keys.ENTER);
            browser.waitForUrl("#proposals");
            browser.waitFor(By.cssSelector(".proposal-card[data-proposal-id='" + proposal + "'] a"));
            tabTo(browser, ".proposal-card[data-proposal-id='" + proposal + "'] a");
            press(browser, Keys.ENTER);
            browser.waitFor(By.id("confirm-form"));
            tabTo(browser, "#confirm-form textarea[name=note]");
            new Actions(browser.driver()).sendKeys("初日は9時に事務所へ").perform();
            tabTo(browser, "#confirm-proposal");
            press(browser, Keys.ENTER);
            browser.waitForText(By.cssSelector("[data-test=proposal-state]"), "受入決定");
        }
        JsonObject after = employer.get("/proposals/" + proposal + "/profile").json();
        assertThat(after.getString("state")).isEqualTo("CONFIRMED");
        assertThat(after.getString("firstDay")).as("the first day offered, a week ahead")
                .isEqualTo(LocalDate.now(ZoneId.of("Asia/Tokyo")).plusDays(7).toString());
        assertThat(after.getString("hostNote")).isEqualTo("初日は9時に事務所へ");
    }

    /** Signs in on the sign-in page with keys: Tab to the user name, type, Tab, type the password, Enter. */
    private static void signInWithKeys(Browser browser, String username, String home) {
        browser.go("index.html");
        browser.waitFor(By.id("sign-in"));
        tabTo(browser, "#username");
        new Actions(browser.driver()).sendKeys(username).perform();
        press(browser, Keys.TAB);
        assertFocused(browser, "#password");
        new Actions(browser.driver()).sendKeys(Api.DEMO_PASSWORD).perform();
        press(browser, Keys.ENTER);
        browser.waitForUrl(home);
        browser.waitFor(By.cssSelector("[data-test=account-name]"));
    }

    /** From the counter's home: the menu's 提案, the search by case code, the proposal's link; all with keys. */
    private static void openProposalWithKeys(Browser browser, String caseCode, long proposal) {
        tabTo(browser, ".site-header nav a[href='counter.html#proposals']");
        press(browser, Keys.ENTER);
        browser.waitFor(By.cssSelector("#view input[name=caseCode]"));
        tabTo(browser, "#view input[name=caseCode]");
        new Actions(browser.driver()).sendKeys(caseCode).perform();
        browser.waitFor(By.cssSelector("a[href='#proposal/" + proposal + "']"));
        tabTo(browser, "a[href='#proposal/" + proposal + "']");
        press(browser, Keys.ENTER);
        browser.waitFor(By.id("accept-form"));
    }

    private static void press(Browser browser, CharSequence keys) {
        new Actions(browser.driver()).sendKeys(keys).perform();
    }

    /**
     * Presses Tab until the element {@code css} has the focus; fails, naming every element the focus
     * passed through, if it never gets there (not focusable, or out of the tab order).
     */
    private static void tabTo(Browser browser, String css) {
        List<String> passed = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            if (focused(browser, css)) {
                return;
            }
            press(browser, Keys.TAB);
            passed.add(describeFocused(browser));
        }
        fail("Tab never reached " + css + "; the focus went through:\n  " + String.join("\n  ", passed));
    }

    private static void assertFocused(Browser browser, String css) {
        assertThat(focused(browser, css)).as("the focus on " + css + ", not on " + describeFocused(browser)).isTrue();
    }

    private static boolean focused(Browser browser, String css) {
        return (Boolean) browser.driver().executeScript(
                "return !!document.activeElement && document.activeElement.matches(arguments[0])", css);
    }

    private static String describeFocused(Browser browser) {
        return (String) browser.driver().executeScript("""
                const e = document.activeElement;
                if (!e) return '(nothing)';
                return e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.name ? '[name=' + e.name + ']' : '')
                    + (e.getAttribute('href') ? '[href=' + e.getAttribute('href') + ']' : '')
                    + ' ' + (e.textContent || '').trim().slice(0, 30);
                """);
    }

    // --- the data the screens need --------------------------------------------------------------------

    /** Proposals in each state the screens show, of a new person of 松本市 each, at the demo host where a host looks. */
    record Fixture(long published, long accepted, long confirmed, long placement) {
    }

    private Fixture fixture() throws Exception {
        Api employer = new Api(base).as(EMPLOYER);
        long published = PublishedProposals.forANewPerson(base, MATSUMOTO_COUNTER, MATSUMOTO);
        long accepted = acceptedAtTheEmployersHost();
        long confirmed = acceptedAtTheEmployersHost();
        var answer = employer.post("/proposals/" + confirmed + "/confirm", """
                {"version":%d,"firstDay":"%s","note":"初日は9時に事務所へ"}"""
                .formatted(employer.get("/proposals/" + confirmed + "/profile").json().getJsonNumber("version").longValue(),
                        LocalDate.now(ZoneId.of("Asia/Tokyo"))));
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        long placement = employer.get("/placements").array().stream().map(JsonValue::asJsonObject)
                .filter(p -> p.getJsonNumber("proposalId").longValue() == confirmed).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        return new Fixture(published, accepted, confirmed, placement);
    }

    /** A proposal to the demo employer's host that the counter of 松本市 accepted with the person's consent. */
    private long acceptedAtTheEmployersHost() throws Exception {
        Api counter = new Api(base).as(MATSUMOTO_COUNTER);
        long hostId = new Api(base).as(EMPLOYER).get("/me").json().getJsonNumber("hostId").longValue();
        long id = PublishedProposals.forANewPersonAtHost(base, MATSUMOTO_COUNTER, MATSUMOTO, hostId);
        var accepted = counter.post("/proposals/" + id + "/accept", """
                {"version":%d,"consentDate":"%s","sharedItems":["PACING_STAGE","INTERESTS","FIRST_DAY_NEEDS"],
                 "firstDayNeeds":"初日は入口で待ち合わせたい"}"""
                .formatted(counter.get("/proposals/" + id).json().getJsonNumber("version").longValue(),
                        LocalDate.now(ZoneId.of("Asia/Tokyo"))));
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
        return id;
    }
}
