package jp.tsunagu.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The mail sender and the after-commit mailer against a real SMTP server (GreenMail) started by the test. */
class SmtpMailSenderTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private static final String FROM = "tsunagu-noreply@pref.example.jp";
    private static final String TITLE = "新しい提案：第12週（松本市）";
    private static final String BODY = "ケース MT-0042 の方に、塩尻市の農園での作業体験が提案されました。";

    private MailSettings settings() {
        return new MailSettings(true, "127.0.0.1", SMTP.getSmtp().getPort(), FROM);
    }

    @Test
    void japaneseSubjectAndBodyArriveIntactAtTheRecipient() throws Exception {
        new SmtpMailSender(settings()).send("staff@counter.example.jp", TITLE, BODY);

        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received).hasSize(1);
        MimeMessage mail = received[0];
        assertThat(mail.getRecipients(Message.RecipientType.TO)).extracting(Object::toString)
                .containsExactly("staff@counter.example.jp");
        assertThat(mail.getFrom()).extracting(Object::toString).containsExactly(FROM);
        assertThat(mail.getSubject()).isEqualTo(TITLE);
        assertThat(mail.getContentType()).containsIgnoringCase("charset=UTF-8");
        assertThat(((String) mail.getContent()).strip()).isEqualTo(BODY);
    }

    @Test
    void theMailerSendsOneMailPerRecipientWithTheSignInLine() throws Exception {
        NotificationDraft draft = NotificationDraft.toCounter("20", 7, NotificationKind.PROPOSALS_PUBLISHED,
                "round", 12L, TITLE, BODY);
        NotificationMail mail = NotificationMail.of(1, draft, List.of("a@counter.example.jp", "b@counter.example.jp"));

        boolean handedOver = new NotificationMailer(settings(), Runnable::run).deliver(mail);

        assertThat(handedOver).isTrue();
        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received).hasSize(2);
        for (MimeMessage m : received) {
            assertThat(m.getRecipients(Message.RecipientType.TO)).hasSize(1);
            assertThat(m.getSubject()).isEqualTo(TITLE);
            assertThat((String) m.getContent()).startsWith(BODY).contains(NotificationMail.SIGN_IN_LINE);
        }
        assertThat(received).flatExtracting(m -> List.of(m.getRecipients(Message.RecipientType.TO)))
                .extracting(Object::toString).containsExactlyInAnyOrder("a@counter.example.jp", "b@counter.example.jp");
    }

    @Test
    void withMailDisabledNothingIsSent() {
        NotificationMail mail = NotificationMail.of(1, NotificationDraft.toHost("20", 3,
                NotificationKind.DECISION_WAITING, "proposal", 5L, null, BODY), List.of("host@example.jp"));
        MailSettings off = new MailSettings(false, "127.0.0.1", SMTP.getSmtp().getPort(), FROM);
        MailSettings incomplete = new MailSettings(true, "127.0.0.1", SMTP.getSmtp().getPort(), null);

        assertThat(new NotificationMailer(off, Runnable::run).deliver(mail)).isFalse();
        assertThat(new NotificationMailer(incomplete, Runnable::run).deliver(mail)).isFalse();
        assertThat(new NotificationMailer(MailSettings.disabled(), Runnable::run).deliver(mail)).isFalse();
        assertThat(SMTP.getReceivedMessages()).isEmpty();
    }

    @Test
    void aFailingServerIsLoggedAsOneWarningLineAndNeverThrown() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        List<LogRecord> records = new ArrayList<>();
        Logger logger = Logger.getLogger(SmtpMailSender.class.getName());
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                records.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        logger.addHandler(handler);
        try {
            int sent = new SmtpMailSender(new MailSettings(true, "127.0.0.1", closedPort, FROM))
                    .sendQuietly(List.of("staff@counter.example.jp"), TITLE, BODY);
            assertThat(sent).isZero();
        } finally {
            logger.removeHandler(handler);
        }
        assertThat(records).singleElement().satisfies(r -> {
            assertThat(r.getLevel()).isEqualTo(Level.WARNING);
            assertThat(r.getThrown()).isNull();
            assertThat(r.getMessage()).contains("staff@counter.example.jp").contains(":" + closedPort)
                    .doesNotContain("\n");
        });
    }

    @Test
    void settingsAreOffByDefaultWithPort25() {
        MailSettings none = MailSettings.from(name -> Optional.empty());
        assertThat(none.enabled()).isFalse();
        assertThat(none.smtpPort()).isEqualTo(25);
        assertThat(none.usable()).isFalse();
        assertThat(none.incompleteness()).isEmpty();

        Map<String, String> given = Map.of(MailSettings.ENABLED, "true", MailSettings.SMTP_HOST, "smtp.pref.example.jp",
                MailSettings.SMTP_PORT, "587", MailSettings.FROM, FROM);
        MailSettings on = MailSettings.from(name -> Optional.ofNullable(given.get(name)));
        assertThat(on).isEqualTo(new MailSettings(true, "smtp.pref.example.jp", 587, FROM));
        assertThat(on.usable()).isTrue();

        MailSettings noHost = MailSettings.from(name -> name.equals(MailSettings.ENABLED) ? Optional.of("true")
                : Optional.empty());
        assertThat(noHost.usable()).isFalse();
        assertThat(noHost.incompleteness()).get().asString().contains(MailSettings.SMTP_HOST);
    }
}
