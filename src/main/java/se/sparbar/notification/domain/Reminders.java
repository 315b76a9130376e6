package se.sparbar.notification.domain;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import se.sparbar.notification.Happening;
import se.sparbar.notification.Outbox;
import se.sparbar.settings.Settings;

/**
 * The scheduled check for what nobody's action announces: a motion one month from its one-year limit,
 * a referral past its due date, a follow-up round open (to the officials who owe it a report), an official's
 * report missing N days (the municipality's setting) before the round closes. Each is
 * put in the outbox once, under a key (what was sent is recorded there); running the check again adds nothing.
 */
@Component
public class Reminders {

    public static final String MOTION_LIMIT_NEAR = "MOTION_LIMIT_NEAR";
    public static final String REFERRAL_OVERDUE = "REFERRAL_OVERDUE";
    public static final String REPORT_MISSING = "REPORT_MISSING";
    public static final String ROUND_OPENED = "FOLLOW_UP_ROUND_OPENED";

    private final JdbcTemplate jdbc;
    private final Outbox outbox;
    private final ZoneId zone;
    private final Settings settings;

    Reminders(JdbcTemplate jdbc, Outbox outbox, @Value("${sparbar.time-zone:Europe/Stockholm}") String zone, Settings settings) {
        this.jdbc = jdbc;
        this.outbox = outbox;
        this.zone = ZoneId.of(zone);
        this.settings = settings;
    }

    /** @return how many reminders were recorded now */
    public int run(Instant now) {
        LocalDate today = now.atZone(zone).toLocalDate();
        int reportReminderDays = settings.current().reportReminderDays();
        int added = 0;
        for (Map<String, Object> m : jdbc.queryForList("""
                select distinct motion_id, case_id, title, deadline_on from motion_party_v
                where status in ('REGISTERED', 'REFERRED', 'PREPARED', 'SENT_BACK') and deadline_on >= ? and deadline_on <= ?""",
                Date.valueOf(today), Date.valueOf(today.plusMonths(1)))) {
            LocalDate deadline = ((Date) m.get("deadline_on")).toLocalDate();
            added += add(MOTION_LIMIT_NEAR + ":" + m.get("motion_id") + ":" + deadline, new Happening(null, MOTION_LIMIT_NEAR, "PRIVATE",
                    now, id(m.get("case_id")), id(m.get("motion_id")), null, null, null, null, null, null, (String) m.get("title"),
                    Map.of("deadline", deadline.toString())));
        }
        for (Map<String, Object> r : jdbc.queryForList("""
                select v.referral_id, v.case_id, v.body_id, v.due_on, coalesce(c.label, '') as label from referral_overdue_v v
                left join registry_case_label_v c on c.case_id = v.case_id where v.due_on < ?""", Date.valueOf(today))) {
            LocalDate due = ((Date) r.get("due_on")).toLocalDate();
            added += add(REFERRAL_OVERDUE + ":" + r.get("referral_id"), new Happening(null, REFERRAL_OVERDUE, "STAFF", now,
                    id(r.get("case_id")), null, id(r.get("body_id")), null, null, null, null, null, (String) r.get("label"),
                    Map.of("due", due.toString())));
        }
        for (Map<String, Object> e : jdbc.queryForList("""
                select round_id, item_id, closes_on from actionplan_missing_report_v where closes_on >= ? and closes_on <= ?""",
                Date.valueOf(today), Date.valueOf(today.plusDays(reportReminderDays)))) {
            LocalDate closes = ((Date) e.get("closes_on")).toLocalDate();
            added += add(REPORT_MISSING + ":" + e.get("round_id") + ":" + e.get("item_id"), new Happening(null, REPORT_MISSING, "PRIVATE",
                    now, null, null, null, null, null, id(e.get("item_id")), null, null, "",
                    Map.of("closes", closes.toString())));
        }
        for (Map<String, Object> r : jdbc.queryForList("""
                select distinct round_id, closes_on from actionplan_missing_report_v where opens_on <= ? and closes_on >= ?""",
                Date.valueOf(today), Date.valueOf(today))) {
            LocalDate closes = ((Date) r.get("closes_on")).toLocalDate();
            added += add(ROUND_OPENED + ":" + r.get("round_id"), new Happening(null, ROUND_OPENED, "STAFF", now, null, null, null, null,
                    null, null, null, null, "", Map.of("roundId", String.valueOf(r.get("round_id")), "closes", closes.toString())));
        }
        return added;
    }

    private int add(String key, Happening happening) {
        return outbox.appendReminder(key, happening) ? 1 : 0;
    }

    private static Long id(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }
}
