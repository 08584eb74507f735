package jp.tsunagu.matching.explain;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import jp.tsunagu.matching.problem.AccommodationFact;
import jp.tsunagu.matching.problem.MatchingProblem;
import jp.tsunagu.matching.problem.MunicipalityFact;
import jp.tsunagu.matching.solver.Slot;

/** Japanese names of what the explanations mention: accommodations, municipalities, slots, weekdays. */
final class Labels {

    private final Map<String, String> accommodations = new HashMap<>();
    private final Map<String, String> municipalities = new HashMap<>();

    Labels(MatchingProblem problem) {
        for (AccommodationFact a : problem.accommodations()) {
            accommodations.put(a.code(), a.labelJa());
        }
        for (MunicipalityFact m : problem.municipalities()) {
            municipalities.put(m.code(), m.name());
        }
    }

    String accommodation(String code) {
        return accommodations.getOrDefault(code, code);
    }

    /** Accommodation labels joined with 「・」, in a stable order. */
    String accommodations(Set<String> codes) {
        StringBuilder out = new StringBuilder();
        for (String code : new TreeSet<>(codes)) {
            if (!out.isEmpty()) {
                out.append('・');
            }
            out.append(accommodation(code));
        }
        return out.toString();
    }

    String municipality(String code) {
        return municipalities.getOrDefault(code, code);
    }

    /** e.g. 「○○農園の受入枠（農作業）」 */
    String slot(Slot slot) {
        return slot.host().fact().name() + "の受入枠（" + slot.task().title() + "）";
    }

    static String weekday(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, Locale.JAPANESE);
    }
}
