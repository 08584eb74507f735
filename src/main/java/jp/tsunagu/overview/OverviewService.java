package jp.tsunagu.overview;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.NotFoundException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.tsunagu.access.AccessPolicy;
import jp.tsunagu.access.Caller;
import jp.tsunagu.access.Role;
import jp.tsunagu.audit.AuditAction;

/** Counts the week's figures with one grouped query per kind of record, whatever the prefecture's size. */
@ApplicationScoped
public class OverviewService {

    /** A proposal in one of these states still holds its slot: the person counts as placed by the round. */
    private static final String LIVE_STATES = "('DRAFT','PUBLISHED','ACCEPTED','CONFIRMED')";

    @PersistenceContext
    EntityManager em;

    @Inject
    AccessPolicy access;

    public WeekOverview overview(Caller caller, Long requestedRound) {
        access.requireRole(caller, AuditAction.LIST, "overview", Role.COORDINATOR);
        String prefecture = caller.prefectureCode();
        Long roundId = requestedRound != null ? ownRound(prefecture, requestedRound) : latestSavedRound(prefecture);
        LocalDate today = LocalDate.now();

        // A person who holds a slot (a running placement that is not looking for its next stage, or a
        // proposal accepted and waiting for the host) continues where they are: a round does not place
        // them again, so they are counted apart from the people waiting, as the round counts them.
        String pool = " FROM candidate c WHERE c.prefecture_code = ?1 AND c.status = 'ACTIVE' AND c.consent_to_matching";
        String holdsSlot = "(EXISTS (SELECT 1 FROM placement pl WHERE pl.candidate_id = c.id AND pl.state = 'ACTIVE'"
                + " AND NOT pl.seeking_next_stage) OR EXISTS (SELECT 1 FROM proposal p WHERE p.candidate_id = c.id"
                + " AND p.state = 'ACCEPTED'))";
        Map<String, Long> waiting = counts("SELECT c.municipality_code, COUNT(*)" + pool + " AND NOT " + holdsSlot
                + " GROUP BY c.municipality_code", prefecture);
        long held = number(em.createNativeQuery("SELECT COUNT(*)" + pool + " AND " + holdsSlot)
                .setParameter(1, prefecture).getSingleResult());
        Map<String, Long> hosts = counts("SELECT municipality_code, COUNT(*) FROM host WHERE prefecture_code = ?1"
                + " GROUP BY municipality_code", prefecture);
        String openSlotRows = " FROM trial_slot s JOIN task t ON t.id = s.task_id JOIN host h ON h.id = t.host_id"
                + " WHERE h.prefecture_code = ?1 AND s.open AND s.open_until >= ?2";
        Map<String, Long> openSlots = counts("SELECT h.municipality_code, COUNT(*)" + openSlotRows
                + " GROUP BY h.municipality_code", prefecture, today);
        long openPlaces = number(em.createNativeQuery("SELECT COALESCE(SUM(s.capacity), 0)" + openSlotRows)
                .setParameter(1, prefecture).setParameter(2, today).getSingleResult());
        Map<String, Long> placed = roundId == null ? Map.of() : counts("SELECT municipality_code,"
                + " COUNT(DISTINCT candidate_id) FROM proposal WHERE round_id = ?1 AND state IN " + LIVE_STATES
                + " GROUP BY municipality_code", roundId);
        Map<String, Long> unplaced = roundId == null ? Map.of() : counts("SELECT municipality_code, COUNT(*)"
                + " FROM unplaced_candidate WHERE round_id = ?1 GROUP BY municipality_code", roundId);
        Map<String, Long> proposals = counts("SELECT p.state, COUNT(*) FROM proposal p"
                + " JOIN matching_round r ON r.id = p.round_id WHERE r.prefecture_code = ?1"
                + " AND p.state IN ('DRAFT','PUBLISHED','ACCEPTED') GROUP BY p.state", prefecture);

        @SuppressWarnings("unchecked")
        List<Object[]> municipalityRows = em.createNativeQuery("SELECT code, name, wide_area, latitude, longitude"
                + " FROM municipality WHERE prefecture_code = ?1 ORDER BY code").setParameter(1, prefecture).getResultList();
        List<WeekOverview.MunicipalityFigures> municipalities = municipalityRows.stream().map(row -> {
            String code = (String) row[0];
            return new WeekOverview.MunicipalityFigures(code, (String) row[1], (String) row[2], decimal(row[3]),
                    decimal(row[4]), waiting.getOrDefault(code, 0L), hosts.getOrDefault(code, 0L),
                    openSlots.getOrDefault(code, 0L), placed.getOrDefault(code, 0L), unplaced.getOrDefault(code, 0L));
        }).toList();
        return new WeekOverview(roundId, sum(waiting), held, sum(openSlots), openPlaces, proposals.getOrDefault("DRAFT", 0L),
                proposals.getOrDefault("PUBLISHED", 0L), proposals.getOrDefault("ACCEPTED", 0L), municipalities);
    }

    /** A round of another prefecture is answered as unknown, so that its existence is not revealed. */
    private Long ownRound(String prefecture, long roundId) {
        List<?> found = em.createNativeQuery("SELECT id FROM matching_round WHERE id = ?1 AND prefecture_code = ?2")
                .setParameter(1, roundId).setParameter(2, prefecture).getResultList();
        if (found.isEmpty()) {
            throw new NotFoundException("回 " + roundId + " は見つかりません。");
        }
        return roundId;
    }

    private Long latestSavedRound(String prefecture) {
        List<?> found = em.createNativeQuery("SELECT MAX(id) FROM matching_round WHERE prefecture_code = ?1"
                + " AND status IN ('COMPLETED','STOPPED')").setParameter(1, prefecture).getResultList();
        return found.isEmpty() || found.get(0) == null ? null : number(found.get(0));
    }

    private Map<String, Long> counts(String sql, Object... parameters) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        Map<String, Long> counts = new HashMap<>();
        for (Object result : query.getResultList()) {
            Object[] row = (Object[]) result;
            counts.put(String.valueOf(row[0]), number(row[1]));
        }
        return counts;
    }

    private static long sum(Map<String, Long> counts) {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static BigDecimal decimal(Object value) {
        return value == null ? null : value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
    }
}
