package se.sparbar.notification.domain;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.sparbar.shared.RefusedException;

/** The administrator's view of the outbox: what waits, what went out, what failed and why; resending a failed mail. */
@Service
public class OutboxAdmin {

    public enum Status { PENDING, SENT, FAILED }

    /** A delivery as the admin page shows it: a follower is shown as "follower", never by address. */
    public record Row(long id, String kind, String summary, Instant occurredAt, String recipient, boolean follower, boolean digest,
                      String status, int attempts, Instant nextAttemptAt, Instant sentAt, String lastError) {
    }

    public record Page(List<Row> rows, long total, int page, int size, Map<String, Long> counts) {
        public int pages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;

    OutboxAdmin(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** One page of deliveries in a status: two statements (counts, rows), whatever the size. */
    @Transactional(readOnly = true)
    public Page page(Status status, int page, int size) {
        Map<String, Long> counts = new java.util.LinkedHashMap<>();
        for (Status s : Status.values()) {
            counts.put(s.name(), 0L);
        }
        counts.put("UNFANNED", 0L);
        jdbc.query("""
                select status, count(*) as n from notification_delivery group by status
                union all select 'UNFANNED', count(*) from notification_outbox where fanned_out_at is null""",
                rs -> {
                    counts.put(rs.getString("status"), rs.getLong("n"));
                });
        long total = counts.get(status.name());
        int lastPage = (int) Math.max(0, (total - 1) / size);
        int current = Math.min(Math.max(page, 0), lastPage);
        List<Row> rows = jdbc.query("""
                select d.id, o.kind, o.summary, o.occurred_at, c.display_name, d.subscription_id is not null as follower, d.digest,
                       d.status, d.attempts, d.next_attempt_at, d.sent_at, d.last_error
                from notification_delivery d join notification_outbox o on o.id = d.outbox_id
                left join organisation_account_contact_v c on c.account_id = d.account_id
                where d.status = ? order by d.id desc limit ? offset ?""",
                (rs, n) -> new Row(rs.getLong("id"), rs.getString("kind"), rs.getString("summary"),
                        rs.getTimestamp("occurred_at").toInstant(), rs.getString("display_name"), rs.getBoolean("follower"),
                        rs.getBoolean("digest"), rs.getString("status"), rs.getInt("attempts"),
                        rs.getTimestamp("next_attempt_at").toInstant(),
                        rs.getTimestamp("sent_at") == null ? null : rs.getTimestamp("sent_at").toInstant(), rs.getString("last_error")),
                status.name(), size, (long) current * size);
        return new Page(rows, total, current, size, counts);
    }

    /** Puts a failed delivery back in the queue, due now; refuses one that has not failed. */
    @Transactional
    public void resend(long deliveryId) {
        int changed = jdbc.update("""
                update notification_delivery set status = 'PENDING', attempts = 0, next_attempt_at = ?, last_error = null,
                    version = version + 1 where id = ? and status = 'FAILED'""", Timestamp.from(Instant.now(clock)), deliveryId);
        if (changed == 0) {
            throw new RefusedException("notification.outbox.resend.notFailed");
        }
    }
}
