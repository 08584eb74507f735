package jp.tsunagu.notification;

import java.util.List;

/**
 * The e-mail copy of one notification, fired as a CDI event inside the transaction that created
 * it and sent only once that transaction has committed.
 */
public record NotificationMail(long notificationId, List<String> recipients, String subject, String body) {

    /** The line every mail ends with: the details are in the service, not in the mail. */
    public static final String SIGN_IN_LINE = "詳しくは、つなぐにサインインしてご確認ください。";

    public NotificationMail {
        recipients = List.copyOf(recipients);
    }

    static NotificationMail of(long notificationId, NotificationDraft draft, List<String> recipients) {
        String body = draft.bodyJa().isEmpty() ? SIGN_IN_LINE : draft.bodyJa() + "\n\n" + SIGN_IN_LINE;
        return new NotificationMail(notificationId, recipients, draft.titleJa(), body + "\n");
    }
}
