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

/** The tests' SMTP server (GreenMail on the free port every test context sends to) and test data builders. */
public final class MailFixture {

    public static final int PORT = se.sparbar.TestSmtpPorts.PORT;

    public static GreenMail startServer() {
        GreenMail server = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        return server;
    }

    private final JdbcTemplate jdbc;
    private final Outbox outbox;
    private final TransactionTemplate transaction;

    public MailFixture(JdbcTemplate jdbc, Outbox outbox, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.outbox = outbox;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static String address(String prefix) {
        return unique(prefix) + "@follower.example";
    }

    public long bodyId(String abbreviation) {
        return jdbc.queryForObject("select id from body where abbreviation = ?", Long.class, abbreviation);
    }

    public long accountId(String username) {
        return jdbc.queryForObject("select id from user_account where username = ?", Long.class, username);
    }

    /** A confirmed follower of a body. */
    public long follower(long bodyId, String email, String frequency, Long accountId) {
        return jdbc.queryForObject("""
                insert into notification_subscription (target_kind, target_id, email, account_id, language, frequency, confirmed_at,
                    confirm_token_hash, confirm_expires_at, unsubscribe_token, created_at)
                values ('BODY', ?, ?, ?, 'sv', ?, now(), ?, now(), ?, now()) returning id""", Long.class,
                bodyId, email, accountId, frequency, Tokens.hash(Tokens.newToken()), Tokens.newToken());
    }

    /** A public happening at a body, written to the outbox in its own transaction (as the deciding one would). */
    public void happened(long bodyId, String audience, Instant at, String summary) {
        happened(new Happening(Math.abs(UUID.randomUUID().getMostSignificantBits()), "MINUTES_POSTED", audience, at,
                null, null, bodyId, null, null, null, null, null, summary, Map.of()));
    }

    public void happened(Happening happening) {
        transaction.executeWithoutResult(status -> outbox.append(happening));
    }

    public static List<MimeMessage> to(GreenMail server, String email) {
        return Arrays.stream(server.getReceivedMessages()).filter(m -> {
            try {
                Address[] to = m.getAllRecipients();
                return to != null && Arrays.stream(to).anyMatch(a -> a.toString().equalsIgnoreCase(email));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    /** The decoded plain-text part of a mail. */
    public static String text(MimeMessage message) {
        try {
            return plain(message.getContent());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The decoded HTML part of a mail. */
    public static String html(MimeMessage message) {
        try {
            return part(message.getContent(), "text/html");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String plain(Object content) throws Exception {
        return content instanceof String s ? s : part(content, "text/plain");
    }

    private static String part(Object content, String type) throws Exception {
        if (content instanceof jakarta.mail.internet.MimeMultipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                var body = multipart.getBodyPart(i);
                if (body.isMimeType(type)) {
                    return String.valueOf(body.getContent());
                }
                String inner = part(body.getContent(), type);
                if (inner != null) {
                    return inner;
                }
            }
        }
        return null;
    }

    public static Timestamp ts(Instant instant) {
        return Timestamp.from(instant);
    }
}
