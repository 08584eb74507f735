package jp.tsunagu.placement;

import java.time.Period;
import java.time.format.DateTimeParseException;

/**
 * When a follow-up is due, in the counter's words: 「1週間後」「1か月後」「3か月後」 for the periods
 * the settings give as P1W, P1M, P3M. Follow-ups stored before the label was written in words hold
 * the period itself; they are read in words too.
 */
final class FollowUpTiming {

    private FollowUpTiming() {
    }

    /** e.g. 「1週間後」, 「10日後」, 「1か月15日後」. */
    static String inWords(Period after) {
        Period p = after.normalized();
        StringBuilder out = new StringBuilder();
        if (p.getYears() > 0) {
            out.append(p.getYears()).append("年");
        }
        if (p.getMonths() > 0) {
            out.append(p.getMonths()).append("か月");
        }
        int days = p.getDays();
        if (days > 0) {
            out.append(days % 7 == 0 ? days / 7 + "週間" : days + "日");
        }
        return out.isEmpty() ? "初日" : out.append("後").toString();
    }

    /** A stored label in words: a period written as one (P7D) becomes 「1週間後」; words stay as they are. */
    static String inWords(String stored) {
        if (stored == null || !stored.startsWith("P")) {
            return stored;
        }
        try {
            return inWords(Period.parse(stored));
        } catch (DateTimeParseException e) {
            return stored;
        }
    }
}
