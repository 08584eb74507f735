package jp.tsunagu.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import jp.tsunagu.access.AccessPolicy;
import jp.tsunagu.access.Caller;
import jp.tsunagu.access.Role;
import jp.tsunagu.audit.AuditAction;
import jp.tsunagu.audit.AuditLog;
import jp.tsunagu.candidate.Candidate;
import jp.tsunagu.candidate.CandidateStatus;

/**
 * Anonymises the closed cases whose retention period has passed: every day, and when the coordinator
 * asks. Each person in a transaction of their own, with its audit entry; running it twice, or on two
 * instances at once, anonymises nobody twice (the row is re-read under lock).
 */
@ApplicationScoped
public class RetentionCheck {

    static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    @PersistenceContext
    EntityManager em;

    @Inject
    AccessPolicy access;

    @Inject
    AuditLog audit;

    @Inject
    RetentionSettings settings;

    @Inject
    Anonymiser anonymiser;

    /** What a check did. */
    public record Result(LocalDate asOf, int retentionYears, LocalDate closedOnOrBefore, List<Long> anonymised) {
    }

    /** The coordinator runs the check now for the prefecture. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Result runNow(Caller caller) {
        access.requireRole(caller, AuditAction.ANONYMISE, "candidate", Role.COORDINATOR);
        return run(caller.prefectureCode(), LocalDate.now(JAPAN), caller.username());
    }

    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Result run(String prefectureCode, LocalDate asOf, String by) {
        int years = settings.yearsAfterClosing(prefectureCode);
        LocalDate limit = asOf.minusYears(years);
        List<Long> due = em.createQuery("select c.id from Candidate c where c.prefectureCode = :p"
                        + " and c.status = :withdrawn and c.anonymisedAt is null and c.closedOn <= :limit order by c.id",
                        Long.class)
                .setParameter("p", prefectureCode).setParameter("withdrawn", CandidateStatus.WITHDRAWN)
                .setParameter("limit", limit).getResultList();
        List<Long> done = new ArrayList<>();
        for (Long id : due) {
            if (self().anonymiseIfDue(id, limit, years, by)) {
                done.add(id);
            }
        }
        return new Result(asOf, years, limit, done);
    }

    @Inject
    jakarta.enterprise.inject.Instance<RetentionCheck> selfReference;

    private RetentionCheck self() {
        // Through the container, so that each person gets a transaction of its own.
        return selfReference.get();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean anonymiseIfDue(long candidateId, LocalDate limit, int years, String by) {
        Candidate person = em.find(Candidate.class, candidateId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (person == null || person.isAnonymised() || person.getStatus() != CandidateStatus.WITHDRAWN
                || person.getClosedOn() == null || person.getClosedOn().isAfter(limit)) {
            return false;
        }
        LocalDate closedOn = person.getClosedOn();
        anonymiser.anonymise(candidateId, person.getCaseCode());
        audit.bySystem("retention-check (" + by + ")", AuditAction.ANONYMISE, "candidate", candidateId,
                Anonymiser.pseudonym(candidateId),
                "retention period passed: closed on " + closedOn + ", kept " + years + " years");
        return true;
    }
}
