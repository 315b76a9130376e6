package se.sparbar.notification.domain;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns outbox rows into delivery rows, one per (recipient, event): the accounts the step concerns
 * by their role, then every confirmed follower allowed to read it. Runs in the worker, never in the
 * deciding transaction. Rows are claimed with {@code FOR UPDATE SKIP LOCKED}, so two instances fan out
 * different rows; the unique (outbox, recipient) constraint keeps a recipient from being added twice.
 */
@Component
public class FanOut {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final ZoneId zone;

    FanOut(JdbcTemplate jdbc, PlatformTransactionManager transactionManager,
           @Value("${sparbar.time-zone:Europe/Stockholm}") String zone) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactionManager);
        this.zone = ZoneId.of(zone);
    }

    /** Fans out up to {@code limit} outbox rows; returns how many. */
    public int run(Instant now, int limit) {
        Integer done = transaction.execute(status -> {
            List<Map<String, Object>> rows = jdbc.queryForList("""
                    select id, kind from notification_outbox where fanned_out_at is null
                    order by id limit ? for update skip locked""", limit);
            for (Map<String, Object> row : rows) {
                fanOut(((Number) row.get("id")).longValue(), (String) row.get("kind"), now);
            }
            return rows.size();
        });
        return done == null ? 0 : done;
    }

    private void fanOut(long outboxId, String kind, Instant now) {
        Timestamp at = Timestamp.from(now);
        for (Recipients.Group group : Recipients.of(kind)) {
            jdbc.update("""
                    insert into notification_delivery (outbox_id, recipient_key, account_id, reason, digest, due_at, next_attempt_at, created_at)
                    select o.id, 'A' || r.account_id, r.account_id, r.reason, false, ?, ?, ?
                    from notification_outbox o cross join lateral (%s) as r(account_id, reason)
                    where o.id = ? and r.account_id is not null and r.account_id is distinct from o.actor_account_id
                    on conflict (outbox_id, recipient_key) do nothing""".formatted(group.select()), at, at, at, outboxId);
        }
        if (!Recipients.NEVER_TO_FOLLOWERS.contains(kind)) {
            String z = zone.getId();
            // A digest row is due at the end of the Europe/Stockholm day or week (Monday 00:00) in which the
            // event happened: local midnight + 1 day, converted back through the zone, is 23 or 25 hours on
            // the days the clocks change, and every event belongs to exactly one window [start, end). An entry
            // the public may read only later (an agenda a week before its meeting) waits for that moment.
            jdbc.update("""
                    insert into notification_delivery (outbox_id, recipient_key, subscription_id, reason, digest, due_at, next_attempt_at, created_at)
                    select o.id, 'S' || s.id, s.id, 'FOLLOW_' || s.target_kind, s.frequency <> 'IMMEDIATE', w.due, w.due, ?
                    from notification_outbox o
                    join notification_subscription s on s.confirmed_at is not null and (
                           (s.target_kind = 'CASE' and s.target_id = o.case_id)
                        or (s.target_kind = 'BODY' and s.target_id = o.body_id)
                        or (s.target_kind = 'PERSON' and s.target_id = o.person_id)
                        or (s.target_kind = 'SEARCH' and strpos(lower(o.summary), lower(s.search_text)) > 0))
                    left join organisation_account_contact_v c on c.account_id = s.account_id
                    cross join lateral (select greatest(o.public_from, case s.frequency
                        when 'DAILY' then (date_trunc('day', coalesce(o.public_from, o.occurred_at) at time zone ?) + interval '1 day') at time zone ?
                        when 'WEEKLY' then (date_trunc('week', coalesce(o.public_from, o.occurred_at) at time zone ?) + interval '7 days') at time zone ?
                        else ?::timestamptz end) as due) w
                    where o.id = ? and (o.actor_account_id is null or s.account_id is distinct from o.actor_account_id)
                      and (o.audience = 'PUBLIC' or (o.audience = 'STAFF' and coalesce(c.staff and c.enabled, false)))
                      and not exists (select 1 from notification_delivery d
                                      where d.outbox_id = o.id and d.account_id is not null and d.account_id = s.account_id)
                    on conflict (outbox_id, recipient_key) do nothing""", at, z, z, z, z, at, outboxId);
        }
        jdbc.update("update notification_outbox set fanned_out_at = ? where id = ?", at, outboxId);
    }
}
