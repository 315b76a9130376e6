package se.sparbar.notification.domain;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import se.sparbar.notification.Outbox;

/**
 * What the notification tests share: the worker's parts (outbox, fan-out, sender), a GreenMail server of their
 * own for each test (on the free port every test context sends to), the data builders, and reading the mail
 * a user received. Subclasses carry {@code @IntegrationTest}.
 */
abstract class MailTestBase {

    @Autowired JdbcTemplate jdbc;
    @Autowired Outbox outbox;
    @Autowired PlatformTransactionManager transactionManager;
    @Autowired FanOut fanOut;
    @Autowired DeliveryWorker worker;

    GreenMail server;
    MailFixture fixture;

    @BeforeEach
    void startMailServer() {
        server = MailFixture.startServer();
        fixture = new MailFixture(jdbc, outbox, transactionManager);
    }

    @AfterEach
    void stopMailServer() {
        server.stop();
    }

    /** Fans out everything in the outbox and sends every mail due, as the worker would at {@code now}. */
    void deliver(Instant now) {
        while (fanOut.run(now, 1000) > 0) {
            // all of it
        }
        worker.sendDue(now, Integer.MAX_VALUE);
    }

    String email(String username) {
        return jdbc.queryForObject("select email from user_account where username = ?", String.class, username);
    }

    /** The mails the user's address received whose text contains {@code text} (a test's unique title). */
    List<MimeMessage> mailsTo(String username, String text) {
        return Stream.of(server.getReceivedMessages()).filter(m -> MailFixture.to(server, email(username)).contains(m))
                .filter(m -> MailFixture.text(m).contains(text)).toList();
    }

    static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
