package se.sparbar.notification.domain;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
 * Sends due deliveries in batches over one SMTP connection. A batch is claimed in one short transaction
 * ({@code FOR UPDATE SKIP LOCKED}, then a lease: {@code claimed_by}, {@code claimed_until}); each mail of it
 * is marked sent by its own statement as soon as the server has accepted it. So two instances never send
 * the same row, and a worker that dies mid-batch leaves its unsent rows claimed until the lease ends, when
 * another worker sends them, once. The only window for a second copy is one mail: between the SMTP
 * server's "250 OK" and that statement (the copy carries the same Message-ID). A follower's digest is
 * claimed whole, under a lock on the subscription, so it is never split. An SMTP failure is recorded and
 * retried with exponential backoff; after {@code max-attempts} the row is failed, with the reason, for
 * the admin.
 */
@Component
public class DeliveryWorker {

    private static final Logger log = LoggerFactory.getLogger(DeliveryWorker.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration FIRST_RETRY = Duration.ofSeconds(30);
    private static final Duration LONGEST_RETRY = Duration.ofHours(1);
    private static final String ROW = "id, outbox_id, account_id, subscription_id, digest, attempts";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final MailComposer mail;
    private final int maxAttempts;
    private final int batchSize;
    private final Duration lease;
    private final String me = "worker-" + java.util.UUID.randomUUID();

    DeliveryWorker(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, MailComposer mail,
                   @Value("${sparbar.notification.max-attempts:10}") int maxAttempts,
                   @Value("${sparbar.notification.batch-size:100}") int batchSize,
                   @Value("${sparbar.notification.claim-lease:5m}") Duration lease) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactionManager);
        this.mail = mail;
        this.maxAttempts = maxAttempts;
        this.batchSize = Math.max(1, batchSize);
        this.lease = lease;
    }

    /** The wait before attempt n+1 after n failures: 30 s, 1 min, 2 min … at most an hour. */
    static Duration backoff(int failures) {
        long seconds = FIRST_RETRY.getSeconds() << Math.min(Math.max(failures - 1, 0), 20);
        return seconds > LONGEST_RETRY.getSeconds() ? LONGEST_RETRY : Duration.ofSeconds(seconds);
    }

    /** Sends due mails until none is left or {@code max} were tried; returns how many were tried. */
    public int sendDue(Instant now, int max) {
        int tried = 0;
        while (tried < max) {
            List<List<Map<String, Object>>> batch = claim(now, Math.min(batchSize, max - tried));
            if (batch.isEmpty()) {
                break;
            }
            tried += send(batch, now);
        }
        return tried;
    }

    /** Claims and sends the next due mail (a single event, or a follower's digest); false when none is due. */
    public boolean sendNext(Instant now) {
        return sendDue(now, 1) > 0;
    }

    /**
     * Claims up to {@code limit} mails: single events first, then whole digests of followers whose
     * subscription row this transaction could lock. Each mail is the list of delivery rows it carries.
     */
    private List<List<Map<String, Object>>> claim(Instant now, int limit) {
        Timestamp at = Timestamp.from(now);
        Timestamp until = Timestamp.from(now.plus(lease));
        List<List<Map<String, Object>>> mails = new ArrayList<>();
        transaction.executeWithoutResult(status -> {
            for (Map<String, Object> row : jdbc.queryForList("""
                    update notification_delivery set claimed_by = ?, claimed_until = ? where id in (
                        select id from notification_delivery
                        where status = 'PENDING' and not digest and next_attempt_at <= ? and (claimed_until is null or claimed_until <= ?)
                        order by next_attempt_at, id limit ? for update skip locked)
                    returning %s""".formatted(ROW), me, until, at, at, limit)) {
                mails.add(List.of(row));
            }
            int left = limit - mails.size();
            if (left <= 0) {
                return;
            }
            // a digest is claimed whole, by whoever holds its subscription's row: two workers never split one
            List<Long> followers = jdbc.queryForList("""
                    select s.id from notification_subscription s where s.id in (
                        select d.subscription_id from notification_delivery d
                        where d.status = 'PENDING' and d.digest and d.next_attempt_at <= ? and (d.claimed_until is null or d.claimed_until <= ?))
                    order by s.id limit ? for update skip locked""", Long.class, at, at, left);
            if (followers.isEmpty()) {
                return;
            }
            Map<Long, List<Map<String, Object>>> digests = new java.util.LinkedHashMap<>();
            followers.forEach(f -> digests.put(f, new ArrayList<>()));
            for (Map<String, Object> row : jdbc.queryForList("""
                    update notification_delivery set claimed_by = ?, claimed_until = ?
                    where subscription_id = any(?) and digest and status = 'PENDING' and next_attempt_at <= ?
                      and (claimed_until is null or claimed_until <= ?)
                    returning %s""".formatted(ROW), me, until, followers.toArray(Long[]::new), at, at)) {
                digests.get(((Number) row.get("subscription_id")).longValue()).add(row);
            }
            digests.values().stream().filter(rows -> !rows.isEmpty()).map(rows -> rows.stream()
                    .sorted(java.util.Comparator.comparingLong(r -> ((Number) r.get("id")).longValue())).toList()).forEach(mails::add);
        });
        return mails;
    }

    /** Sends a claimed batch over one connection; each mail is marked sent (or failed) on its own. */
    private int send(List<List<Map<String, Object>>> batch, Instant now) {
        long started = System.nanoTime();
        Map<Long, Recipient> accounts = accountRecipients(batch);
        Map<Long, Recipient> followers = followerRecipients(batch);
        Map<Long, Map<String, Object>> events = events(batch);
        MailComposer.Connection smtp = null;
        int done = 0;
        try {
            for (List<Map<String, Object>> rows : batch) {
                if (System.nanoTime() - started > lease.toNanos() / 2) {
                    // never send on a lease about to run out: the rest goes back to the queue at once
                    release(batch.subList(done, batch.size()));
                    break;
                }
                done++;
                Map<String, Object> first = rows.get(0);
                Recipient recipient = first.get("account_id") != null
                        ? accounts.get(((Number) first.get("account_id")).longValue())
                        : followers.get(((Number) first.get("subscription_id")).longValue());
                if (recipient == null) {
                    if (first.get("account_id") != null) {
                        fail(rows, "no e-mail address", true, now);
                    }
                    continue; // a follower who unsubscribed meanwhile: their rows went with the subscription
                }
                MimeMessage message;
                try {
                    message = compose(rows, recipient, events);
                } catch (RuntimeException e) {
                    log.warn("Mail for deliveries {} could not be written: {}", ids(rows), e.toString());
                    fail(rows, e.toString(), attempts(rows) + 1 >= maxAttempts, now);
                    continue;
                }
                try {
                    if (smtp == null) {
                        smtp = mail.connect();
                    }
                    smtp.send(message);
                } catch (MessagingException | MailException e) {
                    log.warn("Mail {} not sent (attempt {}): {}", messageId(rows), attempts(rows) + 1, e.getMessage());
                    fail(rows, e.getMessage(), attempts(rows) + 1 >= maxAttempts, now);
                    if (smtp == null || !smtp.isConnected()) {
                        // no connection (the server is down): the rest of the batch waits for its next attempt too
                        for (List<Map<String, Object>> rest : batch.subList(done, batch.size())) {
                            fail(rest, e.getMessage(), attempts(rest) + 1 >= maxAttempts, now);
                        }
                        done = batch.size();
                        if (smtp != null) {
                            smtp.close();
                        }
                        smtp = null;
                        break;
                    }
                    continue;
                }
                jdbc.update("update notification_delivery set status = 'SENT', sent_at = ?, attempts = attempts + 1, last_error = null, "
                        + "message_id = ?, claimed_by = null, claimed_until = null, version = version + 1 where id = any(?) and claimed_by = ?",
                        Timestamp.from(now), messageId(rows), ids(rows), me);
            }
        } finally {
            if (smtp != null) {
                smtp.close();
            }
        }
        return done;
    }

    private MimeMessage compose(List<Map<String, Object>> rows, Recipient recipient, Map<Long, Map<String, Object>> events) {
        Locale locale = mail.locale(recipient.language());
        List<MailComposer.Item> items = rows.stream().map(r -> events.get(((Number) r.get("outbox_id")).longValue()))
                .sorted(java.util.Comparator.comparing((Map<String, Object> e) -> (Timestamp) e.get("occurred_at"))
                        .thenComparingLong(e -> ((Number) e.get("id")).longValue()))
                .map(e -> item(e, locale, recipient.unsubscribeUrl() != null)).toList();
        boolean digest = Boolean.TRUE.equals(rows.get(0).get("digest"));
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
        return mail.compose(recipient.email(), locale, subject, "notification", variables, recipient.unsubscribeUrl(), messageId(rows));
    }

    private static String messageId(List<Map<String, Object>> rows) {
        return "<delivery-" + rows.get(0).get("id") + "." + rows.size() + "@sparbar>";
    }

    private static Long[] ids(List<Map<String, Object>> rows) {
        return rows.stream().map(r -> ((Number) r.get("id")).longValue()).toArray(Long[]::new);
    }

    private static int attempts(List<Map<String, Object>> rows) {
        return ((Number) rows.get(0).get("attempts")).intValue();
    }

    private void fail(List<Map<String, Object>> rows, String reason, boolean giveUp, Instant now) {
        String why = reason == null ? "unknown" : reason.length() > 500 ? reason.substring(0, 500) : reason;
        jdbc.update("update notification_delivery set attempts = attempts + 1, last_error = ?, next_attempt_at = ?, status = ?, "
                + "claimed_by = null, claimed_until = null, version = version + 1 where id = any(?) and claimed_by = ?",
                why, Timestamp.from(now.plus(backoff(attempts(rows) + 1))), giveUp ? "FAILED" : "PENDING", ids(rows), me);
    }

    private void release(List<List<Map<String, Object>>> mails) {
        Long[] ids = mails.stream().flatMap(List::stream).map(r -> ((Number) r.get("id")).longValue()).toArray(Long[]::new);
        jdbc.update("update notification_delivery set claimed_by = null, claimed_until = null where id = any(?) and claimed_by = ?", ids, me);
    }

    private Map<Long, Recipient> accountRecipients(List<List<Map<String, Object>>> batch) {
        Long[] ids = batch.stream().map(rows -> rows.get(0).get("account_id")).filter(java.util.Objects::nonNull)
                .map(id -> ((Number) id).longValue()).distinct().toArray(Long[]::new);
        Map<Long, Recipient> found = new HashMap<>();
        if (ids.length > 0) {
            jdbc.query("select account_id, email, language, display_name, enabled from organisation_account_contact_v where account_id = any(?)",
                    rs -> {
                        if (rs.getString("email") != null && rs.getBoolean("enabled")) {
                            found.put(rs.getLong("account_id"), new Recipient(rs.getString("email"), rs.getString("language"),
                                    rs.getString("display_name"), null));
                        }
                    }, (Object) ids);
        }
        return found;
    }

    private Map<Long, Recipient> followerRecipients(List<List<Map<String, Object>>> batch) {
        Long[] ids = batch.stream().map(rows -> rows.get(0).get("subscription_id")).filter(java.util.Objects::nonNull)
                .map(id -> ((Number) id).longValue()).distinct().toArray(Long[]::new);
        Map<Long, Recipient> found = new HashMap<>();
        if (ids.length > 0) {
            jdbc.query("select id, email, language, unsubscribe_token from notification_subscription where id = any(?)",
                    rs -> {
                        found.put(rs.getLong("id"), new Recipient(rs.getString("email"), rs.getString("language"), null,
                                mail.url("/unsubscribe?token=" + rs.getString("unsubscribe_token"))));
                    }, (Object) ids);
        }
        return found;
    }

    private Map<Long, Map<String, Object>> events(List<List<Map<String, Object>>> batch) {
        Long[] ids = batch.stream().flatMap(List::stream).map(r -> ((Number) r.get("outbox_id")).longValue()).distinct()
                .toArray(Long[]::new);
        Map<Long, Map<String, Object>> found = new HashMap<>();
        for (Map<String, Object> e : jdbc.queryForList("select * from notification_outbox where id = any(?)", (Object) ids)) {
            found.put(((Number) e.get("id")).longValue(), e);
        }
        return found;
    }

    private record Recipient(String email, String language, String name, String unsubscribeUrl) {
    }

    /** One event of a mail; a follower reads a kind's words for followers where the recipient's words would say "you". */
    private MailComposer.Item item(Map<String, Object> e, Locale locale, boolean follower) {
        String kind = (String) e.get("kind");
        String label = follower ? mail.message("notification.kind." + kind + ".follower", locale) : null;
        if (label == null || label.equals("notification.kind." + kind + ".follower")) {
            label = mail.message("notification.kind." + kind, locale);
        }
        if (label.equals("notification.kind." + kind)) {
            label = mail.message("notification.kind.other", locale);
        }
        Map<String, String> details = JSON.readValue(String.valueOf(e.get("details")), new TypeReference<Map<String, String>>() { });
        List<Map.Entry<String, String>> shown = details.entrySet().stream()
                .filter(d -> !d.getKey().endsWith("Id") && !d.getKey().endsWith("Ids"))
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
