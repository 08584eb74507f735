package jp.tsunagu.access;

import java.util.Set;

/**
 * The authenticated user of one request, with the scope the server checks on every access.
 *
 * @param servedMunicipalities for a counter, the JIS codes of the municipalities it serves; empty otherwise
 * @param hostId               for an employer, its host organisation; null otherwise
 */
public record Caller(String username, Role role, String prefectureCode, Long counterId,
                     Set<String> servedMunicipalities, Long hostId) {

    public Caller {
        servedMunicipalities = servedMunicipalities == null ? Set.of() : Set.copyOf(servedMunicipalities);
    }

    public boolean is(Role expected) {
        return role == expected;
    }
}
