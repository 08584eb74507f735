package jp.tsunagu.placement;

import static jp.tsunagu.support.SampleAccounts.COORDINATOR;
import static jp.tsunagu.support.SampleAccounts.EMPLOYER;
import static jp.tsunagu.support.SampleAccounts.NAGANO_CITY_COUNTER;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import jp.tsunagu.support.Api;
import jp.tsunagu.support.Deployments;
import jp.tsunagu.support.Rounds;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The lifecycle from proposal to placement and follow-up through the API, across two rounds, on
 * Payara and the real database: solve, pin, publish, decline, re-solve, accept with an alternative
 * and consent, the host's answer, 同行 booked (a clashing booking refused), attendance, a step up
 * suggested, a follow-up overdue flagged, the placement ended, and the person back in the next
 * round's pool with the declined pair still excluded.
 *
 * <p>The test makes its own corner of the sample network so that the solver's freedom does not
 * matter: three people of 飯山市 who can come only by pick-up, and six Saturday-morning slots of
 * the demo employer's host (two per task) that pick people up there; every other host that picks
 * people up in 飯山市 is excluded for them, and nobody else in the sample works Saturdays at six.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PlacementLifecycleIT {

    /** 飯山市: the demo employer's host is there, and its city counter has a stable account name. */
    static final String IIYAMA = "202134";
    static final String IIYAMA_COUNTER = "counter-" + IIYAMA;
    static final String OTHER_EMPLOYER = "employer-H0002";
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Tokyo"));

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
    void aProposalBecomesAPlacementThatIsFollowedUpAndEnds() throws Exception {
        Api api = new Api(base);
        coordinator = api.as(COORDINATOR);
        counter = api.as(IIYAMA_COUNTER);
        employer = api.as(EMPLOYER);
        Rounds.awaitNoneRunning(coordinator);

        withdrawPeopleOfEarlierRuns();
        long hostId = employer.get("/me").json().getJsonNumber("hostId").longValue();
        Set<Long> ourSlots = saturdaySlots(hostId);
        List<Long> people = List.of(person(hostId), person(hostId), person(hostId));

        // 1. Solve: the round is a draft only the coordinator sees.
        long round = Rounds.solved(coordinator);
        Map<Long, JsonObject> drafts = ours(coordinator.get("/rounds/" + round + "/proposals"), people);
        assertThat(drafts).as("each of our people is proposed one of our slots").hasSize(3);
        assertThat(drafts.values()).allSatisfy(p -> {
            assertThat(ourSlots).contains(p.getJsonNumber("slotId").longValue());
            assertThat(p.getString("state")).isEqualTo("DRAFT");
        });
        assertThat(counter.get("/rounds/" + round + "/proposals").status()).isEqualTo(404);
        assertThat(counter.post("/rounds/" + round + "/publish", "").status()).as("a counter cannot publish").isEqualTo(403);
        assertThat(counter.post("/rounds/" + round + "/resolve", "{}").status()).as("nor re-solve").isEqualTo(403);

        long pinnedPerson = people.get(0);
        long decliningPerson = people.get(1);
        long confirmedPerson = people.get(2);

        // 2. Pin one, publish.
        JsonObject pinned = drafts.get(pinnedPerson);
        var pin = coordinator.post("/proposals/" + id(pinned) + "/pin", version(pinned));
        assertThat(pin.status()).as(pin.toString()).isEqualTo(200);
        assertThat(pin.json().getBoolean("pinned")).isTrue();
        assertThat(counter.post("/proposals/" + id(pinned) + "/pin", version(pin.json())).status()).isEqualTo(403);
        var published = coordinator.post("/rounds/" + round + "/publish", "");
        assertThat(published.status()).as(published.toString()).isEqualTo(200);
        assertThat(counter.get("/inbox").array().stream().map(JsonValue::asJsonObject))
                .anySatisfy(n -> assertThat(n.getString("kind")).isEqualTo("PROPOSALS_PUBLISHED"));
        var pinAfterPublish = coordinator.post("/proposals/" + id(pinned) + "/unpin", version(pin.json()));
        assertThat(pinAfterPublish.status()).as("a published proposal is no longer the coordinator's to change")
                .isEqualTo(409);
        assertThat(pinAfterPublish.json().getString("detail")).contains("窓口の判断待ち");

        Map<Long, JsonObject> visible = ours(counter.get("/rounds/" + round + "/proposals"), people);
        assertThat(visible.values()).allSatisfy(p -> assertThat(p.getString("state")).isEqualTo("PUBLISHED"));

        // Before consent the host sees nobody; a counter of another city cannot decide.
        JsonObject toDecline = visible.get(decliningPerson);
        assertThat(employer.get("/proposals/" + id(toDecline) + "/profile").status()).isEqualTo(404);
        assertThat(employer.get("/proposals/for-host").array().stream()
                .map(p -> p.asJsonObject().getJsonNumber("proposalId").longValue())).doesNotContain(id(toDecline));
        assertThat(api.as(NAGANO_CITY_COUNTER).post("/proposals/" + id(toDecline) + "/decline",
                decline(toDecline, "PERSON_DECLINED")).status()).isEqualTo(404);

        // 3. The person declines: the pair is excluded from then on.
        long declinedSlot = toDecline.getJsonNumber("slotId").longValue();
        var declined = counter.post("/proposals/" + id(toDecline) + "/decline", decline(toDecline, "PERSON_DECLINED"));
        assertThat(declined.status()).as(declined.toString()).isEqualTo(200);
        assertThat(declined.json().getString("state")).isEqualTo("DECLINED_BY_PERSON");
        var again = counter.post("/proposals/" + id(toDecline) + "/accept", accept(declined.json(), null));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.contentType()).startsWith("application/problem+json");
        assertThat(again.json().getString("detail")).contains("辞退");
        assertThat(coordinator.get("/exclusions").array().stream().map(JsonValue::asJsonObject))
                .anySatisfy(e -> {
                    assertThat(e.getJsonNumber("candidateId").longValue()).isEqualTo(decliningPerson);
                    assertThat(e.getJsonNumber("slotId").longValue()).isEqualTo(declinedSlot);
                    assertThat(e.getString("source")).isEqualTo("PERSON_DECLINED");
                });

        // 4. Re-solve what is open: the published proposals stay, the declining person gets another slot.
        Rounds.solved(coordinator, "/rounds/" + round + "/resolve", round);
        Map<Long, JsonObject> afterResolve = ours(coordinator.get("/rounds/" + round + "/proposals"), people);
        assertThat(afterResolve.get(pinnedPerson).getJsonNumber("id").longValue()).isEqualTo(id(pinned));
        assertThat(afterResolve.get(confirmedPerson).getJsonNumber("id").longValue())
                .isEqualTo(id(visible.get(confirmedPerson)));
        JsonObject rematched = afterResolve.get(decliningPerson);
        assertThat(rematched.getString("state")).isEqualTo("DRAFT");
        assertThat(rematched.getJsonNumber("slotId").longValue()).isNotEqualTo(declinedSlot);
        assertThat(coordinator.post("/rounds/" + round + "/publish", "").status()).isEqualTo(200);

        // 5. Accept with an alternative and consent. A full alternative is refused and changes nothing.
        Set<Long> held = afterResolve.values().stream().map(p -> p.getJsonNumber("slotId").longValue())
                .collect(Collectors.toSet());
        JsonObject first = counter.get("/proposals/" + id(pinned)).json();
        Long fullAlternative = alternatives(first).stream().filter(held::contains).findFirst().orElse(null);
        if (fullAlternative != null) {
            var refused = counter.post("/proposals/" + id(first) + "/accept", accept(first, fullAlternative));
            assertThat(refused.status()).as(refused.toString()).isIn(409);
            JsonObject unchanged = counter.get("/proposals/" + id(first)).json();
            assertThat(unchanged.getString("state")).isEqualTo("PUBLISHED");
            assertThat(unchanged.getJsonNumber("slotId").longValue()).isEqualTo(first.getJsonNumber("slotId").longValue());
            assertThat(version(unchanged)).isEqualTo(version(first));
        }
        long freeAlternative = alternatives(first).stream().filter(s -> !held.contains(s)).findFirst()
                .orElseThrow(() -> new AssertionError("no free alternative among " + first.get("alternatives")));
        var accepted = counter.post("/proposals/" + id(first) + "/accept", accept(first, freeAlternative));
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
        assertThat(accepted.json().getString("state")).isEqualTo("ACCEPTED");
        assertThat(accepted.json().getJsonNumber("slotId").longValue()).isEqualTo(freeAlternative);
        assertThat(accepted.json().getString("consentDate")).isEqualTo(TODAY.minusDays(1).toString());

        // The host now sees the short consented profile, and only what the person agreed to share.
        var profile = employer.get("/proposals/" + id(first) + "/profile");
        assertThat(profile.status()).as(profile.toString()).isEqualTo(200);
        JsonObject shown = profile.json();
        assertThat(shown.getInt("hoursPerDay")).isEqualTo(2);
        assertThat(shown.getString("firstDayNeeds")).isEqualTo("初日は同行をお願いします");
        assertThat(shown.getString("counterContact")).contains("飯山市");
        assertThat(absent(shown, "interestsJa")).as("interests were not shared").isTrue();
        assertThat(shown.containsKey("caseCode")).isFalse();
        assertThat(profile.body()).doesNotContain(caseCodeOf(pinnedPerson));
        assertThat(api.as(OTHER_EMPLOYER).get("/proposals/" + id(first) + "/profile").status())
                .as("never another host's people").isEqualTo(404);
        assertThat(employer.get("/inbox").array().stream().map(JsonValue::asJsonObject))
                .anySatisfy(n -> assertThat(n.getString("kind")).isEqualTo("DECISION_WAITING"));

        // A full slot taken with the move its alternative names: the other person's undecided proposal
        // moves into the slot this one leaves. The solver's chain is written in directly, so that the
        // test does not depend on which chains the week happens to offer. Two clerks accept at once:
        // exactly one wins, and the move happens once.
        JsonObject third = counter.get("/proposals/" + id(visible.get(confirmedPerson))).json();
        JsonObject secondBefore = counter.get("/proposals/" + id(rematched)).json();
        long thirdSlot = third.getJsonNumber("slotId").longValue();
        long secondSlot = secondBefore.getJsonNumber("slotId").longValue();
        offerChain(id(third), secondBefore, decliningPerson, secondSlot, thirdSlot);
        JsonObject thirdWithChain = counter.get("/proposals/" + id(third)).json();
        assertThat(thirdWithChain.getJsonArray("alternatives").getJsonObject(0).getInt("othersMoving"))
                .as("the counter learns that one other proposal moves").isEqualTo(1);
        assertThat(thirdWithChain.getJsonArray("alternatives").getJsonObject(0).containsKey("moves"))
                .as("never whose").isFalse();
        assertThat(coordinator.get("/proposals/" + id(third)).json().getJsonArray("alternatives").getJsonObject(0)
                .getJsonArray("moves")).as("the coordinator reviews the whole chain").hasSize(1);
        String body = accept(thirdWithChain, secondSlot);
        var race = List.of(CompletableFuture.supplyAsync(() -> counter.post("/proposals/" + id(third) + "/accept", body)),
                CompletableFuture.supplyAsync(() -> counter.post("/proposals/" + id(third) + "/accept", body)));
        List<Api.Reply> replies = race.stream().map(CompletableFuture::join).toList();
        assertThat(replies.stream().map(Api.Reply::status).sorted().toList()).as(replies.toString()).containsExactly(200, 409);
        JsonObject thirdAccepted = counter.get("/proposals/" + id(third)).json();
        assertThat(thirdAccepted.getString("state")).isEqualTo("ACCEPTED");
        assertThat(thirdAccepted.getJsonNumber("slotId").longValue()).isEqualTo(secondSlot);
        JsonObject second = counter.get("/proposals/" + id(rematched)).json();
        assertThat(second.getString("state")).as("the moved proposal is still the counter's to decide").isEqualTo("PUBLISHED");
        assertThat(second.getJsonNumber("slotId").longValue()).isEqualTo(thirdSlot);
        assertThat(second.getString("explanationJa")).isEqualTo("入れ替えのテスト");
        assertThat(counter.get("/inbox").array().stream().map(JsonValue::asJsonObject))
                .anySatisfy(n -> assertThat(n.getString("title")).isEqualTo("提案が変更されました"));

        // The rematched person is accepted too, in the slot the move gave them (its host answer comes later).
        assertThat(counter.post("/proposals/" + id(second) + "/accept", accept(second, null)).status()).isEqualTo(200);

        // 6. The host confirms: one with a first day five weeks ago (a trial recorded late), one next week.
        LocalDate pastFirstDay = TODAY.minusDays(35);
        var confirmed = employer.post("/proposals/" + id(first) + "/confirm", confirm(profileVersion(id(first)), pastFirstDay));
        assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
        assertThat(confirmed.json().getString("state")).isEqualTo("CONFIRMED");
        LocalDate nextFirstDay = TODAY.plusDays(7);
        assertThat(employer.post("/proposals/" + id(third) + "/confirm", confirm(profileVersion(id(third)), nextFirstDay))
                .status()).isEqualTo(200);
        assertThat(counter.get("/inbox").array().stream().map(JsonValue::asJsonObject))
                .anySatisfy(n -> assertThat(n.getString("kind")).isEqualTo("EMPLOYER_ANSWERED"));

        // 7. 同行 on the first day with a job coach; a visit at the same time with the same coach is refused.
        long coach = counter.post("/staff", "{\"name\":\"飯山市 就労支援員 テスト" + UUID.randomUUID().toString()
                .substring(0, 4) + "\"}").json().getJsonNumber("id").longValue();
        String morning = nextFirstDay + "T09:00";
        var accompaniment = counter.post("/proposals/" + id(third) + "/bookings", booking("ACCOMPANIMENT", morning,
                nextFirstDay + "T12:00", coach));
        assertThat(accompaniment.status()).as(accompaniment.toString()).isEqualTo(201);
        var clash = counter.post("/proposals/" + id(second) + "/bookings", booking("VISIT", nextFirstDay + "T10:00",
                nextFirstDay + "T11:00", coach));
        assertThat(clash.status()).as(clash.toString()).isEqualTo(409);
        assertThat(clash.json().getString("detail")).contains("就労支援員");
        var visit = counter.post("/proposals/" + id(second) + "/bookings", booking("VISIT", nextFirstDay.minusDays(1)
                + "T10:00", nextFirstDay.minusDays(1) + "T11:00", coach));
        assertThat(visit.status()).as("見学会 the day before: " + visit).isEqualTo(201);
        var hostSees = employer.get("/proposals/" + id(second) + "/bookings");
        assertThat(hostSees.status()).as(hostSees.toString()).isEqualTo(200);
        assertThat(hostSees.array()).singleElement().satisfies(b -> assertThat(b.asJsonObject().getString("kind"))
                .isEqualTo("VISIT"));
        var cancelled = counter.delete("/bookings/" + accompaniment.json().getJsonNumber("id"));
        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
        assertThat(counter.post("/proposals/" + id(second) + "/bookings", booking("VISIT", nextFirstDay + "T10:00",
                nextFirstDay + "T11:00", coach)).status()).as("the cancelled booking freed the coach").isEqualTo(201);

        // 8. The placement: pinned in later rounds, follow-ups overdue, attendance, a step up suggested.
        JsonObject placement = placementOf(coordinator, pinnedPerson);
        long placementId = placement.getJsonNumber("id").longValue();
        assertThat(placement.getString("startDate")).isEqualTo(pastFirstDay.toString());
        assertThat(placement.getInt("overdueFollowUps")).as("one week and one month have passed").isEqualTo(2);
        assertThat(absent(employer.get("/placements/" + placementId).json(), "caseCode")).isTrue();
        var check = coordinator.post("/monitoring/checks", "");
        assertThat(check.status()).as(check.toString()).isEqualTo(200);
        assertThat(check.json().getInt("overdueFollowUps")).isGreaterThanOrEqualTo(2);
        assertThat(counter.get("/inbox").array().stream().map(JsonValue::asJsonObject))
                .anySatisfy(n -> assertThat(n.getString("kind")).isEqualTo("FOLLOW_UP_OVERDUE"));

        LocalDate week = pastFirstDay.with(DayOfWeek.MONDAY);
        for (int i = 0; i < 4; i++) {
            var recorded = employer.put("/placements/" + placementId + "/attendance/" + week.plusWeeks(i),
                    "{\"daysAttended\":1,\"hoursAttended\":2}");
            assertThat(recorded.status()).as(recorded.toString()).isEqualTo(200);
        }
        assertThat(counter.put("/placements/" + placementId + "/attendance/" + week,
                "{\"daysAttended\":1,\"hoursAttended\":2}").status()).as("the host records attendance").isEqualTo(403);
        assertThat(employer.put("/placements/" + placementId + "/attendance/" + week.plusDays(1),
                "{\"daysAttended\":1,\"hoursAttended\":2}").status()).as("a week is named by its Monday").isEqualTo(400);
        var tooMany = employer.put("/placements/" + placementId + "/attendance/" + week.plusWeeks(1),
                "{\"daysAttended\":7,\"hoursAttended\":14}");
        assertThat(tooMany.status()).as("more days than the week plans").isEqualTo(400);
        assertThat(tooMany.body()).contains("daysAttended", "予定は週");
        JsonObject followed = counter.get("/placements/" + placementId).json();
        JsonObject suggestion = followed.getJsonArray("suggestions").getJsonObject(0);
        assertThat(suggestion.getString("direction")).isEqualTo("UP");
        assertThat(suggestion.getString("state")).isEqualTo("OPEN");
        assertThat(suggestion.getJsonObject("to").getInt("daysPerWeek")).isEqualTo(3);

        assertThat(followed.getJsonArray("followUps").getValuesAs(JsonObject.class))
                .extracting(f -> f.getString("label")).as("named in words, never as a period code")
                .containsExactly("1週間後", "1か月後", "3か月後");
        JsonObject weekOne = followed.getJsonArray("followUps").getJsonObject(0);
        var done = counter.post("/placements/" + placementId + "/follow-ups/" + weekOne.getJsonNumber("id") + "/done",
                "{\"version\":" + weekOne.getJsonNumber("version") + ",\"doneOn\":\"" + TODAY + "\",\"note\":\"本人・受入先と面談\"}");
        assertThat(done.status()).as(done.toString()).isEqualTo(200);
        assertThat(done.json().getInt("overdueFollowUps")).isEqualTo(1);

        // The slot cannot give the next stage: the next round looks for one that does, keeping this place.
        var stepped = counter.post("/placements/" + placementId + "/step-suggestions/" + suggestion.getJsonNumber("id")
                + "/accept", "{\"version\":" + suggestion.getJsonNumber("version") + ",\"currentSlotCanStepUp\":false}");
        assertThat(stepped.status()).as(stepped.toString()).isEqualTo(200);
        assertThat(stepped.json().getBoolean("seekingNextStage")).isTrue();
        JsonObject seeker = poolCandidate(pinnedPerson);
        assertThat(absent(seeker, "pinnedSlotId")).isTrue();
        assertThat(seeker.getInt("minimumWeeklyHours")).as("more than the current 2 hours a week").isEqualTo(3);
        assertThat(seeker.getInt("daysPerWeek")).isEqualTo(3);

        // 9. The placement ends; the person returns to the pool, history kept.
        var withdrawal = counter.post("/candidates/" + pinnedPerson + "/withdrawal", "");
        assertThat(withdrawal.status()).as("a person is not withdrawn while placed").isEqualTo(409);
        assertThat(withdrawal.json().getString("detail")).contains("実習中");
        JsonObject current = counter.get("/placements/" + placementId).json();
        var ended = counter.post("/placements/" + placementId + "/end", "{\"version\":" + current.getJsonNumber("version")
                + ",\"endedOn\":\"" + TODAY + "\",\"outcome\":\"ENDED_BY_PERSON\",\"reason\":\"家族の介護のため\"}");
        assertThat(ended.status()).as(ended.toString()).isEqualTo(200);
        assertThat(ended.json().getString("state")).isEqualTo("ENDED");
        assertThat(counter.post("/placements/" + placementId + "/end", "{\"version\":" + ended.json().getJsonNumber("version")
                + ",\"endedOn\":\"" + TODAY + "\",\"outcome\":\"HIRED\",\"reason\":\"x\"}").status()).isEqualTo(409);

        // 10. The next round: the ended person is back, the declined pair still excluded, the running placement pinned.
        JsonObject back = poolCandidate(pinnedPerson);
        assertThat(absent(back, "pinnedSlotId")).isTrue();
        assertThat(back.getInt("minimumWeeklyHours")).isZero();
        assertThat(poolCandidate(decliningPerson).getJsonArray("excludedSlotIds").stream()
                .map(v -> Long.parseLong(v.toString()))).contains(declinedSlot);
        long next = Rounds.solved(coordinator);
        JsonObject nextRound = coordinator.get("/rounds/" + next).json();
        assertThat(nextRound.getInt("continuing")).as("the accepted and the confirmed are held").isGreaterThanOrEqualTo(2);
        Map<Long, JsonObject> nextProposals = ours(coordinator.get("/rounds/" + next + "/proposals"), people);
        assertThat(nextProposals).as("held people are not proposed again").doesNotContainKeys(confirmedPerson, decliningPerson);
        assertThat(nextProposals.values()).allSatisfy(p ->
                assertThat(p.getJsonNumber("slotId").longValue()).isNotEqualTo(declinedSlot));

        // 11. 就労準備支援 near its one-year limit: the counter is warned until an extension reason is recorded.
        String readiness = "LC-" + UUID.randomUUID().toString().substring(0, 8);
        String start = TODAY.minusMonths(11).toString();
        var submitted = counter.post("/candidates", readinessJson(readiness, start, null, null));
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(201);
        long readinessId = submitted.json().getJsonNumber("id").longValue();
        assertThat(counter.get("/monitoring/programme-limits").array().stream().map(JsonValue::asJsonObject))
                .anySatisfy(l -> {
                    assertThat(l.getJsonNumber("candidateId").longValue()).isEqualTo(readinessId);
                    assertThat(l.getString("limitDate")).isEqualTo(TODAY.minusMonths(11).plusMonths(12).minusDays(1).toString());
                });
        coordinator.post("/monitoring/checks", "");
        assertThat(counter.get("/inbox").array().stream().map(JsonValue::asJsonObject))
                .anySatisfy(n -> {
                    assertThat(n.getString("kind")).isEqualTo("PROGRAMME_LIMIT_NEAR");
                    assertThat(n.getString("body")).contains(readiness);
                });
        long checked = counter.get("/inbox").array().stream().map(JsonValue::asJsonObject)
                .filter(n -> n.getString("kind").equals("PROGRAMME_LIMIT_NEAR") && n.getString("body").contains(readiness))
                .count();
        coordinator.post("/monitoring/checks", "");
        assertThat(counter.get("/inbox").array().stream().map(JsonValue::asJsonObject)
                .filter(n -> n.getString("kind").equals("PROGRAMME_LIMIT_NEAR") && n.getString("body").contains(readiness))
                .count()).as("notified once, however often the check runs").isEqualTo(checked).isEqualTo(1);
        long readVersion = counter.get("/candidates/" + readinessId).json().getJsonNumber("version").longValue();
        var extended = counter.put("/candidates/" + readinessId, readinessJson(readiness, start,
                "段階的な支援が必要なため支援調整会議で延長を決定", readVersion));
        assertThat(extended.status()).as(extended.toString()).isEqualTo(200);
        assertThat(counter.get("/monitoring/programme-limits").array().stream()
                .map(l -> l.asJsonObject().getJsonNumber("candidateId").longValue())).doesNotContain(readinessId);

        // The coordinator lifts the declined pair's exclusion: the pair may be proposed again.
        JsonObject exclusion = coordinator.get("/exclusions").array().stream().map(JsonValue::asJsonObject)
                .filter(e -> e.getJsonNumber("candidateId").longValue() == decliningPerson
                        && e.getJsonNumber("slotId").longValue() == declinedSlot).findFirst().orElseThrow();
        assertThat(counter.delete("/exclusions/" + exclusion.getJsonNumber("id")).status()).isEqualTo(403);
        var lifted = coordinator.delete("/exclusions/" + exclusion.getJsonNumber("id"));
        assertThat(lifted.status()).as(lifted.toString()).isEqualTo(200);
        assertThat(lifted.json().getBoolean("active")).isFalse();
        assertThat(poolCandidate(decliningPerson).getJsonArray("excludedSlotIds").stream()
                .map(v -> Long.parseLong(v.toString()))).doesNotContain(declinedSlot);

        // Every step is in the audit trail.
        assertThat(coordinator.get("/audit?subjectType=proposal&subjectId=" + id(first)).array().stream()
                .map(JsonValue::asJsonObject).map(e -> e.getString("username")).collect(Collectors.toSet()))
                .contains(COORDINATOR, IIYAMA_COUNTER, EMPLOYER);
    }

    // --- the test's corner of the network ---------------------------------------------------------

    /** Six Saturday 06:00 slots of two hours at the host, two per task, picking people up in 飯山市. */
    private Set<Long> saturdaySlots(long hostId) {
        Set<Long> slots = new HashSet<>();
        for (String kind : List.of("CLEANING", "LIGHT_WORK", "GARDENING")) {
            String ref = "LC-" + UUID.randomUUID().toString().substring(0, 8);
            var task = coordinator.post("/tasks", """
                    {"hostId":%d,"externalRef":"%s","title":"土曜朝の%s","workKind":"%s","physicalLoad":"LIGHT",
                     "customerContact":"NONE","accommodationsOffered":[],"supervisorName":"土曜担当 %s",
                     "supervisorCapacity":6}""".formatted(hostId, ref, kind, kind, ref));
            assertThat(task.status()).as(task.toString()).isEqualTo(201);
            long taskId = task.json().getJsonNumber("id").longValue();
            for (int i = 0; i < 2; i++) {
                var slot = coordinator.post("/slots", """
                        {"taskId":%d,"externalRef":"%s-%d","weekdays":["SATURDAY"],"startTime":"06:00","hoursPerDay":2,
                         "openFrom":"2025-01-01","openUntil":"2030-12-31","seasonMonths":[],"capacity":1,
                         "pickUpFrom":["%s"],"programmes":[],"open":true}""".formatted(taskId, ref, i, IIYAMA));
                assertThat(slot.status()).as(slot.toString()).isEqualTo(201);
                slots.add(slot.json().getJsonNumber("id").longValue());
            }
        }
        return slots;
    }

    /** A person of 飯山市 who comes only by pick-up and for whom every other host picking up there is excluded. */
    private long person(long hostId) {
        Set<Long> otherPickUpHosts = coordinator.get("/slots").array().stream().map(JsonValue::asJsonObject)
                .filter(s -> s.getJsonArray("pickUpFrom").stream().anyMatch(v -> v.toString().contains(IIYAMA)))
                .map(s -> s.getJsonNumber("hostId").longValue()).filter(h -> h != hostId)
                .collect(Collectors.toCollection(java.util.TreeSet::new));
        String caseCode = "LC-" + UUID.randomUUID().toString().substring(0, 8);
        var created = counter.post("/candidates", """
                {"caseCode":"%s","municipalityCode":"%s","travelMode":"PICK_UP","maxOneWayMinutes":60,
                 "programme":"WORK_EXPERIENCE","programmeStart":"2026-04-01","hoursPerDay":2,"daysPerWeek":2,
                 "availableDays":["MONDAY","TUESDAY","WEDNESDAY","THURSDAY","FRIDAY","SATURDAY"],
                 "availableFrom":"05:00","availableUntil":"20:00","accommodationNeeds":[],"interests":["GARDENING"],
                 "excludedHostIds":%s,"priority":5,"waitingSince":"2025-01-06","consentToMatching":true,
                 "consentDate":"2025-01-06"}""".formatted(caseCode, IIYAMA, otherPickUpHosts));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        caseCodes.put(created.json().getJsonNumber("id").longValue(), caseCode);
        return created.json().getJsonNumber("id").longValue();
    }

    private final Map<Long, String> caseCodes = new HashMap<>();

    private static String readinessJson(String caseCode, String programmeStart, String extensionReason, Long version) {
        return """
                {"caseCode":"%s","municipalityCode":"%s","travelMode":"CAR","maxOneWayMinutes":30,
                 "programme":"WORK_READINESS","programmeStart":"%s","extensionReason":%s,"hoursPerDay":2,"daysPerWeek":2,
                 "availableDays":["MONDAY"],"availableFrom":"09:00","availableUntil":"12:00","priority":1,
                 "waitingSince":"2026-01-05","consentToMatching":false%s}""".formatted(caseCode, IIYAMA, programmeStart,
                extensionReason == null ? "null" : "\"" + extensionReason + "\"",
                version == null ? "" : ",\"version\":" + version);
    }

    /** On a database kept between runs, the people of an earlier run would compete for the new slots. */
    private void withdrawPeopleOfEarlierRuns() {
        counter.list("/candidates").stream().map(JsonValue::asJsonObject)
                .filter(c -> c.getString("caseCode").startsWith("LC-") && c.getString("status").equals("ACTIVE"))
                .forEach(c -> counter.post("/candidates/" + c.getJsonNumber("id") + "/withdrawal", ""));
    }

    private String caseCodeOf(long personId) {
        return caseCodes.get(personId);
    }

    /** Writes into a proposal's alternatives one that takes {@code fullSlot}, moving its holder into {@code freedSlot}. */
    private static void offerChain(long proposalId, JsonObject holder, long holderPerson, long fullSlot, long freedSlot)
            throws Exception {
        String alternatives = """
                [{"rank":1,"slotId":%d,"travelMinutes":20,"travelledBy":"PICK_UP","scoreDifference":"0hard/0medium/0soft",
                  "explanationJa":"入れ替えでこの枠に","hostId":%d,"hostName":"%s","taskTitle":"%s","workKind":"%s",
                  "weekdays":["SATURDAY"],"startTime":"06:00:00","hoursPerDay":2,
                  "moves":[{"candidateId":%d,"fromSlotId":%d,"toSlotId":%d,"travelMinutes":20,"travelledBy":"PICK_UP",
                            "explanationJa":"入れ替えのテスト"}]}]""".formatted(fullSlot,
                holder.getJsonNumber("hostId").longValue(), holder.getString("hostName"), holder.getString("taskTitle"),
                holder.getString("workKind"), holderPerson, fullSlot, freedSlot);
        try (Connection db = DriverManager.getConnection(System.getProperty("test.db.url"));
             PreparedStatement update = db.prepareStatement("UPDATE proposal SET alternatives_json = ? WHERE id = ?")) {
            update.setString(1, alternatives);
            update.setLong(2, proposalId);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }

    // --- requests ---------------------------------------------------------------------------------

    private static String version(JsonObject proposal) {
        return "{\"version\":" + proposal.getJsonNumber("version") + "}";
    }

    private static long versionOf(JsonObject o) {
        return o.getJsonNumber("version").longValue();
    }

    private static String decline(JsonObject proposal, String reason) {
        return "{\"version\":" + proposal.getJsonNumber("version") + ",\"reason\":\"" + reason
                + "\",\"note\":\"本人が今回は見送りたいと希望\"}";
    }

    private static String accept(JsonObject proposal, Long slotId) {
        return "{\"version\":" + proposal.getJsonNumber("version") + (slotId == null ? "" : ",\"slotId\":" + slotId)
                + ",\"consentDate\":\"" + TODAY.minusDays(1) + "\",\"sharedItems\":[\"PACING_STAGE\",\"ACCOMMODATIONS\","
                + "\"FIRST_DAY_NEEDS\",\"COUNTER_CONTACT\"],\"firstDayNeeds\":\"初日は同行をお願いします\"}";
    }

    private static String confirm(long version, LocalDate firstDay) {
        return "{\"version\":" + version + ",\"firstDay\":\"" + firstDay + "\",\"note\":\"初日は9時に事務所へ\"}";
    }

    private static String booking(String kind, String startsAt, String endsAt, long staffId) {
        return "{\"kind\":\"" + kind + "\",\"startsAt\":\"" + startsAt + "\",\"endsAt\":\"" + endsAt
                + "\",\"staffIds\":[" + staffId + "],\"note\":\"テスト\"}";
    }

    private long profileVersion(long proposalId) {
        return versionOf(employer.get("/proposals/" + proposalId + "/profile").json());
    }

    // --- reading ----------------------------------------------------------------------------------

    private static boolean absent(JsonObject o, String key) {
        return !o.containsKey(key) || o.isNull(key);
    }

    private static long id(JsonObject proposal) {
        return proposal.getJsonNumber("id").longValue();
    }

    private static List<Long> alternatives(JsonObject proposal) {
        List<Long> slots = new ArrayList<>();
        for (JsonValue a : proposal.getJsonArray("alternatives")) {
            JsonObject alternative = a.asJsonObject();
            boolean free = !alternative.containsKey("moves") || alternative.getJsonArray("moves").isEmpty();
            if (free && (!alternative.containsKey("swapCandidateId") || alternative.isNull("swapCandidateId"))) {
                slots.add(alternative.getJsonNumber("slotId").longValue());
            }
        }
        return slots;
    }

    private static Map<Long, JsonObject> ours(Api.Reply reply, List<Long> people) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.array().stream().map(JsonValue::asJsonObject)
                .filter(p -> people.contains(p.getJsonNumber("candidateId").longValue()))
                .filter(p -> !p.getString("state").startsWith("DECLINED"))
                .collect(Collectors.toMap(p -> p.getJsonNumber("candidateId").longValue(), p -> p));
    }

    private JsonObject placementOf(Api as, long personId) {
        return as.get("/placements").array().stream().map(JsonValue::asJsonObject)
                .filter(p -> p.getJsonNumber("candidateId").longValue() == personId).findFirst()
                .orElseThrow(() -> new AssertionError("no placement of " + personId));
    }

    private JsonObject poolCandidate(long personId) {
        JsonArray pool = coordinator.get("/rounds/pool").json().getJsonArray("candidates");
        return pool.stream().map(JsonValue::asJsonObject).filter(c -> c.getJsonNumber("id").longValue() == personId)
                .findFirst().orElseThrow(() -> new AssertionError("person " + personId + " is not in the pool"));
    }


}
