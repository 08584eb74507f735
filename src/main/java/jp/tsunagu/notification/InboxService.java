package jp.tsunagu.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import jp.tsunagu.access.AccessPolicy;
import jp.tsunagu.access.Caller;
import jp.tsunagu.audit.AuditAction;
import jp.tsunagu.audit.AuditLog;

/**
 * The caller's inbox: the notifications of its audience ({@link InboxScope}), newest first, with
 * its own read marks. A notification outside the caller's audience answers 404 like an unknown id.
 */
@ApplicationScoped
@Transactional
public class InboxService {

    static final String SUBJECT = "notification";
    /** The most an inbox lists at once. */
    public static final int MAX_ITEMS = 200;

    private static final String UNREAD = " and not exists (select r from NotificationRead r"
            + " where r.notificationId = n.id and r.username = :reader)";

    @PersistenceContext
    EntityManager em;

    @Inject
    AccessPolicy access;

    @Inject
    AuditLog audit;

    public List<InboxItem> list(Caller caller, boolean unreadOnly) {
        Optional<InboxScope> scope = InboxScope.of(caller);
        if (scope.isEmpty()) {
            return List.of();
        }
        String jpql = "select n from Notification n where " + scope.get().condition("n")
                + (unreadOnly ? UNREAD : "") + " order by n.id desc";
        TypedQuery<Notification> query = em.createQuery(jpql, Notification.class);
        bind(query, scope.get(), unreadOnly ? caller.username() : null);
        List<Notification> found = query.setMaxResults(MAX_ITEMS).getResultList();
        Map<Long, Instant> readAt = readMarks(caller.username(), found);
        return found.stream().map(n -> InboxItem.of(n, readAt.get(n.getId()))).toList();
    }

    public long unreadCount(Caller caller) {
        Optional<InboxScope> scope = InboxScope.of(caller);
        if (scope.isEmpty()) {
            return 0;
        }
        TypedQuery<Long> query = em.createQuery("select count(n) from Notification n where "
                + scope.get().condition("n") + UNREAD, Long.class);
        bind(query, scope.get(), caller.username());
        return query.getSingleResult();
    }

    /** Marks the notification read for the calling user; marking it again keeps the first time. */
    public InboxItem markRead(Caller caller, long id) {
        Notification notification = em.find(Notification.class, id);
        if (notification == null) {
            throw AccessPolicy.notFound(SUBJECT, id);
        }
        if (!InboxScope.of(caller).map(s -> s.includes(notification)).orElse(false)) {
            throw access.outOfScope(caller, AuditAction.READ, SUBJECT, id);
        }
        // INSERT IGNORE: a second mark (a double click, two tabs) keeps the first and fails nothing.
        em.createNativeQuery("INSERT IGNORE INTO notification_read (notification_id, username, read_at)"
                        + " VALUES (?1, ?2, UTC_TIMESTAMP(3))")
                .setParameter(1, id).setParameter(2, caller.username())
                .executeUpdate();
        audit.allowed(caller, AuditAction.READ, SUBJECT, id, null, "marked read");
        Map<Long, Instant> readAt = readMarks(caller.username(), List.of(notification));
        return InboxItem.of(notification, readAt.get(id));
    }

    private Map<Long, Instant> readMarks(String username, List<Notification> notifications) {
        if (notifications.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select r from NotificationRead r where r.username = :u and r.notificationId in :ids",
                        NotificationRead.class)
                .setParameter("u", username)
                .setParameter("ids", notifications.stream().map(Notification::getId).toList())
                .getResultStream()
                .collect(Collectors.toMap(NotificationRead::getNotificationId, NotificationRead::getReadAt,
                        (a, b) -> a));
    }

    private static void bind(TypedQuery<?> query, InboxScope scope, String reader) {
        scope.parameters().forEach(query::setParameter);
        if (reader != null) {
            query.setParameter("reader", reader);
        }
    }
}
