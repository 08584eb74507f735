package jp.tsunagu.notification;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Logger;

/**
 * Mails the copy of a notification once the transaction that created it has committed, on the
 * server's managed executor: a rolled-back request mails nothing, and a slow or failing SMTP server
 * never holds up or fails the request (it is logged as a warning).
 */
@ApplicationScoped
public class NotificationMailer {

    private static final Logger LOG = Logger.getLogger(NotificationMailer.class.getName());

    @Inject
    MailSettings settings;

    @Resource
    ManagedExecutorService managedExecutor;

    private Executor executor;
    private volatile SmtpMailSender sender;

    public NotificationMailer() {
    }

    /** Outside the server: the given settings and executor. */
    NotificationMailer(MailSettings settings, Executor executor) {
        this.settings = settings;
        this.executor = executor;
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) NotificationMail mail) {
        deliver(mail);
    }

    /** Hands the mail to the executor when mail is on; returns whether it did. */
    boolean deliver(NotificationMail mail) {
        if (!settings.usable() || mail.recipients().isEmpty()) {
            return false;
        }
        try {
            executor().execute(() -> sender().sendQuietly(mail.recipients(), mail.subject(), mail.body()));
            return true;
        } catch (RejectedExecutionException e) {
            LOG.warning(() -> "notification mail " + mail.notificationId() + " not sent: the executor refused it ("
                    + e.getMessage() + ")");
            return false;
        }
    }

    private Executor executor() {
        return executor != null ? executor : managedExecutor;
    }

    private SmtpMailSender sender() {
        SmtpMailSender s = sender;
        if (s == null) {
            s = new SmtpMailSender(settings);
            sender = s;
        }
        return s;
    }
}
