package jp.tsunagu.matching.explain;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import jp.tsunagu.candidate.TravelMode;
import jp.tsunagu.matching.outcome.OpeningChange;
import jp.tsunagu.matching.outcome.UnplacedOutcome;
import jp.tsunagu.matching.outcome.UnplacedReason;
import jp.tsunagu.matching.problem.CandidateFact;
import jp.tsunagu.matching.problem.SlotFact;
import jp.tsunagu.matching.rules.PairJudge;
import jp.tsunagu.matching.rules.PairRule;
import jp.tsunagu.matching.solver.MatchingSolution;
import jp.tsunagu.matching.solver.Placement;
import jp.tsunagu.matching.solver.Slot;
import jp.tsunagu.matching.travel.Journey;

/**
 * Why a person was left over (未配置の理由), over every slot of the round, not only the pruned range:
 * per hard rule the number of slots it rules out, the feasible slots that are full as a reason of
 * its own, and the smallest change to the person's conditions that would open a slot.
 *
 * <p>The smallest change is looked for among slots with room that break exactly one rule, and only
 * for changes a person and their counter can discuss; a host's accommodations, its season or a
 * programme it does not accept are not the person's to change. Changes are ordered by a burden in
 * "minutes of travel" equivalents, smallest first, then by the journey to the slot, then slot id:
 * <ul>
 *   <li>more travel: the extra minutes (10 more minutes = 10);</li>
 *   <li>a longer available day: half the extra minutes (an hour earlier = 30);</li>
 *   <li>one more weekday: 30 (it touches caring duties, as an hour of the day does);</li>
 *   <li>one more hour per day or one more day per week: 45 each, and only one step, since a
 *       placement must not jump stages and stepping up is a support-plan decision;</li>
 *   <li>recording a programme extension: 60, since it needs the 支援調整会議.</li>
 * </ul>
 */
final class UnplacedAnalyser {

    static final String FULL = "slotsFull";
    static final String ROOM_LEFT = "roomLeft";

    private final MatchingSolution solution;
    private final PairJudge judge;
    private final RoomLedger room;
    private final Labels labels;

    UnplacedAnalyser(MatchingSolution solution, RoomLedger room, Labels labels) {
        this.solution = solution;
        this.judge = solution.getEvaluator().judge();
        this.room = room;
        this.labels = labels;
    }

    private record Change(OpeningChange change, int burden, int journeyMinutes) {
    }

    private static final Comparator<Change> SMALLEST = Comparator.comparingInt(Change::burden)
            .thenComparingInt(Change::journeyMinutes)
            .thenComparingLong(c -> c.change().slotId());

    UnplacedOutcome analyse(Placement placement) {
        CandidateFact person = placement.getCandidate();
        int[] ruledOut = new int[PairRule.values().length];
        int full = 0;
        int roomLeft = 0;
        Change smallest = null;
        for (Slot slot : solution.getSlots()) {
            Journey journey = placement.getMunicipalityIndex() < 0
                    ? solution.getEvaluator().journey(person, -1, slot)
                    : judge.journey(person, slot.fact(), slot.host().fact());
            int broken = judge.brokenRules(person, slot.fact(), slot.task(), slot.host().fact(), journey);
            boolean hasRoom = room.hasRoom(slot);
            if (broken == 0) {
                if (hasRoom) {
                    roomLeft++;
                } else {
                    full++;
                }
                continue;
            }
            for (PairRule rule : PairRule.values()) {
                if (rule.brokenIn(broken)) {
                    ruledOut[rule.ordinal()]++;
                }
            }
            if (hasRoom && Integer.bitCount(broken) == 1) {
                Change change = changeFor(PairRule.values()[Integer.numberOfTrailingZeros(broken)], person, slot,
                        journey);
                if (change != null && (smallest == null || SMALLEST.compare(change, smallest) < 0)) {
                    smallest = change;
                }
            }
        }
        List<UnplacedReason> reasons = new ArrayList<>();
        for (PairRule rule : PairRule.values()) {
            int slots = ruledOut[rule.ordinal()];
            if (slots > 0) {
                reasons.add(new UnplacedReason(rule.constraintName(), slots, message(rule, person, slots)));
            }
        }
        if (full > 0) {
            reasons.add(new UnplacedReason(FULL, full,
                    "条件に合う受入枠はありますが、今週は定員に達しています（" + full + "枠）"));
        }
        if (roomLeft > 0) {
            reasons.add(new UnplacedReason(ROOM_LEFT, roomLeft,
                    "条件に合い空きのある受入枠が残っています。次回の調整で提案できる見込みです（" + roomLeft + "枠）"));
        }
        reasons.sort(Comparator.comparingInt(UnplacedReason::slots).reversed());
        OpeningChange change = smallest == null ? null : smallest.change();
        return new UnplacedOutcome(person.id(), reasons, change, summary(reasons, change, solution.getSlots().size()));
    }

    private String message(PairRule rule, CandidateFact person, int slots) {
        String count = "（" + slots + "枠）";
        return switch (rule) {
            case TRAVEL_WITHIN_REACH -> person.travelMode() == TravelMode.PICK_UP
                    ? "お住まいの市町村から送迎があり、" + limit(person, TravelMode.PICK_UP) + "分以内で通える受入枠がありません" + count
                    : person.travelMode().labelJa() + "で" + limit(person, person.travelMode())
                            + "分以内に通える受入枠がありません" + count;
            case SCHEDULE_WITHIN_AVAILABILITY -> "通える曜日・時間帯に合わない受入枠です" + count;
            case SLOT_OPEN_IN_ROUND_WEEK -> "今週・この季節は受け入れていない受入枠です" + count;
            case PACING_WITHIN_STAGE -> "今のステップ（1日" + person.hoursPerDay() + "時間・週" + person.daysPerWeek()
                    + "日）を超える受入枠です" + count;
            case ACCOMMODATIONS_COVERED -> "必要な配慮（" + labels.accommodations(person.accommodationNeeds())
                    + "）をすべては提供できない受入枠です" + count;
            case PROGRAMME_ACCEPTED -> person.programme().labelJa() + "を受け入れていない受入枠です" + count;
            case PROGRAMME_TIME_LIMIT -> "就労準備支援事業の利用期間（" + solution.getSettings().workReadinessMonths()
                    + "か月）を過ぎており、延長の記録がありません" + count;
            case EXCLUSION_RESPECTED -> "送り出さないこととしている事業所の受入枠です" + count;
        };
    }

    private int limit(CandidateFact person, TravelMode mode) {
        return judge.travel().limitMinutes(person.maxOneWayMinutes(), mode);
    }

    private Change changeFor(PairRule rule, CandidateFact person, Slot slot, Journey journey) {
        SlotFact s = slot.fact();
        String where = labels.slot(slot);
        return switch (rule) {
            case TRAVEL_WITHIN_REACH -> {
                Integer prefectureLimit = solution.getSettings().maxMinutesByMode().get(journey.mode());
                if (!journey.possible() || (prefectureLimit != null && journey.minutes() > prefectureLimit)) {
                    yield null;
                }
                int more = journey.minutes() - person.maxOneWayMinutes();
                yield change("MORE_TRAVEL_MINUTES", more, slot, more, journey,
                        "通所時間の上限をあと" + more + "分延ばせば、" + where + "に"
                                + ProposalExplainer.travel(journey).replaceFirst("（上限\\d+分）", "") + "で届きます");
            }
            case SCHEDULE_WITHIN_AVAILABILITY -> scheduleChange(person, slot, journey, where);
            case PACING_WITHIN_STAGE -> {
                int moreHours = s.hoursPerDay() - person.hoursPerDay();
                int moreDays = s.daysPerWeek() - person.daysPerWeek();
                if (moreHours == 1 && moreDays <= 0) {
                    yield change("MORE_HOURS_PER_DAY", 1, slot, 45, journey,
                            "1日あと1時間（" + s.hoursPerDay() + "時間）の参加ができれば、" + where + "に合います");
                }
                if (moreDays == 1 && moreHours <= 0) {
                    yield change("MORE_DAYS_PER_WEEK", 1, slot, 45, journey,
                            "週あと1日（週" + s.daysPerWeek() + "日）の参加ができれば、" + where + "に合います");
                }
                yield null;
            }
            case PROGRAMME_TIME_LIMIT -> change("RECORD_EXTENSION", 0, slot, 60, journey,
                    "支援調整会議で利用延長を決めて記録すれば、" + where + "に合います");
            default -> null;
        };
    }

    private Change scheduleChange(CandidateFact person, Slot slot, Journey journey, String where) {
        SlotFact s = slot.fact();
        DayOfWeek missing = null;
        int missingDays = 0;
        for (DayOfWeek day : s.weekdays()) {
            if (!person.availableDays().contains(day)) {
                missingDays++;
                missing = day;
            }
        }
        int start = s.startTime().toSecondOfDay() / 60;
        int end = start + s.hoursPerDay() * 60;
        int from = person.availableFrom() == null ? 0 : person.availableFrom().toSecondOfDay() / 60;
        int until = person.availableUntil() == null ? 24 * 60 : person.availableUntil().toSecondOfDay() / 60;
        int moreMinutes = Math.max(0, from - start) + Math.max(0, end - until);
        if (missingDays == 1 && moreMinutes == 0) {
            return change("ONE_MORE_WEEKDAY", 1, slot, 30, journey,
                    Labels.weekday(missing) + "にも通えれば、" + where + "に合います");
        }
        if (missingDays == 0 && moreMinutes > 0 && end <= 24 * 60) {
            String window = LocalTime.ofSecondOfDay(Math.min(from, start) * 60L) + "〜"
                    + (Math.max(until, end) >= 24 * 60 ? "24:00" : LocalTime.ofSecondOfDay(Math.max(until, end) * 60L));
            return change("LONGER_AVAILABLE_HOURS", moreMinutes, slot, (moreMinutes + 1) / 2, journey,
                    "通える時間帯をあと" + moreMinutes + "分広げれば（" + window + "）、" + where + "に合います");
        }
        return null;
    }

    private static Change change(String kind, int amount, Slot slot, int burden, Journey journey, String message) {
        return new Change(new OpeningChange(kind, amount, slot.id(), message), burden, journey.minutes());
    }

    private static String summary(List<UnplacedReason> reasons, OpeningChange change, int slotCount) {
        StringBuilder out = new StringBuilder("今回は受入枠を提案できませんでした（対象").append(slotCount).append("枠）。");
        if (!reasons.isEmpty()) {
            out.append("主な理由：").append(reasons.get(0).messageJa()).append("。");
        }
        if (change != null) {
            out.append("条件を一つ変えると：").append(change.messageJa()).append("。");
        } else {
            out.append("本人の条件を一つ変えるだけで届く受入枠は見つかりませんでした。");
        }
        return out.toString();
    }
}
