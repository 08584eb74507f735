package jp.tsunagu.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * Clears a person's personal fields for good, keeping every row and every code the figures count by
 * (municipality, counter, programme, status, slot, host, dates of proposals and placements, attendance),
 * so that reports of people per municipality, placements and rounds stay the same.
 *
 * <ul>
 *   <li>the case code becomes the stable pseudonym {@code ANON-<id>}, in the record and in the
 *       notifications about the person;</li>
 *   <li>free text written about the person is cleared: extension reason, decline and host notes,
 *       first-day needs, follow-up notes, end reason, exclusion, exclusion request and booking notes, explanations,
 *       alternatives and the unplaced summary;</li>
 *   <li>health and welfare details (要配慮個人情報) go: accommodation needs, interests, excluded hosts,
 *       consent dates; the programme start and waiting date keep only their month.</li>
 * </ul>
 * Audit entries are never rewritten: they are the legal record of who read which case (docs/privacy.md).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Anonymiser {

    @PersistenceContext
    EntityManager em;

    public static String pseudonym(long candidateId) {
        return "ANON-" + candidateId;
    }

    /** Clears the person's fields in the caller's transaction; the caller writes the audit entry. */
    public void anonymise(long candidateId, String caseCode) {
        em.flush();
        String anon = pseudonym(candidateId);
        List<Long> proposals = ids("SELECT id FROM proposal WHERE candidate_id = ?", candidateId);
        List<Long> placements = ids("SELECT id FROM placement WHERE candidate_id = ?", candidateId);
        List<Long> bookings = ids("SELECT b.id FROM booking b JOIN proposal p ON p.id = b.proposal_id"
                + " WHERE p.candidate_id = ?", candidateId);
        update("UPDATE notification SET title_ja = REPLACE(title_ja, ?, ?), body_ja = REPLACE(body_ja, ?, ?)"
                + " WHERE " + Disclosure.notificationsAbout(candidateId, proposals, placements, bookings),
                caseCode, anon, caseCode, anon);
        update("UPDATE candidate SET case_code = ?, extension_reason = NULL, accommodation_needs = '',"
                + " interests = '', excluded_host_ids = '', consent_date = NULL, pinned_slot_id = NULL,"
                + " programme_start = DATE_FORMAT(programme_start, '%Y-%m-01'),"
                + " waiting_since = DATE_FORMAT(waiting_since, '%Y-%m-01'),"
                + " anonymised_at = UTC_TIMESTAMP(3), updated_at = UTC_TIMESTAMP(3), version = version + 1"
                + " WHERE id = ?", anon, candidateId);
        update("UPDATE proposal SET explanation_ja = '', alternatives_json = '[]', decline_note = NULL,"
                + " host_note = NULL, first_day_needs = NULL, consent_date = NULL WHERE candidate_id = ?", candidateId);
        update("UPDATE unplaced_candidate SET summary_ja = '', smallest_change_json = NULL WHERE candidate_id = ?",
                candidateId);
        update("UPDATE pair_exclusion SET note = NULL WHERE candidate_id = ?", candidateId);
        update("UPDATE exclusion_request SET note = NULL, decline_reason = NULL WHERE candidate_id = ?", candidateId);
        update("UPDATE placement SET end_reason = NULL WHERE candidate_id = ?", candidateId);
        update("UPDATE follow_up f JOIN placement p ON p.id = f.placement_id SET f.note = NULL"
                + " WHERE p.candidate_id = ?", candidateId);
        update("UPDATE booking b JOIN proposal p ON p.id = b.proposal_id SET b.note = NULL"
                + " WHERE p.candidate_id = ?", candidateId);
        // The persistence context still holds the old values of the rows just changed.
        em.clear();
    }

    private List<Long> ids(String sql, long candidateId) {
        List<?> rows = em.createNativeQuery(sql).setParameter(1, candidateId).getResultList();
        return rows.stream().map(r -> ((Number) r).longValue()).toList();
    }

    private void update(String sql, Object... parameters) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        query.executeUpdate();
    }
}
