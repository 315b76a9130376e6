package se.sparbar.notification.domain;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.MailException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends due deliveries, one mail per transaction. A delivery row is claimed with {@code FOR UPDATE
 * SKIP LOCKED} and stays locked while its mail goes out; it is marked sent in the same transaction.
 * So two instances never send the same row; a crash before the commit leaves the row pending and it
 * goes out once, later (the only window for a second copy is between the SMTP server's "250 OK" and our
 * commit; that copy carries the same Message-ID). An SMTP failure is recorded and retried with
 * exponential backoff; after {@code max-attempts} the row is failed, with the reason, for the admin.
 */
@Component
public class DeliveryWorker {

    private static final Logger log = LoggerFactory.getLogger(DeliveryWorker.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration FIRST_RETRY = Duration.ofSeconds(30);
    private static final Duration LONGEST_RETRY = Duration.ofHours(1);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final MailComposer mail;
    private final int maxAttempts;

    DeliveryWorker(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, MailComposer mail,
                   @Value("${sparbar.notification.max-attempts:10}") int maxAttempts) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactionManager);
        this.mail = mail;
        this.maxAttempts = maxAttempts;
    }

    /** The wait before attempt n+1 after n failures: 30 s, 1 min, 2 min … at most an hour. */
    static Duration backoff(int failures) {
        long seconds = FIRST_RETRY.getSeconds() << Math.min(Math.max(failures - 1, 0), 20);
        return seconds > LONGEST_RETRY.getSeconds() ? LONGEST_RETRY : Duration.ofSeconds(seconds);
    }

    /** Sends due mails until none is left or {@code max} were tried; returns how many were tried. */
    public int sendDue(Instant now, int max) {
        int tried = 0;
        while (tried < max && sendNext(now)) {
            tried++;
        }
        return tried;
    }

    /** Claims and sends the next due mail (a single event, or a follower's digest); false when none is due. */
    public boolean sendNext(Instant now) {
        Boolean sent = transaction.execute(status -> {
            List<Map<String, Object>> claimed = jdbc.queryForList("""
                    select id, outbox_id, account_id, subscription_id, digest, attempts from notification_delivery
                    where status = 'PENDING' and next_attempt_at <= ?
                    order by next_attempt_at, id limit 1 for update skip locked""", Timestamp.from(now));
            if (claimed.isEmpty()) {
                return false;
            }
            Map<String, Object> first = claimed.get(0);
            List<Map<String, Object>> rows = new ArrayList<>(claimed);
            if (Boolean.TRUE.equals(first.get("digest"))) {
                long subscription = ((Number) first.get("subscription_id")).longValue();
                // one digest per follower at a time: the second instance waits here, then finds the rows sent
                jdbc.queryForList("select id from notification_subscription where id = ? for update", subscription);
                rows.addAll(jdbc.queryForList("""
                        select id, outbox_id, account_id, subscription_id, digest, attempts from notification_delivery
                        where subscription_id = ? and digest and status = 'PENDING' and next_attempt_at <= ? and id <> ?
                        order by id for update skip locked""", subscription, Timestamp.from(now), first.get("id")));
            }
            deliver(rows, now);
            return true;
        });
        return Boolean.TRUE.equals(sent);
    }

    private void deliver(List<Map<String, Object>> rows, Instant now) {
        List<Long> ids = rows.stream().map(r -> ((Number) r.get("id")).longValue()).toList();
        Map<String, Object> first = rows.get(0);
        Recipient recipient = recipient(first);
        if (recipient == null) {
            fail(ids, "no e-mail address", true, now, 0);
            return;
        }
        String inList = ids.stream().map(String::valueOf).collect(Collectors.joining(","));
        List<Map<String, Object>> events = jdbc.queryForList("""
                select o.* from notification_outbox o join notification_delivery d on d.outbox_id = o.id
                where d.id in (%s) order by o.occurred_at, o.id""".formatted(inList));
        Locale locale = mail.locale(recipient.language());
        List<MailComposer.Item> items = events.stream().map(e -> item(e, locale)).toList();
        boolean digest = Boolean.TRUE.equals(first.get("digest"));
        String subject = digest
                ? mail.message("notification.digest.subject", locale, items.size())
                : items.get(0).summary() == null || items.get(0).summary().isBlank() ? items.get(0).kindLabel()
                : items.get(0).kindLabel() + ": " + shorten(items.get(0).summary());
        Map<String, Object> variables = new HashMap<>();
        variables.put("items", items);
        variables.put("digest", digest);
        variables.put("recipientName", recipient.name());
        variables.put("follower", recipient.unsubscribeUrl() != null);
        variables.put("manageUrl", mail.url("/account/subscriptions"));
        String messageId = "<delivery-" + ids.get(0) + "." + ids.size() + "@sparbar>";
        int attempts = ((Number) first.get("attempts")).intValue();
        try {
            mail.send(recipient.email(), locale, subject, "notification", variables, recipient.unsubscribeUrl(), messageId);
        } catch (MailException e) {
            log.warn("Mail {} not sent (attempt {}): {}", messageId, attempts + 1, e.getMessage());
            fail(ids, e.getMessage(), attempts + 1 >= maxAttempts, now, attempts + 1);
            return;
        }
        jdbc.update("update notification_delivery set status = 'SENT', sent_at = ?, attempts = attempts + 1, last_error = null, "
                + "message_id = ?, version = version + 1 where id in (" + inList + ")", Timestamp.from(now), messageId);
    }

    private void fail(List<Long> ids, String reason, boolean giveUp, Instant now, int attempts) {
        String inList = ids.stream().map(String::valueOf).collect(Collectors.joining(","));
        String why = reason == null ? "unknown" : reason.length() > 500 ? reason.substring(0, 500) : reason;
        jdbc.update("update notification_delivery set attempts = attempts + 1, last_error = ?, next_attempt_at = ?, "
                + "status = ?, version = version + 1 where id in (" + inList + ")",
                why, Timestamp.from(now.plus(backoff(attempts))), giveUp ? "FAILED" : "PENDING");
    }

    private record Recipient(String email, String language, String name, String unsubscribeUrl) {
    }

    private Recipient recipient(Map<String, Object> row) {
        if (row.get("account_id") != null) {
            return jdbc.query("select email, language, display_name, enabled from organisation_account_contact_v where account_id = ?",
                    rs -> rs.next() && rs.getString("email") != null && rs.getBoolean("enabled")
                            ? new Recipient(rs.getString("email"), rs.getString("language"), rs.getString("display_name"), null)
                            : null, row.get("account_id"));
        }
        return jdbc.query("select email, language, unsubscribe_token from notification_subscription where id = ?",
                rs -> rs.next() ? new Recipient(rs.getString("email"), rs.getString("language"), null,
                        mail.url("/unsubscribe?token=" + rs.getString("unsubscribe_token"))) : null, row.get("subscription_id"));
    }

    private MailComposer.Item item(Map<String, Object> e, Locale locale) {
        String kind = (String) e.get("kind");
        String label = mail.message("notification.kind." + kind, locale);
        if (label.equals("notification.kind." + kind)) {
            label = mail.message("notification.kind.other", locale);
        }
        Map<String, String> details = JSON.readValue(String.valueOf(e.get("details")), new TypeReference<Map<String, String>>() { });
        List<Map.Entry<String, String>> shown = details.entrySet().stream()
                .filter(d -> !d.getKey().endsWith("Id"))
                .map(d -> {
                    String key = "notification.detail." + d.getKey();
                    String name = mail.message(key, locale);
                    return Map.entry(name.equals(key) ? mail.message("notification.detail.other", locale) : name,
                            mail.detailValue(d.getKey(), d.getValue(), locale));
                }).sorted(Map.Entry.comparingByKey()).toList();
        Instant when = ((Timestamp) e.get("occurred_at")).toInstant();
        return new MailComposer.Item(label, (String) e.get("summary"), mail.when(when, locale), mail.url(path(e)), shown);
    }

    /** The page a mail links to: the most specific one the event names. */
    static String path(Map<String, Object> e) {
        if (e.get("paragraph_id") != null) {
            return "/paragraphs/" + e.get("paragraph_id");
        }
        if (e.get("motion_id") != null) {
            return "/motions/" + e.get("motion_id");
        }
        if (e.get("action_item_id") != null) {
            return "/action-items/" + e.get("action_item_id");
        }
        if (e.get("meeting_id") != null) {
            return "/meetings/" + e.get("meeting_id");
        }
        return "/";
    }

    private static String shorten(String text) {
        return text.length() > 120 ? text.substring(0, 119) + "…" : text;
    }
}
