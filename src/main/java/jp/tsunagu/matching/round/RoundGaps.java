package jp.tsunagu.matching.round;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A round's network gaps (受入先の不足) for the coordinator: how many unplaced people no change on
 * their side would place, per municipality and per kind of missing slot — where to canvass hosts.
 *
 * @param unplaced       every unplaced person of the round
 * @param withGap        those of them with a gap (the others have a change on their side, or room left)
 * @param byKind         per kind, the people, most first
 * @param municipalities per municipality, the people and their kinds, most people first
 */
public record RoundGaps(long roundId, int unplaced, int withGap, List<KindCount> byKind,
                        List<MunicipalityGaps> municipalities) {

    /** People under one kind of gap. */
    public record KindCount(String kind, String labelJa, int people) {
    }

    /** One municipality's people with a gap, per kind. */
    public record MunicipalityGaps(String municipalityCode, String municipalityName, int people,
                                   List<KindCount> kinds) {
    }

    /** @param rows municipality code, name, kind, people (as the query gives them) */
    static RoundGaps of(long roundId, int unplaced, List<Object[]> rows) {
        Map<String, Integer> byKind = new TreeMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, List<KindCount>> byMunicipality = new LinkedHashMap<>();
        int withGap = 0;
        for (Object[] row : rows) {
            String code = (String) row[0];
            String kind = (String) row[2];
            int people = ((Number) row[3]).intValue();
            names.put(code, (String) row[1]);
            byMunicipality.computeIfAbsent(code, k -> new ArrayList<>()).add(new KindCount(kind, labelJa(kind), people));
            byKind.merge(kind, people, Integer::sum);
            withGap += people;
        }
        List<KindCount> kinds = new ArrayList<>();
        byKind.forEach((kind, people) -> kinds.add(new KindCount(kind, labelJa(kind), people)));
        kinds.sort((a, b) -> Integer.compare(b.people(), a.people()));
        List<MunicipalityGaps> municipalities = new ArrayList<>();
        byMunicipality.forEach((code, list) -> {
            list.sort((a, b) -> Integer.compare(b.people(), a.people()));
            municipalities.add(new MunicipalityGaps(code, names.get(code),
                    list.stream().mapToInt(KindCount::people).sum(), List.copyOf(list)));
        });
        municipalities.sort((a, b) -> Integer.compare(b.people(), a.people()));
        return new RoundGaps(roundId, unplaced, withGap, List.copyOf(kinds), List.copyOf(municipalities));
    }

    static String labelJa(String kind) {
        return jp.tsunagu.matching.outcome.GapKinds.labelJa(kind);
    }
}
