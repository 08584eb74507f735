package jp.tsunagu.resource;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import jp.tsunagu.platform.InvalidInputException;
import jp.tsunagu.registry.HostKind;
import jp.tsunagu.registry.WorkKind;

/**
 * What a directory search asks for; every part is optional. Codes are checked here, so that a
 * mistyped filter is told apart from a search that finds nothing.
 *
 * @param kind {@code HOST} for every host, or a host kind or resource kind (COMMUNITY_CAFE finds both)
 */
public record DirectoryQuery(String municipality, String wideArea, String kind, WorkKind workKind,
                             String accommodation, String text) {

    static final String ALL_HOSTS = "HOST";
    private static final int LONGEST_TEXT = 100;

    /** The kinds a search may name. */
    static Set<String> knownKinds() {
        return Stream.concat(Stream.of(ALL_HOSTS), Stream.concat(Arrays.stream(HostKind.values()).map(Enum::name),
                Arrays.stream(ResourceKind.values()).map(Enum::name))).collect(Collectors.toCollection(TreeSet::new));
    }

    /** Reads the query parameters as sent; blank means "any". */
    static DirectoryQuery parse(String municipality, String wideArea, String kind, String workKind,
                                String accommodation, String text) {
        String m = blankToNull(municipality);
        if (m != null && !m.matches("\\d{6}")) {
            throw new InvalidInputException("municipality", "6桁の市町村コードで指定してください");
        }
        String k = blankToNull(kind);
        if (k != null && !knownKinds().contains(k)) {
            throw new InvalidInputException("kind", "種類の値が正しくありません。使える値: " + String.join(", ", knownKinds()));
        }
        WorkKind w = null;
        if (blankToNull(workKind) != null) {
            try {
                w = WorkKind.valueOf(workKind.trim());
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("workKind", "仕事の種類の値が正しくありません。使える値: "
                        + Arrays.stream(WorkKind.values()).map(Enum::name).collect(Collectors.joining(", ")));
            }
        }
        String q = blankToNull(text);
        if (q != null && q.length() > LONGEST_TEXT) {
            throw new InvalidInputException("q", "検索語は" + LONGEST_TEXT + "文字以内にしてください");
        }
        return new DirectoryQuery(m, blankToNull(wideArea), k, w, blankToNull(accommodation),
                q == null ? null : q.toLowerCase(Locale.ROOT));
    }

    boolean matches(DirectoryEntry e) {
        return (municipality == null || municipality.equals(e.municipalityCode()))
                && (wideArea == null || wideArea.equals(e.wideArea()))
                && (kind == null || kind.equals(e.kind())
                    || ALL_HOSTS.equals(kind) && e.source() == DirectoryEntry.Source.HOST)
                && (workKind == null || e.workKinds().contains(workKind))
                && (accommodation == null || e.accommodations().contains(accommodation))
                && (text == null || Stream.of(e.name(), e.offers(), e.area(), e.publicNote(), e.municipalityName())
                        .anyMatch(s -> s != null && s.toLowerCase(Locale.ROOT).contains(text)));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
