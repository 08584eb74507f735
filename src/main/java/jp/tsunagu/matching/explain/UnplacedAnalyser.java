package jp.tsunagu.matching.explain;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import jp.tsunagu.candidate.TravelMode;
import jp.tsunagu.matching.outcome.NetworkGap;
import jp.tsunagu.matching.outcome.OpeningChange;
import jp.tsunagu.matching.outcome.UnplacedOutcome;
import jp.tsunagu.matching.outcome.UnplacedReason;
import jp.tsunagu.matching.problem.CandidateFact;
import jp.tsunagu.matching.problem.HostFact;
import jp.tsunagu.matching.problem.SlotFact;
import jp.tsunagu.matching.rules.PairJudge;
import jp.tsunagu.matching.rules.PairRule;
import jp.tsunagu.matching.solver.MatchingSolution;
import jp.tsunagu.matching.solver.Placement;
import jp.tsunagu.matching.solver.Slot;
import jp.tsunagu.matching.travel.Journey;
import jp.tsunagu.matching.travel.TravelTimes;

/**
 * Why a person was left over (未配置の理由), over every slot of the round, not only the pruned range:
 * per hard rule the number of slots it rules out, the feasible slots that are full as a reason of
 * its own, and the smallest change to the person's conditions that would open a slot. The counts
 * are exact; they are taken from the sets of slots each rule rules out ({@link RuleMasks}), shared
 * by the people who have the same facts for that rule, so that a 100x round is analysed in seconds.
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

    /** The rules whose breaking a person and their counter can discuss changing (see above). */
    private static final PairRule[] CHANGEABLE = {PairRule.TRAVEL_WITHIN_REACH, PairRule.SCHEDULE_WITHIN_AVAILABILITY,
            PairRule.PACING_WITHIN_STAGE, PairRule.PROGRAMME_TIME_LIMIT, PairRule.PROGRAMME_ACCEPTED};
    private static final int CHANGEABLE_MASK = java.util.Arrays.stream(CHANGEABLE).mapToInt(PairRule::bit)
            .reduce(0, (a, b) -> a | b);

    private final MatchingSolution solution;
    private final PairJudge judge;
    private final Labels labels;
    private final RuleMasks masks;
    /** The slots with room for one more person. */
    private final long[] withRoom;
    private final NetworkGaps gaps;

    UnplacedAnalyser(MatchingSolution solution, RoomLedger room, Labels labels) {
        this.solution = solution;
        this.judge = solution.getEvaluator().judge();
        this.labels = labels;
        this.masks = new RuleMasks(solution);
        this.gaps = new NetworkGaps(labels, masks);
        this.withRoom = new long[masks.words()];
        for (Slot slot : solution.getSlots()) {
            if (room.hasRoom(slot)) {
                withRoom[slot.index() >>> 6] |= 1L << slot.index();
            }
        }
    }

    /** A change and what it asks of the person; its message is written only for the smallest. */
    private record Change(PairRule rule, String kind, int amount, Slot slot, int burden, Journey journey,
                          Change second) {

        Change(PairRule rule, String kind, int amount, Slot slot, int burden, Journey journey) {
            this(rule, kind, amount, slot, burden, journey, null);
        }

        /** Both changes, the smaller first, as one hint. */
        Change and(Change other) {
            return new Change(rule, kind, amount, slot, burden + other.burden, journey, other);
        }
    }

    private static final Comparator<Change> SMALLEST = Comparator.comparingInt(Change::burden)
            .thenComparingInt(c -> c.journey().minutes())
            .thenComparingLong(c -> c.slot().id());

    UnplacedOutcome analyse(Placement placement) {
        CandidateFact person = placement.getCandidate();
        int municipality = placement.getMunicipalityIndex();
        int words = masks.words();
        long[][] broken = new long[PairRule.values().length][];
        long[] any = new long[words];
        long[] twoOrMore = new long[words];
        long[] threeOrMore = new long[words];
        int[] ruledOut = new int[PairRule.values().length];
        for (PairRule rule : PairRule.values()) {
            long[] set = masks.broken(rule, person, municipality);
            broken[rule.ordinal()] = set;
            ruledOut[rule.ordinal()] = RuleMasks.count(set);
            for (int w = 0; w < words; w++) {
                threeOrMore[w] |= twoOrMore[w] & set[w];
                twoOrMore[w] |= any[w] & set[w];
                any[w] |= set[w];
            }
        }
        long[] all = masks.all();
        int full = 0;
        int roomLeft = 0;
        for (int w = 0; w < words; w++) {
            long feasible = all[w] & ~any[w];
            roomLeft += Long.bitCount(feasible & withRoom[w]);
            full += Long.bitCount(feasible & ~withRoom[w]);
        }

        Change[] smallest = new Change[1];
        Journey[] journeys = masks.journeys(person, municipality);
        for (PairRule rule : CHANGEABLE) {
            long[] onlyThis = new long[words];
            long[] set = broken[rule.ordinal()];
            for (int w = 0; w < words; w++) {
                onlyThis[w] = set[w] & ~twoOrMore[w] & withRoom[w];
            }
            RuleMasks.forEach(onlyThis, index -> {
                Slot slot = solution.getSlots().get(index);
                Change change = changeFor(rule, person, slot, masks.journey(journeys, person, municipality, slot));
                if (change != null && (smallest[0] == null || SMALLEST.compare(change, smallest[0]) < 0)
                        && opens(person, change)) {
                    smallest[0] = change;
                }
            });
        }
        if (smallest[0] == null) {
            // Two changes, where no single one suffices: slots with room that break exactly two rules.
            long[] exactlyTwo = new long[words];
            for (int w = 0; w < words; w++) {
                exactlyTwo[w] = twoOrMore[w] & ~threeOrMore[w] & withRoom[w];
            }
            RuleMasks.forEach(exactlyTwo, index -> {
                Slot slot = solution.getSlots().get(index);
                Change pair = twoChanges(person, slot, broken, index, masks.journey(journeys, person, municipality, slot));
                if (pair != null && (smallest[0] == null || SMALLEST.compare(pair, smallest[0]) < 0)
                        && opens(person, pair)) {
                    smallest[0] = pair;
                }
            });
        }

        List<UnplacedReason> reasons = new ArrayList<>();
        for (PairRule rule : PairRule.values()) {
            int slots = ruledOut[rule.ordinal()];
            if (slots > 0) {
                String message = message(rule, person, slots);
                if (rule == PairRule.TRAVEL_WITHIN_REACH) {
                    message += pickUpTooLong(broken[rule.ordinal()], person);
                }
                reasons.add(new UnplacedReason(rule.constraintName(), slots, message));
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
        OpeningChange change = smallest[0] == null ? null : opening(smallest[0], person);
        NetworkGap gap = change == null && roomLeft == 0
                ? gaps.gapFor(placement, broken, ruledOut, full, masks.all()) : null;
        return new UnplacedOutcome(person.id(), reasons, change,
                summary(reasons, change, gap, solution.getSlots().size()), gap);
    }

    /** The two rules a slot breaks for the person, if both are the person's to change, as one hint. */
    private Change twoChanges(CandidateFact person, Slot slot, long[][] broken, int index, Journey journey) {
        PairRule first = null;
        PairRule second = null;
        for (PairRule rule : PairRule.values()) {
            if ((broken[rule.ordinal()][index >>> 6] & (1L << index)) != 0) {
                if ((rule.bit() & CHANGEABLE_MASK) == 0) {
                    return null;
                }
                if (first == null) {
                    first = rule;
                } else {
                    second = rule;
                }
            }
        }
        if (first == null || second == null) {
            return null;
        }
        Change a = changeFor(first, person, slot, journey);
        Change b = changeFor(second, person, slot, journey);
        if (a == null || b == null) {
            return null;
        }
        return SMALLEST.compare(a, b) <= 0 ? a.and(b) : b.and(a);
    }

    /**
     * The re-check: the person with the change(s) applied passes every pairwise rule for the slot
     * (the slot has room, so its capacities hold too). A hint that does not is never given.
     */
    private boolean opens(CandidateFact person, Change change) {
        SlotFact slot = change.slot().fact();
        CandidateFact changed = PersonChanges.apply(person, change.kind(), change.amount(), slot);
        if (change.second() != null) {
            changed = PersonChanges.apply(changed, change.second().kind(), change.second().amount(), slot);
        }
        HostFact host = change.slot().host().fact();
        return judge.brokenRules(changed, slot, change.slot().task(), host, judge.journey(changed, slot, host)) == 0;
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
            case STEP_UP_REACHES_NEW_STAGE -> "次のステップ（週" + person.minimumWeeklyHours()
                    + "時間以上）に届かない受入枠です" + count;
            case ACCOMMODATIONS_COVERED -> "必要な配慮（" + labels.accommodations(person.accommodationNeeds())
                    + "）をすべては提供できない受入枠です" + count;
            case PROGRAMME_ACCEPTED -> person.programme().labelJa() + "を受け入れていない受入枠です" + count;
            case PROGRAMME_TIME_LIMIT -> "就労準備支援事業の利用期間（" + solution.getSettings().workReadinessMonths()
                    + "か月）を過ぎており、延長の記録がありません" + count;
            case EXCLUSION_RESPECTED -> "送り出さないこととしている事業所の受入枠です" + count;
            case SLOT_EXCLUSION_RESPECTED -> "除外された組み合わせ（受入枠・業務・事業所ごとの除外、またはご本人・受入先の辞退）の受入枠です" + count;
        };
    }

    /**
     * The slots out of reach although they pick people up from the person's municipality: the run
     * is longer than the person's limit, worth saying because a shorter run (another pick-up point,
     * another hour) would open them.
     */
    private String pickUpTooLong(long[] travelBroken, CandidateFact person) {
        long[] pickUp = masks.pickingUpFrom(person.municipalityCode());
        int count = 0;
        for (int w = 0; w < travelBroken.length; w++) {
            count += Long.bitCount(travelBroken[w] & pickUp[w]);
        }
        return count == 0 ? "" : "。うち" + count + "枠はお住まいの市町村から送迎がありますが、送迎でも片道"
                + limit(person, TravelMode.PICK_UP) + "分を超えます";
    }

    private int limit(CandidateFact person, TravelMode mode) {
        return judge.travel().limitMinutes(person.maxOneWayMinutes(), mode);
    }

    private Change changeFor(PairRule rule, CandidateFact person, Slot slot, Journey journey) {
        SlotFact s = slot.fact();
        return switch (rule) {
            case TRAVEL_WITHIN_REACH -> {
                if (!journey.possible()) {
                    yield ownWayInstead(person, slot, journey);
                }
                Integer prefectureLimit = solution.getSettings().maxMinutesByMode().get(journey.mode());
                if (prefectureLimit != null && journey.minutes() > prefectureLimit) {
                    yield null;
                }
                int more = journey.minutes() - person.maxOneWayMinutes();
                yield new Change(rule, "MORE_TRAVEL_MINUTES", more, slot, more, journey);
            }
            case SCHEDULE_WITHIN_AVAILABILITY -> scheduleChange(person, slot, journey);
            case PACING_WITHIN_STAGE -> {
                int moreHours = s.hoursPerDay() - person.hoursPerDay();
                int moreDays = s.daysPerWeek() - person.daysPerWeek();
                if (moreHours == 1 && moreDays <= 0) {
                    yield new Change(rule, "MORE_HOURS_PER_DAY", 1, slot, 45, journey);
                }
                if (moreDays == 1 && moreHours <= 0) {
                    yield new Change(rule, "MORE_DAYS_PER_WEEK", 1, slot, 45, journey);
                }
                yield null;
            }
            case PROGRAMME_TIME_LIMIT -> new Change(rule, "RECORD_EXTENSION", 0, slot, 60, journey);
            case PROGRAMME_ACCEPTED -> new Change(rule, "OTHER_PROGRAMME", 0, slot, 90, journey);
            default -> null;
        };
    }

    /**
     * A person who can come only by pick-up, to a slot without one from their municipality: coming by
     * public transport instead, where that is within their limit (the pick-up side of a hint).
     */
    private Change ownWayInstead(CandidateFact person, Slot slot, Journey journey) {
        if (person.travelMode() != TravelMode.PICK_UP || person.municipalityCode() == null) {
            return null;
        }
        TravelTimes travel = judge.travel();
        int from = travel.indexOf(person.municipalityCode());
        if (from < 0) {
            return null;
        }
        Journey byBus = travel.journey(from, TravelMode.PUBLIC_TRANSPORT, person.maxOneWayMinutes(),
                slot.host().municipalityIndex(), TravelTimes.pickUpMinutes(slot.fact(), person.municipalityCode()));
        if (!byBus.reachable()) {
            return null;
        }
        return new Change(PairRule.TRAVEL_WITHIN_REACH, "PUBLIC_TRANSPORT", byBus.minutes(), slot, 50, byBus);
    }

    private static Change scheduleChange(CandidateFact person, Slot slot, Journey journey) {
        int missingDays = missingDays(person, slot.fact()).size();
        int moreMinutes = moreMinutes(person, slot.fact());
        int end = startMinute(slot.fact()) + slot.fact().hoursPerDay() * 60;
        if (missingDays == 1 && moreMinutes == 0) {
            return new Change(PairRule.SCHEDULE_WITHIN_AVAILABILITY, "ONE_MORE_WEEKDAY", 1, slot, 30, journey);
        }
        if (missingDays == 0 && moreMinutes > 0 && end <= 24 * 60) {
            return new Change(PairRule.SCHEDULE_WITHIN_AVAILABILITY, "LONGER_AVAILABLE_HOURS", moreMinutes, slot,
                    (moreMinutes + 1) / 2, journey);
        }
        return null;
    }

    /** The change as the counter reads it. */
    private OpeningChange opening(Change c, CandidateFact person) {
        if (c.second() != null) {
            Change b = c.second();
            String message = "次の2つを変えれば、" + labels.slot(c.slot()) + "に合います：①" + condition(c, person)
                    + "　②" + condition(b, person);
            return new OpeningChange(c.kind(), c.amount(), c.slot().id(), message, b.kind(), b.amount());
        }
        return single(c, person);
    }

    /** A change as a condition, for a hint of two, e.g. 「通所時間の上限をあと10分延ばす」. */
    private String condition(Change c, CandidateFact person) {
        SlotFact s = c.slot().fact();
        return switch (c.kind()) {
            case "MORE_TRAVEL_MINUTES" -> "通所時間の上限をあと" + c.amount() + "分延ばす";
            case "PUBLIC_TRANSPORT" -> "送迎ではなく公共交通で通う（片道" + c.amount() + "分）";
            case "ONE_MORE_WEEKDAY" -> Labels.weekday(missingDays(person, s).get(0)) + "にも通う";
            case "LONGER_AVAILABLE_HOURS" -> "通える時間帯をあと" + c.amount() + "分広げる";
            case "MORE_HOURS_PER_DAY" -> "1日あと1時間（" + s.hoursPerDay() + "時間）参加する";
            case "MORE_DAYS_PER_WEEK" -> "週あと1日（週" + s.daysPerWeek() + "日）参加する";
            case "RECORD_EXTENSION" -> "支援調整会議で利用延長を決めて記録する";
            case "OTHER_PROGRAMME" -> "支援メニューを「" + PersonChanges.programmeFor(s).labelJa() + "」にする（支援調整会議で検討）";
            default -> throw new IllegalStateException(c.kind());
        };
    }

    private OpeningChange single(Change c, CandidateFact person) {
        String where = labels.slot(c.slot());
        SlotFact s = c.slot().fact();
        String message = switch (c.kind()) {
            case "MORE_TRAVEL_MINUTES" -> "通所時間の上限をあと" + c.amount() + "分延ばせば、" + where + "に"
                    + ProposalExplainer.travel(c.journey(), s, person).replaceFirst("（上限\\d+分）", "") + "で届きます";
            case "ONE_MORE_WEEKDAY" -> Labels.weekday(missingDays(person, s).get(0)) + "にも通えれば、" + where + "に合います";
            case "LONGER_AVAILABLE_HOURS" -> {
                int start = startMinute(s);
                int end = start + s.hoursPerDay() * 60;
                int from = minuteOfDay(person.availableFrom(), 0);
                int until = minuteOfDay(person.availableUntil(), 24 * 60);
                String window = LocalTime.ofSecondOfDay(Math.min(from, start) * 60L) + "〜"
                        + (Math.max(until, end) >= 24 * 60 ? "24:00" : LocalTime.ofSecondOfDay(Math.max(until, end) * 60L));
                yield "通える時間帯をあと" + c.amount() + "分広げれば（" + window + "）、" + where + "に合います";
            }
            case "MORE_HOURS_PER_DAY" -> "1日あと1時間（" + s.hoursPerDay() + "時間）の参加ができれば、" + where + "に合います";
            case "MORE_DAYS_PER_WEEK" -> "週あと1日（週" + s.daysPerWeek() + "日）の参加ができれば、" + where + "に合います";
            case "RECORD_EXTENSION" -> "支援調整会議で利用延長を決めて記録すれば、" + where + "に合います";
            case "PUBLIC_TRANSPORT" -> "送迎ではなく公共交通で通えれば（片道" + c.amount() + "分）、" + where + "に届きます";
            case "OTHER_PROGRAMME" -> "支援メニューを「" + PersonChanges.programmeFor(s).labelJa()
                    + "」にできれば（支援調整会議で検討）、" + where + "に合います";
            default -> throw new IllegalStateException(c.kind());
        };
        return new OpeningChange(c.kind(), c.amount(), c.slot().id(), message, null, null);
    }

    private static List<DayOfWeek> missingDays(CandidateFact person, SlotFact slot) {
        List<DayOfWeek> missing = new ArrayList<>();
        for (DayOfWeek day : slot.weekdays()) {
            if (!person.availableDays().contains(day)) {
                missing.add(day);
            }
        }
        return missing;
    }

    private static int moreMinutes(CandidateFact person, SlotFact slot) {
        int start = startMinute(slot);
        int end = start + slot.hoursPerDay() * 60;
        return Math.max(0, minuteOfDay(person.availableFrom(), 0) - start)
                + Math.max(0, end - minuteOfDay(person.availableUntil(), 24 * 60));
    }

    private static int startMinute(SlotFact slot) {
        return slot.startTime().toSecondOfDay() / 60;
    }

    private static int minuteOfDay(LocalTime time, int whenMissing) {
        return time == null ? whenMissing : time.toSecondOfDay() / 60;
    }

    private static String summary(List<UnplacedReason> reasons, OpeningChange change, NetworkGap gap, int slotCount) {
        StringBuilder out = new StringBuilder("今回は受入枠を提案できませんでした（対象").append(slotCount).append("枠）。");
        if (!reasons.isEmpty()) {
            out.append("主な理由：").append(reasons.get(0).messageJa()).append("。");
        }
        if (change != null) {
            out.append(change.changes() == 1 ? "条件を一つ変えると：" : "条件を二つ変えると：")
                    .append(change.messageJa()).append("。");
        } else if (gap != null) {
            out.append("本人の条件を一つ二つ変えても届く受入枠がありません。県内に不足している受入枠：")
                    .append(gap.messageJa()).append("。");
        } else {
            out.append("条件に合い空きのある受入枠があります。");
        }
        return out.toString();
    }
}
