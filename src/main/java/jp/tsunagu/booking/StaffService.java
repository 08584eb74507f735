package jp.tsunagu.booking;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import jp.tsunagu.access.AccessPolicy;
import jp.tsunagu.access.Caller;
import jp.tsunagu.access.Role;
import jp.tsunagu.audit.AuditAction;
import jp.tsunagu.audit.AuditLog;
import jp.tsunagu.counter.SupportCounter;
import jp.tsunagu.platform.InvalidInputException;

/** The accompanying staff a caller may book, and registering new ones. */
@ApplicationScoped
@Transactional
public class StaffService {

    static final String SUBJECT = "support_staff";

    @PersistenceContext
    EntityManager em;

    @Inject
    AccessPolicy access;

    @Inject
    AuditLog audit;

    /** Active staff the caller may book: the coordinator all of the prefecture's, a counter its own and the prefecture's. */
    public List<StaffView> list(Caller caller) {
        access.requireRole(caller, AuditAction.LIST, SUBJECT, Role.COORDINATOR, Role.COUNTER);
        List<SupportStaff> found = caller.is(Role.COORDINATOR)
                ? em.createQuery("select s from SupportStaff s where s.prefectureCode = :p and s.active = true"
                                + " order by s.id", SupportStaff.class)
                        .setParameter("p", caller.prefectureCode()).getResultList()
                : em.createQuery("select s from SupportStaff s where s.prefectureCode = :p and s.active = true"
                                + " and (s.counterId is null or s.counterId = :c) order by s.id", SupportStaff.class)
                        .setParameter("p", caller.prefectureCode()).setParameter("c", caller.counterId())
                        .getResultList();
        return found.stream().map(StaffView::of).toList();
    }

    /**
     * Registers a staff member. The coordinator registers the prefecture's own (no counter) or any
     * counter's of the prefecture; a counter registers its own only.
     */
    public StaffView create(Caller caller, StaffInput input) {
        access.requireRole(caller, AuditAction.CREATE, SUBJECT, Role.COORDINATOR, Role.COUNTER);
        Long counterId = input.counterId();
        if (caller.is(Role.COUNTER)) {
            if (counterId != null && !counterId.equals(caller.counterId())) {
                throw new InvalidInputException("counterId", "この窓口の職員だけを登録できます");
            }
            counterId = caller.counterId();
        } else if (counterId != null) {
            SupportCounter counter = em.find(SupportCounter.class, counterId);
            if (counter == null || !counter.getPrefectureCode().equals(caller.prefectureCode())) {
                throw new InvalidInputException("counterId", "窓口 " + counterId + " は見つかりません");
            }
        }
        SupportStaff staff = new SupportStaff(caller.prefectureCode(), counterId, input.name().strip());
        em.persist(staff);
        em.flush();
        audit.allowed(caller, AuditAction.CREATE, SUBJECT, staff.getId(), null,
                counterId == null ? "prefectural" : "counter " + counterId);
        return StaffView.of(staff);
    }
}
