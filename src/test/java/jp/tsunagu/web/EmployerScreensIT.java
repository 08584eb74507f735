package jp.tsunagu.web;

import static jp.tsunagu.support.SampleAccounts.COORDINATOR;
import static jp.tsunagu.support.SampleAccounts.EMPLOYER;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import jp.tsunagu.support.Api;
import jp.tsunagu.support.Browser;
import jp.tsunagu.support.Deployments;
import jp.tsunagu.support.Rounds;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The host's screens on a phone (375 px): a task and a slot created (each first refused with the reason
 * beside the field and what was typed kept), the slot edited (a stale edit explained), closed; a consented proposal read
 * and confirmed, another declined; a week's attendance entered; the inbox read; another organisation's slot refused.
 *
 * <p>The sample has no consented proposal for the demo employer's host, so the test makes one through
 * the API as the coordinator and a counter would: two people of 飯山市 who come only by pick-up on
 * Sundays, a Sunday slot for two of the host picking people up there (every other host picking up in 飯山市
 * excluded for the people), a round solved and published, the people's consent.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EmployerScreensIT {

    static final String IIYAMA = "202134";
    static final String IIYAMA_COUNTER = "counter-" + IIYAMA;
    static final String OTHER_EMPLOYER = "employer-H0002";
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Tokyo"));
    static final int PHONE = 375;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtWar();
    }

    @ArquillianResource
    URL base;

    Api coordinator;
    Api counter;
    Api employer;

    @Test
    void aHostKeepsItsSlotsAnswersAProposalAndRecordsAttendanceOnAPhone() throws Exception {
        Api api = new Api(base);
        coordinator = api.as(COORDINATOR);
        counter = api.as(IIYAMA_COUNTER);
        employer = api.as(EMPLOYER);
        long hostId = employer.get("/me").json().getJsonNumber("hostId").longValue();
        List<Long> consented = consentedProposals(hostId);
        long proposalId = consented.get(0);
        long declinedId = consented.get(1);
        JsonObject otherSlot = slotOf(api.as(OTHER_EMPLOYER).get("/me").json().getJsonNumber("hostId").longValue());

        try (Browser browser = Browser.open(base, PHONE, 800)) {
            browser.signIn(EMPLOYER, Api.DEMO_PASSWORD, "employer.html");
            browser.waitFor(By.cssSelector(".slot-card"));
            assertThat(browser.documentScrollWidth()).as("no sideways scroll on the slot list").isLessThanOrEqualTo(PHONE);
            browser.screenshot("employer-slots");
            assertThat(browser.unlabelledControls()).as("controls without a label").isEmpty();

            // 1. A new task (仕事の切り出し): refused without its kind, the reason beside the field; then saved.
            browser.driver().findElement(By.id("add-task")).click();
            WebElement taskForm = browser.waitFor(By.id("task-form"));
            String taskRef = input(taskForm, "externalRef").getAttribute("value");
            type(taskForm, "title", "店内の品出し");
            type(taskForm, "supervisorName", "店長 " + taskRef);
            browser.driver().findElement(By.id("save-task")).click();
            browser.waitForText(By.cssSelector("#task-form [data-field=workKind] .field-error"), "値を指定してください");
            assertThat(input(taskForm, "title").getAttribute("value")).isEqualTo("店内の品出し");
            new Select(input(taskForm, "workKind")).selectByValue("SALES");
            browser.driver().findElement(By.id("save-task")).click();
            browser.waitForText(By.cssSelector("main > .message-success"), "仕事を登録しました");
            long taskId = employer.get("/tasks").array().stream().map(JsonValue::asJsonObject)
                    .filter(t -> t.getString("externalRef").equals(taskRef)).findFirst().orElseThrow()
                    .getJsonNumber("id").longValue();

            // 2. A new slot of it: first refused (nine hours a day), the reason beside the field, what was typed kept.
            browser.driver().findElement(By.id("add-slot")).click();
            WebElement form = browser.waitFor(By.id("slot-form"));
            String reference = "UI-" + UUID.randomUUID().toString().substring(0, 8);
            new Select(input(form, "taskId")).selectByValue(String.valueOf(taskId));
            type(form, "externalRef", reference);
            check(form, "weekdays", "TUESDAY");
            check(form, "weekdays", "THURSDAY");
            type(form, "hoursPerDay", "9");
            type(form, "capacity", "1");
            browser.driver().findElement(By.id("save-slot")).click();
            By hoursError = By.cssSelector("#slot-form [data-field=hoursPerDay] .field-error");
            browser.waitForText(hoursError, "8 以下");
            assertThat(browser.driver().findElement(hoursError).getText()).doesNotContain("hoursPerDay");
            assertThat(input(form, "externalRef").getAttribute("value")).isEqualTo(reference);
            assertThat(input(form, "hoursPerDay").getAttribute("value")).isEqualTo("9");
            assertThat(checkbox(form, "weekdays", "TUESDAY").isSelected()).isTrue();
            assertThat(browser.driver().findElement(By.cssSelector("main > .message-error")).getText())
                    .contains("入力内容を確認してください");
            assertThat(browser.documentScrollWidth()).isLessThanOrEqualTo(PHONE);
            browser.driver().executeScript("arguments[0].scrollIntoView({block: 'center'})", input(form, "hoursPerDay"));
            browser.screenshot("employer-slot-refused");
            assertThat(browser.unlabelledControls()).as("controls without a label").isEmpty();
            assertThat(slotByRef(reference)).as("nothing saved on refusal").isNull();

            type(form, "hoursPerDay", "3");
            browser.driver().findElement(By.id("save-slot")).click();
            browser.waitForText(By.cssSelector("main > .message-success"), "受入枠を登録しました");
            JsonObject created = slotByRef(reference);
            assertThat(created).isNotNull();
            assertThat(created.getInt("hoursPerDay")).isEqualTo(3);
            assertThat(created.getJsonNumber("taskId").longValue()).isEqualTo(taskId);
            assertThat(created.getJsonArray("weekdays").toString()).contains("TUESDAY", "THURSDAY");
            long slotId = created.getJsonNumber("id").longValue();

            // 3. Edit it; an edit from a stale read is explained and keeps what was typed.
            browser.go("employer.html#slot/" + slotId);
            form = browser.waitFor(By.id("slot-form"));
            JsonObject current = employer.get("/slots/" + slotId).json();
            var meanwhile = coordinator.put("/slots/" + slotId, slotJson(current, 3, true));
            assertThat(meanwhile.status()).as(meanwhile.toString()).isEqualTo(200);
            type(form, "capacity", "2");
            browser.driver().findElement(By.id("save-slot")).click();
            browser.waitForText(By.cssSelector("main > .message-error"), "ほかの人");
            assertThat(input(form, "capacity").getAttribute("value")).isEqualTo("2");
            assertThat(employer.get("/slots/" + slotId).json().getInt("capacity")).as("the other edit stands").isEqualTo(3);
            browser.driver().findElement(By.id("reload-record")).click();
            new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(ExpectedConditions.attributeToBe(
                    By.cssSelector("#slot-form input[name=capacity]"), "value", "3"));
            form = browser.driver().findElement(By.id("slot-form"));
            type(form, "capacity", "2");
            browser.driver().findElement(By.id("save-slot")).click();
            browser.waitForText(By.cssSelector("main > .message-success"), "変更を保存しました");
            assertThat(employer.get("/slots/" + slotId).json().getInt("capacity")).isEqualTo(2);

            // 4. Close it: the card says so, the registry too.
            By card = By.cssSelector(".slot-card[data-slot-id='" + slotId + "']");
            browser.waitFor(card).findElement(By.cssSelector("[data-test=toggle-open]")).click();
            browser.waitForText(By.cssSelector(".slot-card[data-slot-id='" + slotId + "'] [data-test=slot-state]"), "受付終了");
            assertThat(employer.get("/slots/" + slotId).json().getBoolean("open")).isFalse();
            browser.screenshot("employer-slot-closed");

            // 5. The consented proposal: the short profile, then the host confirms with a first day.
            browser.go("employer.html#proposals");
            browser.waitFor(By.cssSelector(".proposal-card[data-proposal-id='" + proposalId + "'] a")).click();
            WebElement profile = browser.waitFor(By.cssSelector("[data-test=profile]"));
            assertThat(profile.getText()).contains("1日2時間・週1日", "初日は送迎の場所を確認したい", "共有されていません");
            assertThat(browser.driver().findElement(By.cssSelector("[data-test=bookings]")).getText())
                    .contains("見学会", "10:00〜11:00", "作業場所の見学");
            assertThat(browser.documentScrollWidth()).isLessThanOrEqualTo(PHONE);
            browser.screenshot("employer-proposal");
            assertThat(browser.unlabelledControls()).as("controls without a label").isEmpty();
            browser.driver().executeScript("arguments[0].scrollIntoView({block: 'start'})",
                    browser.driver().findElement(By.id("answer-heading")));
            browser.screenshot("employer-proposal-answer");
            WebElement firstDay = browser.driver().findElement(By.cssSelector("#confirm-form input[name=firstDay]"));
            browser.driver().executeScript("arguments[0].value = arguments[1]", firstDay, TODAY.toString());
            browser.driver().findElement(By.id("confirm-proposal")).click();
            browser.waitForText(By.cssSelector("[data-test=proposal-state]"), "受入決定");
            assertThat(employer.get("/proposals/" + proposalId + "/profile").json().getString("state")).isEqualTo("CONFIRMED");

            // The other one is declined: その他 needs words, said beside the note; then it is declined.
            browser.go("employer.html#proposal/" + declinedId);
            WebElement decline = browser.waitFor(By.id("host-decline-form"));
            new Select(input(decline, "reason")).selectByValue("OTHER");
            browser.driver().findElement(By.id("decline-proposal")).click();
            browser.waitForText(By.cssSelector("#host-decline-form [data-field=note] .field-error"), "その他");
            assertThat(employer.get("/proposals/" + declinedId + "/profile").json().getString("state")).isEqualTo("ACCEPTED");
            type(decline, "note", "日曜朝の担当者が当面不在のため");
            browser.driver().findElement(By.id("decline-proposal")).click();
            browser.waitForText(By.cssSelector("[data-test=proposal-state]"), "受入先が辞退");
            assertThat(employer.get("/proposals/" + declinedId + "/profile").json().getString("hostDeclineReason"))
                    .isEqualTo("OTHER");

            // 6. A week's attendance of the new placement.
            long placementId = employer.get("/placements").array().stream().map(JsonValue::asJsonObject)
                    .filter(p -> p.getJsonNumber("proposalId").longValue() == proposalId).findFirst().orElseThrow()
                    .getJsonNumber("id").longValue();
            browser.go("employer.html#placements");
            browser.waitFor(By.cssSelector(".placement-card[data-placement-id='" + placementId + "'] a")).click();
            WebElement attendance = browser.waitFor(By.id("attendance-form"));
            type(attendance, "daysAttended", "1");
            type(attendance, "hoursAttended", "1.5");
            browser.driver().findElement(By.id("save-attendance")).click();
            browser.waitForText(By.cssSelector("[data-test=recorded-weeks]"), "1日・1.5時間");
            JsonObject week = employer.get("/placements/" + placementId).json().getJsonArray("attendance").getJsonObject(0);
            assertThat(week.getString("weekStart")).isEqualTo(TODAY.with(java.time.DayOfWeek.MONDAY).toString());
            assertThat(week.getInt("daysAttended")).isEqualTo(1);
            assertThat(week.getJsonNumber("hoursAttended").doubleValue()).isEqualTo(1.5);
            assertThat(browser.documentScrollWidth()).isLessThanOrEqualTo(PHONE);
            browser.screenshot("employer-attendance");
            assertThat(browser.unlabelledControls()).as("controls without a label").isEmpty();

            // 7. The inbox: the unread count in the header goes down as a notification is read.
            browser.go("employer.html#inbox");
            browser.waitFor(By.cssSelector("[data-test=mark-read]"));
            long unread = employer.get("/inbox/count").json().getJsonNumber("unread").longValue();
            assertThat(unread).isPositive();
            browser.waitFor(By.cssSelector("#unread-count[data-count='" + unread + "']"));
            browser.driver().findElement(By.cssSelector("[data-test=mark-read]")).click();
            new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("#unread-count[data-count='" + (unread - 1) + "']")));
            assertThat(employer.get("/inbox/count").json().getJsonNumber("unread").longValue()).isEqualTo(unread - 1);
            assertThat(browser.documentScrollWidth()).isLessThanOrEqualTo(PHONE);
            browser.screenshot("employer-inbox");

            // 8. Another organisation's slot: not found, in words, and nothing changed.
            browser.go("employer.html#slot/" + otherSlot.getJsonNumber("id"));
            browser.waitForText(By.cssSelector("main .message-error"), "見つかりませんでした");
            assertThat(browser.driver().findElements(By.id("slot-form"))).isEmpty();
            JsonObject afterwards = coordinator.get("/slots/" + otherSlot.getJsonNumber("id")).json();
            assertThat(afterwards.getJsonNumber("version").longValue()).isEqualTo(otherSlot.getJsonNumber("version").longValue());
            browser.screenshot("employer-not-found");
        }

        // The same screens on a desktop: the cards stand side by side.
        try (Browser desktop = Browser.open(base, 1280, 900)) {
            desktop.signIn(EMPLOYER, Api.DEMO_PASSWORD, "employer.html");
            desktop.waitFor(By.cssSelector(".slot-card"));
            assertThat(desktop.documentScrollWidth()).isLessThanOrEqualTo(1280);
            desktop.screenshot("employer-desktop-slots");
            desktop.go("employer.html#proposal/" + proposalId);
            desktop.waitForText(By.cssSelector("[data-test=proposal-state]"), "受入決定");
            desktop.screenshot("employer-desktop-proposal");
        }
    }

    // --- the browser -------------------------------------------------------------------------------

    private static WebElement input(WebElement form, String name) {
        return form.findElement(By.cssSelector("[name='" + name + "']"));
    }

    private static WebElement checkbox(WebElement form, String name, String value) {
        return form.findElement(By.cssSelector("input[name='" + name + "'][value='" + value + "']"));
    }

    private static void type(WebElement form, String name, String text) {
        WebElement field = input(form, name);
        field.clear();
        field.sendKeys(text);
    }

    private static void check(WebElement form, String name, String value) {
        WebElement box = checkbox(form, name, value);
        if (!box.isSelected()) {
            box.click();
        }
    }

    // --- the API -----------------------------------------------------------------------------------

    private JsonObject slotByRef(String reference) {
        return employer.get("/slots").array().stream().map(JsonValue::asJsonObject)
                .filter(s -> s.getString("externalRef").equals(reference)).findFirst().orElse(null);
    }

    private JsonObject slotOf(long hostId) {
        return coordinator.get("/slots").array().stream().map(JsonValue::asJsonObject)
                .filter(s -> s.getJsonNumber("hostId").longValue() == hostId).findFirst().orElseThrow();
    }

    private static String slotJson(JsonObject s, int capacity, boolean open) {
        return """
                {"taskId":%d,"externalRef":"%s","weekdays":%s,"startTime":"%s","hoursPerDay":%d,"openFrom":"%s",
                 "openUntil":"%s","seasonMonths":%s,"capacity":%d,"pickUpFrom":%s,"programmes":%s,"open":%b,"version":%d}"""
                .formatted(s.getJsonNumber("taskId").longValue(), s.getString("externalRef"), s.getJsonArray("weekdays"),
                        s.getString("startTime"), s.getInt("hoursPerDay"), s.getString("openFrom"), s.getString("openUntil"),
                        s.getJsonArray("seasonMonths"), capacity, s.getJsonArray("pickUpFrom"), s.getJsonArray("programmes"),
                        open, s.getJsonNumber("version").longValue());
    }

    /** Two proposals to the host that the people accepted with consent, made as the coordinator and a counter would. */
    private List<Long> consentedProposals(long hostId) throws InterruptedException {
        Rounds.awaitNoneRunning(coordinator);
        String ref = "EM-" + UUID.randomUUID().toString().substring(0, 8);
        var task = coordinator.post("/tasks", """
                {"hostId":%d,"externalRef":"%s","title":"日曜朝の清掃","workKind":"CLEANING","physicalLoad":"LIGHT",
                 "customerContact":"NONE","accommodationsOffered":[],"supervisorName":"日曜担当 %s",
                 "supervisorCapacity":3}""".formatted(hostId, ref, ref));
        assertThat(task.status()).as(task.toString()).isEqualTo(201);
        var slot = coordinator.post("/slots", """
                {"taskId":%d,"externalRef":"%s","weekdays":["SUNDAY"],"startTime":"05:00","hoursPerDay":2,
                 "openFrom":"2025-01-01","openUntil":"2030-12-31","seasonMonths":[],"capacity":2,
                 "pickUpFrom":["%s"],"programmes":[],"open":true}"""
                .formatted(task.json().getJsonNumber("id").longValue(), ref, IIYAMA));
        assertThat(slot.status()).as(slot.toString()).isEqualTo(201);

        Set<Long> otherPickUpHosts = coordinator.get("/slots").array().stream().map(JsonValue::asJsonObject)
                .filter(s -> s.getJsonArray("pickUpFrom").stream().anyMatch(v -> v.toString().contains(IIYAMA)))
                .map(s -> s.getJsonNumber("hostId").longValue()).filter(h -> h != hostId)
                .collect(Collectors.toCollection(TreeSet::new));
        List<Long> people = List.of(person(ref + "-1", otherPickUpHosts), person(ref + "-2", otherPickUpHosts));
        long round = Rounds.solved(coordinator);
        var published = coordinator.post("/rounds/" + round + "/publish", "");
        assertThat(published.status()).as(published.toString()).isEqualTo(200);
        List<Long> ids = new ArrayList<>();
        for (long personId : people) {
            JsonObject proposal = counter.get("/rounds/" + round + "/proposals").array().stream()
                    .map(JsonValue::asJsonObject).filter(p -> p.getJsonNumber("candidateId").longValue() == personId)
                    .findFirst().orElseThrow(() -> new AssertionError("a person of the test was not proposed"));
            assertThat(proposal.getJsonNumber("hostId").longValue()).isEqualTo(hostId);
            long id = proposal.getJsonNumber("id").longValue();
            var accepted = counter.post("/proposals/" + id + "/accept", """
                    {"version":%d,"consentDate":"%s","sharedItems":["PACING_STAGE","FIRST_DAY_NEEDS"],
                     "firstDayNeeds":"初日は送迎の場所を確認したい"}"""
                    .formatted(proposal.getJsonNumber("version").longValue(), TODAY));
            assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
            ids.add(id);
        }

        // A site visit tomorrow with a staff member of the counter's own (so no earlier run's booking clashes).
        var staff = counter.post("/staff", "{\"name\":\"就労支援員 " + ref + "\"}");
        assertThat(staff.status()).as(staff.toString()).isEqualTo(201);
        LocalDate tomorrow = TODAY.plusDays(1);
        var visit = counter.post("/proposals/" + ids.get(0) + "/bookings", """
                {"kind":"VISIT","startsAt":"%sT10:00","endsAt":"%sT11:00","staffIds":[%d],"note":"作業場所の見学"}"""
                .formatted(tomorrow, tomorrow, staff.json().getJsonNumber("id").longValue()));
        assertThat(visit.status()).as(visit.toString()).isEqualTo(201);
        return ids;
    }

    /** A person of 飯山市 who comes only on Sundays, by pick-up, with every other host picking up there excluded. */
    private long person(String caseCode, Set<Long> otherPickUpHosts) {
        var person = counter.post("/candidates", """
                {"caseCode":"%s","municipalityCode":"%s","travelMode":"PICK_UP","maxOneWayMinutes":60,
                 "programme":"WORK_EXPERIENCE","programmeStart":"2026-04-01","hoursPerDay":2,"daysPerWeek":1,
                 "availableDays":["SUNDAY"],"availableFrom":"04:00","availableUntil":"20:00","accommodationNeeds":[],
                 "interests":["CLEANING"],"excludedHostIds":%s,"priority":5,"waitingSince":"2025-01-06",
                 "consentToMatching":true,"consentDate":"2025-01-06"}""".formatted(caseCode, IIYAMA, otherPickUpHosts));
        assertThat(person.status()).as(person.toString()).isEqualTo(201);
        return person.json().getJsonNumber("id").longValue();
    }


}
