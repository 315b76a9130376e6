package se.sparbar.notification;

import java.time.Clock;
import java.time.Instant;
import java.sql.Timestamp;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes one outbox row per happening, in the caller's transaction: the notification exists exactly
 * when the change that causes it commits. Recipients are found later, by the worker, so a step with
 * ten thousand followers commits as fast as one with none.
 */
@Service
public class Outbox {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcTemplate jdbc;
    private final Clock clock;

    Outbox(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Records a happening taken from the record; the same record entry twice is kept once. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void append(Happening happening) {
        insert(happening, null);
    }

    /**
     * Records a happening a module announced that is not a record entry (e.g. an item assigned to more
     * officials), in the caller's transaction, under a key of its own.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void appendAnnounced(String key, Happening happening) {
        insert(happening, key);
    }

    /**
     * Records a scheduled reminder once: the key (e.g. {@code MOTION_LIMIT:42}) makes a second run of
     * the check a no-op.
     *
     * @return true when this call recorded it, false when it had been recorded before
     */
    @Transactional
    public boolean appendReminder(String reminderKey, Happening happening) {
        return insert(happening, reminderKey) == 1;
    }

    private int insert(Happening h, String reminderKey) {
        String summary = h.summary() == null || h.summary().isBlank() ? null : h.summary();
        if (summary != null && summary.length() > 1000) {
            summary = summary.substring(0, 999) + "…";
        }
        return jdbc.update("""
                insert into notification_outbox (record_entry_id, reminder_key, kind, audience, occurred_at, case_id, motion_id,
                    body_id, meeting_id, paragraph_id, action_item_id, person_id, actor_account_id, summary, details, created_at, public_from)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
                        coalesce(?, (select label from registry_case_label_v where case_id = ?), ''), ?::jsonb, ?, ?)
                on conflict do nothing""",
                reminderKey == null ? h.recordEntryId() : null, reminderKey, h.kind(), h.audience(), ts(h.occurredAt()),
                h.caseId(), h.motionId(), h.bodyId(), h.meetingId(), h.paragraphId(), h.actionItemId(), h.personId(),
                h.actorAccountId(), summary, h.caseId(), JSON.writeValueAsString(h.details()), ts(Instant.now(clock)),
                h.publicFrom() == null ? null : ts(h.publicFrom()));
    }

    private static Timestamp ts(Instant instant) {
        return Timestamp.from(instant);
    }
}
