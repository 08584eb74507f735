package jp.tsunagu.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.logging.Logger;

/**
 * Sends notifications. The one entry point for the rest of the service:
 *
 * <pre>{@code
 * notifier.notify(NotificationDraft.toCounter(prefecture, counterId, NotificationKind.PROPOSALS_PUBLISHED,
 *         "round", roundId, null, "第12週の提案が3件あります。"));
 * notifier.notify(NotificationDraft.toHost(prefecture, hostId, NotificationKind.DECISION_WAITING,
 *         "proposal", proposalId, null, "ケース N-0042 の方が提案に同意し、回答をお待ちしています。")
 *         .dedupedBy("DECISION_WAITING:proposal:" + proposalId));
 * }</pre>
 *
 * The notification is written in the caller's transaction, like an audit entry: a request that
 * fails leaves no notification, and no mail is sent for it.
 */
@ApplicationScoped
public class Notifier {

    private static final Logger LOG = Logger.getLogger(Notifier.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    MailSettings mailSettings;

    @Inject
    Event<NotificationMail> mails;

    /**
     * Writes the notification into the caller's transaction and, when mail is on, mails its
     * audience's accounts that have an address after that transaction commits.
     *
     * @return true if written; false if a notification with the draft's dedupe key already exists in
     *         the prefecture (nothing is written then)
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean notify(NotificationDraft draft) {
        Objects.requireNonNull(draft, "draft");
        if (draft.dedupeKey() != null && alreadyNotified(draft.prefectureCode(), draft.dedupeKey())) {
            return false;
        }
        Notification notification = new Notification(draft, Instant.now());
        em.persist(notification);
        em.flush();
        if (mailSettings.usable()) {
            List<String> recipients = recipients(InboxScope.of(draft));
            if (!recipients.isEmpty()) {
                mails.fire(NotificationMail.of(notification.getId(), draft, recipients));
            }
        }
        LOG.fine(() -> "notification " + notification.getId() + " " + draft.kind() + " to " + draft.audience());
        return true;
    }

    private boolean alreadyNotified(String prefectureCode, String dedupeKey) {
        return !em.createQuery("select n.id from Notification n where n.prefectureCode = :p and n.dedupeKey = :k",
                        Long.class)
                .setParameter("p", prefectureCode).setParameter("k", dedupeKey).setMaxResults(1)
                .getResultList().isEmpty();
    }

    /** The addresses of the enabled accounts of the audience. */
    private List<String> recipients(InboxScope scope) {
        String jpql = "select a.email from Account a where a.enabled = true and a.email is not null"
                + " and a.prefectureCode = :p and a.role = :role";
        TypedQuery<String> query;
        switch (scope.audience()) {
            case COUNTER -> query = em.createQuery(jpql + " and a.counterId = :c", String.class)
                    .setParameter("c", scope.counterId());
            case HOST -> query = em.createQuery(jpql + " and a.hostId = :h", String.class)
                    .setParameter("h", scope.hostId());
            default -> query = em.createQuery(jpql, String.class);
        }
        return query.setParameter("p", scope.prefectureCode()).setParameter("role", scope.recipientRole())
                .getResultStream().map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
    }
}
