package se.sparbar.notification.domain;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.sparbar.notification.Happening;
import se.sparbar.notification.Outbox;

/** The tests' SMTP server (GreenMail on the port application-test.properties names) and test data builders. */
final class MailFixture {

    static final int PORT = 3926;

    static GreenMail startServer() {
        GreenMail server = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        return server;
    }

    private final JdbcTemplate jdbc;
    private final Outbox outbox;
    private final TransactionTemplate transaction;

    MailFixture(JdbcTemplate jdbc, Outbox outbox, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.outbox = outbox;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static String address(String prefix) {
        return unique(prefix) + "@follower.example";
    }

    long bodyId(String abbreviation) {
        return jdbc.queryForObject("select id from body where abbreviation = ?", Long.class, abbreviation);
    }

    long accountId(String username) {
        return jdbc.queryForObject("select id from user_account where username = ?", Long.class, username);
    }

    /** A confirmed follower of a body. */
    long follower(long bodyId, String email, String frequency, Long accountId) {
        return jdbc.queryForObject("""
                insert into notification_subscription (target_kind, target_id, email, account_id, language, frequency, confirmed_at,
                    confirm_token_hash, confirm_expires_at, unsubscribe_token, created_at)
                values ('BODY', ?, ?, ?, 'sv', ?, now(), ?, now(), ?, now()) returning id""", Long.class,
                bodyId, email, accountId, frequency, Tokens.hash(Tokens.newToken()), Tokens.newToken());
    }

    /** A public happening at a body, written to the outbox in its own transaction (as the deciding one would). */
    void happened(long bodyId, String audience, Instant at, String summary) {
        happened(new Happening(Math.abs(UUID.randomUUID().getMostSignificantBits()), "MINUTES_POSTED", audience, at,
                null, null, bodyId, null, null, null, null, null, summary, Map.of()));
    }

    void happened(Happening happening) {
        transaction.executeWithoutResult(status -> outbox.append(happening));
    }

    static List<MimeMessage> to(GreenMail server, String email) {
        return Arrays.stream(server.getReceivedMessages()).filter(m -> {
            try {
                Address[] to = m.getAllRecipients();
                return to != null && Arrays.stream(to).anyMatch(a -> a.toString().equalsIgnoreCase(email));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    static Timestamp ts(Instant instant) {
        return Timestamp.from(instant);
    }
}
