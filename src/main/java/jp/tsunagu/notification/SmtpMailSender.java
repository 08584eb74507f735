package jp.tsunagu.notification;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Date;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * Sends plain-text UTF-8 mails through one SMTP server with Jakarta Mail. A plain class, usable
 * outside the server: constructed from the settings alone.
 */
public class SmtpMailSender {

    private static final Logger LOG = Logger.getLogger(SmtpMailSender.class.getName());
    private static final String TIMEOUT_MILLIS = "10000";

    private final MailSettings settings;
    private final Session session;

    public SmtpMailSender(MailSettings settings) {
        if (settings.smtpHost() == null || settings.from() == null) {
            throw new IllegalArgumentException("an SMTP host and a sender address are needed to send mail");
        }
        this.settings = settings;
        Properties properties = new Properties();
        properties.setProperty("mail.transport.protocol", "smtp");
        properties.setProperty("mail.smtp.host", settings.smtpHost());
        properties.setProperty("mail.smtp.port", String.valueOf(settings.smtpPort()));
        properties.setProperty("mail.smtp.connectiontimeout", TIMEOUT_MILLIS);
        properties.setProperty("mail.smtp.timeout", TIMEOUT_MILLIS);
        properties.setProperty("mail.smtp.writetimeout", TIMEOUT_MILLIS);
        properties.setProperty("mail.mime.charset", StandardCharsets.UTF_8.name());
        this.session = Session.getInstance(properties);
    }

    /** Sends one mail to one address, or throws what the server or the address refused. */
    public void send(String to, String subject, String body) throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(settings.from(), true));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(to, true));
        message.setSubject(subject, StandardCharsets.UTF_8.name());
        message.setText(body, StandardCharsets.UTF_8.name());
        message.setSentDate(new Date());
        Transport.send(message);
    }

    /**
     * Sends the same mail to each address separately (no recipient sees another's address). A
     * failure is logged as one WARNING line per address and never thrown.
     *
     * @return how many mails the server accepted
     */
    public int sendQuietly(Collection<String> recipients, String subject, String body) {
        int sent = 0;
        for (String to : recipients) {
            try {
                send(to, subject, body);
                sent++;
            } catch (MessagingException | RuntimeException e) {
                LOG.warning(() -> "notification mail to " + to + " via " + settings.smtpHost() + ":"
                        + settings.smtpPort() + " not sent: " + oneLine(e));
            }
        }
        return sent;
    }

    /** The failure and its root cause on one line, without a stack trace. */
    static String oneLine(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = e.getClass().getSimpleName() + ": " + e.getMessage();
        if (root != e) {
            message += " (" + root.getClass().getSimpleName() + ": " + root.getMessage() + ")";
        }
        return message.replaceAll("\\s+", " ").strip();
    }
}
