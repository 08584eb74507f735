package jp.tsunagu.matching.explain;

import java.util.stream.Collectors;
import jp.tsunagu.candidate.TravelMode;
import jp.tsunagu.matching.outcome.GapKinds;
import jp.tsunagu.matching.outcome.NetworkGap;
import jp.tsunagu.matching.problem.CandidateFact;
import jp.tsunagu.matching.rules.PairRule;
import jp.tsunagu.matching.solver.Placement;

/**
 * Says what the network lacks for a person whom no change on their side opens a slot (受入先の不足):
 * the kind of slot that would take them, in words, and one kind to count it under for canvassing.
 *
 * <p>The kind is what rules out the most slots: none within reach at all is the area (or, for a
 * person who comes only by pick-up, a pick-up from their municipality); otherwise, among the slots
 * they could reach, the rule that rules out the most of them; feasible slots that are all full are
 * a lack of capacity.
 */
final class NetworkGaps {

    private final Labels labels;
    private final RuleMasks masks;

    NetworkGaps(Labels labels, RuleMasks masks) {
        this.labels = labels;
        this.masks = masks;
    }

    NetworkGap gapFor(Placement placement, long[][] broken, int[] ruledOut, int full, long[] all) {
        CandidateFact person = placement.getCandidate();
        String kind = kind(person, broken, full, all);
        return new NetworkGap(kind, person.municipalityCode(), placement.getWideArea(), describe(person, kind));
    }

    private String kind(CandidateFact person, long[][] broken, int full, long[] all) {
        if (full > 0) {
            return "CAPACITY";
        }
        long[] travel = broken[PairRule.TRAVEL_WITHIN_REACH.ordinal()];
        int reachable = 0;
        for (int w = 0; w < all.length; w++) {
            reachable += Long.bitCount(all[w] & ~travel[w]);
        }
        if (reachable == 0) {
            return person.travelMode() == TravelMode.PICK_UP ? "PICK_UP" : "AREA";
        }
        PairRule worst = null;
        int most = 0;
        for (PairRule rule : PairRule.values()) {
            if (rule == PairRule.TRAVEL_WITHIN_REACH) {
                continue;
            }
            long[] set = broken[rule.ordinal()];
            int count = 0;
            for (int w = 0; w < all.length; w++) {
                count += Long.bitCount(set[w] & ~travel[w] & all[w]);
            }
            if (count > most) {
                most = count;
                worst = rule;
            }
        }
        if (worst == null) {
            return "CAPACITY";
        }
        return switch (worst) {
            case SCHEDULE_WITHIN_AVAILABILITY -> "SCHEDULE";
            case PACING_WITHIN_STAGE -> "SHORT_HOURS";
            case STEP_UP_REACHES_NEW_STAGE -> "LONGER_HOURS";
            case ACCOMMODATIONS_COVERED -> "ACCOMMODATION";
            case PROGRAMME_ACCEPTED, PROGRAMME_TIME_LIMIT -> "PROGRAMME";
            case SLOT_OPEN_IN_ROUND_WEEK -> "SEASON";
            case EXCLUSION_RESPECTED, SLOT_EXCLUSION_RESPECTED -> "OTHER_HOST";
            case TRAVEL_WITHIN_REACH -> "AREA";
        };
    }

    /**
     * The slot that would take the person, e.g. 「【通える曜日・時間帯】松本市から公共交通で60分以内に、
     * 月・水の9:00〜15:00のうち1日3時間・週2日まで、必要な配慮（静かな環境）に対応できる、
     * 就労体験を受け入れる受入枠」.
     */
    private String describe(CandidateFact person, String kind) {
        StringBuilder out = new StringBuilder("【").append(labelJa(kind)).append("】");
        out.append(labels.municipality(person.municipalityCode())).append("から");
        if (person.travelMode() == TravelMode.PICK_UP) {
            out.append("送迎で");
        } else {
            out.append(person.travelMode().labelJa()).append("で");
        }
        int limit = masks.limitMinutes(person);
        out.append(limit).append("分以内に、");
        out.append(person.availableDays().stream().sorted().map(Labels::weekday).collect(Collectors.joining("・")));
        out.append("の").append(person.availableFrom() == null ? "0:00" : person.availableFrom().toString())
                .append("〜").append(person.availableUntil() == null ? "24:00" : person.availableUntil().toString())
                .append("のうち1日").append(person.hoursPerDay()).append("時間・週").append(person.daysPerWeek())
                .append("日まで");
        if (person.minimumWeeklyHours() > 0) {
            out.append("（週").append(person.minimumWeeklyHours()).append("時間以上）");
        }
        if (!person.accommodationNeeds().isEmpty()) {
            // The catalogue's labels are nouns (静かな環境) and verb phrases (重い物を持たない) alike: named in
            // brackets, they read right whatever their form.
            out.append("、必要な配慮（").append(labels.accommodations(person.accommodationNeeds())).append("）に対応できる");
        } else {
            out.append("の");
        }
        out.append("、").append(person.programme().labelJa()).append("を受け入れる受入枠");
        return out.toString();
    }

    /** The kind as the coordinator reads it. */
    static String labelJa(String kind) {
        return GapKinds.labelJa(kind);
    }
}
