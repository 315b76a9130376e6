package se.sparbar.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.sparbar.IntegrationTest;
import se.sparbar.motion.MotionDraft;
import se.sparbar.motion.Registration;
import se.sparbar.motion.domain.MotionImport;
import se.sparbar.motion.domain.Motions;
import se.sparbar.notification.Happening;
import se.sparbar.settings.MunicipalitySettings;
import se.sparbar.settings.Settings;
import se.sparbar.settings.SettingsChange;

/**
 * Every row of the "who hears what" table (ADR 12), each checked against the accounts that must be told
 * because of their role: the councillor and co-signers of a motion, every clerk, the chair and adjusters of a
 * meeting, the officials assigned to an item by name or by their job title. And the time-based rows (a
 * referral overdue, a follow-up round opened, a report missing N days before the round closes), which the
 * scheduled check finds from the injected clock, reach each recipient once however often the check runs.
 */
@IntegrationTest
class RecipientTableTest extends MailTestBase {

    @Autowired
    java.time.Clock clock;

    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    @Autowired Reminders reminders;
    @Autowired MotionImport imports;
    @Autowired Motions motions;
    @Autowired Settings settings;

    @Test
    void eachKindReachesExactlyTheAccountsItsRowNames() {
        Parties p = parties();
        Set<String> clerks = clerks();
        Set<String> authors = Set.of("councillor");
        Set<String> authorsAndCosigners = Set.of("councillor", "councillor2");
        Map<String, Happening> happenings = new LinkedHashMap<>();
        Map<String, Set<String>> expected = new LinkedHashMap<>();
        Instant at = Instant.parse("2039-05-05T10:00:00Z");
        // councillor
        put(happenings, expected, h("COSIGN_INVITED", "PRIVATE", at, null, p.motion, null, null, null, p.heidi, Map.of()), Set.of("councillor2"));
        put(happenings, expected, h("COSIGN_ANSWERED", "PRIVATE", at, null, p.motion, null, null, null, p.frida,
                Map.of("confirmed", "true")), authors);
        put(happenings, expected, h("MOTION_REGISTERED", "PUBLIC", at, p.caseId, p.motion, null, null, null, p.frida,
                Map.of("caseNumber", "KS 2039/1")), authorsAndCosigners);
        put(happenings, expected, h("REFERRAL_SENT", "PUBLIC", at, p.caseId, null, null, null, null, null, Map.of()), authors);
        put(happenings, expected, h("STATEMENT_RECEIVED", "PUBLIC", at, p.caseId, null, null, null, null, null, Map.of()),
                union(authors, clerks));
        put(happenings, expected, h("PUT_ON_AGENDA", "PUBLIC", at, p.caseId, null, p.meeting, null, null, null, Map.of()), authors);
        put(happenings, expected, h("CASE_DECIDED", "STAFF", at, p.caseId, null, p.meeting, null, null, null,
                Map.of("outcome", "APPROVED", "reference", "KF § 3")), authorsAndCosigners);
        put(happenings, expected, h("DECISION_PUBLISHED", "PUBLIC", at, p.caseId, null, p.meeting, null, null, null,
                Map.of("outcome", "APPROVED", "reference", "KF § 3", "appealEndsOn", "2039-06-01")), authorsAndCosigners);
        put(happenings, expected, h("MOTION_WRITTEN_OFF", "PUBLIC", at, p.caseId, p.motion, null, null, null, p.frida, Map.of()),
                authorsAndCosigners);
        put(happenings, expected, h(Reminders.MOTION_LIMIT_NEAR, "PRIVATE", at, p.caseId, p.motion, null, null, null, null,
                Map.of("deadline", "2039-06-05")), authors);
        // clerk; chair and adjusters
        put(happenings, expected, h("MOTION_SUBMITTED", "STAFF", at, null, p.motion, null, null, null, p.frida, Map.of()), clerks);
        put(happenings, expected, h(Reminders.REFERRAL_OVERDUE, "STAFF", at, p.caseId, null, null, null, null, null,
                Map.of("due", "2039-05-01")), clerks);
        put(happenings, expected, h("MEETING_HELD", "STAFF", at, null, null, p.meeting, null, null, null, Map.of()),
                union(clerks, Set.of("councillor", "councillor2")));
        put(happenings, expected, h("MINUTES_ADJUSTED", "STAFF", at, null, null, p.meeting, null, null, null, Map.of()), clerks);
        // official: by name (official) and by job title (admin, "Systemförvaltare")
        put(happenings, expected, h("ACTION_ITEM_CREATED", "STAFF", at, null, null, null, null, p.item, null, Map.of()),
                Set.of("official", "admin"));
        // assigned later: only the accounts the change made responsible (the admin is responsible by role, but not newly),
        // and only while they still are (the councillor, named but unassigned again before the worker came, is not told)
        put(happenings, expected, h(AssignmentListener.KIND, "PRIVATE", at, null, null, null, null, p.item, null,
                Map.of("accountIds", fixture.accountId("official") + "," + fixture.accountId("councillor"))), Set.of("official"));
        put(happenings, expected, h(Reminders.ROUND_OPENED, "STAFF", at, null, null, null, null, null, null,
                Map.of("roundId", String.valueOf(p.round), "closes", "2041-03-31")), Set.of("official", "admin"));
        put(happenings, expected, h(Reminders.REPORT_MISSING, "PRIVATE", at, null, null, null, null, p.item, null,
                Map.of("closes", "2041-03-31")), Set.of("official", "admin"));
        // followers only
        put(happenings, expected, h("MINUTES_POSTED", "PUBLIC", at, null, null, p.meeting, null, null, null, Map.of()), Set.of());

        Map<String, Long> outboxIds = new LinkedHashMap<>();
        happenings.forEach((kind, happening) -> {
            String key = "test:" + kind + ":" + UUID.randomUUID();
            outbox.appendReminder(key, happening);
            outboxIds.put(kind, jdbc.queryForObject("select id from notification_outbox where reminder_key = ?", Long.class, key));
        });
        while (fanOut.run(at, 100) > 0) {
            // all of them
        }
        for (Map.Entry<String, Long> row : outboxIds.entrySet()) {
            Set<String> told = new HashSet<>(jdbc.queryForList("""
                    select u.username from notification_delivery d join user_account u on u.id = d.account_id
                    where d.outbox_id = ?""", String.class, row.getValue()));
            assertThat(told).as(row.getKey()).isEqualTo(expected.get(row.getKey()));
            assertThat(jdbc.queryForObject("select count(*) = count(distinct account_id) from notification_delivery where outbox_id = ?",
                    Boolean.class, row.getValue())).as(row.getKey() + ": once each").isTrue();
        }
        assertThat(expected.keySet()).containsAll(Recipients.BY_KIND.keySet());
    }

    @Test
    void theScheduledCheckOnTheInjectedClockTellsEachRecipientOnceHoweverOftenItRuns() throws Exception {
        Parties p = parties();
        jdbc.update("""
                insert into referral (case_id, body_id, sent_on, due_on, status, sent_by)
                values (?, (select id from body where abbreviation = 'TN'), date '2040-01-10', date '2040-02-01', 'PENDING',
                        (select id from user_account where username = 'clerk'))""", p.caseId);
        String referralKey = Reminders.REFERRAL_OVERDUE + ":" + jdbc.queryForObject(
                "select max(id) from referral where case_id = ?", Long.class, p.caseId);
        String roundKey = Reminders.ROUND_OPENED + ":" + p.round;
        String reportKey = Reminders.REPORT_MISSING + ":" + p.round + ":" + p.item;

        // the day the referral is due: not overdue yet; the round has not opened
        jobs(LocalDate.of(2040, 2, 1)).remind();
        assertThat(keys(referralKey, roundKey, reportKey)).isEmpty();
        // the next day it is overdue; run twice
        jobs(LocalDate.of(2040, 2, 2)).remind();
        jobs(LocalDate.of(2040, 2, 2)).remind();
        assertThat(keys(referralKey, roundKey, reportKey)).containsExactly(referralKey);
        // the round opens on 1 March; the report is missing 14 days (the setting's default) before it closes on 31 March
        jobs(LocalDate.of(2041, 3, 1)).remind();
        jobs(LocalDate.of(2041, 3, 16)).remind();
        assertThat(keys(referralKey, roundKey, reportKey)).containsExactlyInAnyOrder(referralKey, roundKey);
        jobs(LocalDate.of(2041, 3, 17)).remind();
        jobs(LocalDate.of(2041, 3, 20)).remind();
        assertThat(keys(referralKey, roundKey, reportKey)).containsExactlyInAnyOrder(referralKey, roundKey, reportKey);

        NotificationJobs later = jobs(LocalDate.of(2041, 3, 21));
        later.deliver();
        later.remind();
        later.deliver();
        String clerkMail = email("clerk");
        assertThat(MailFixture.to(server, clerkMail).stream().filter(m -> subject(m).startsWith("En remiss är försenad")
                && MailFixture.text(m).contains(p.caseNumber))).as("the clerk, of the overdue referral").hasSize(1);
        for (String username : List.of("official", "admin")) {
            List<MimeMessage> mails = MailFixture.to(server, email(username));
            assertThat(mails.stream().filter(m -> subject(m).startsWith("En uppföljningsomgång har öppnat")
                    && MailFixture.text(m).contains("31 mars 2041"))).as(username + ", of the round").hasSize(1);
            assertThat(mails.stream().filter(m -> subject(m).startsWith("Din rapport saknas")
                    && MailFixture.text(m).contains("/action-items/" + p.item))).as(username + ", of the report").hasSize(1);
        }
        assertThat(MailFixture.to(server, email("councillor")).stream().filter(m -> subject(m).startsWith("En remiss är försenad")))
                .as("a reminder reaches only its named recipients").isEmpty();
    }

    @Test
    void theReportReminderComesAsManyDaysBeforeTheRoundClosesAsTheSettingSays() {
        Parties p = parties();
        String reportKey = Reminders.REPORT_MISSING + ":" + p.round + ":" + p.item;
        MunicipalitySettings before = settings.current();
        try {
            settings.change(new SettingsChange(before.name(), before.caseNumberFormat().template(), before.motionTimeLimitMonths(),
                    before.appealPeriodDays(), before.agendaPublicDaysBefore(), before.followUpSchedule().text(), 3, before.version()));
            // the round closes on 31 March 2041: with 3 days, not on the 27th (nor at the default's 14 days), but on the 28th
            jobs(LocalDate.of(2041, 3, 17)).remind();
            jobs(LocalDate.of(2041, 3, 27)).remind();
            assertThat(keys(reportKey)).isEmpty();
            jobs(LocalDate.of(2041, 3, 28)).remind();
            assertThat(keys(reportKey)).containsExactly(reportKey);
        } finally {
            MunicipalitySettings current = settings.current();
            settings.change(new SettingsChange(before.name(), before.caseNumberFormat().template(), before.motionTimeLimitMonths(),
                    before.appealPeriodDays(), before.agendaPublicDaysBefore(), before.followUpSchedule().text(), before.reportReminderDays(),
                    current.version()));
        }
    }

    private NotificationJobs jobs(LocalDate day) {
        return new NotificationJobs(fanOut, worker, reminders, Clock.fixed(day.atTime(7, 0).atZone(STOCKHOLM).toInstant(), STOCKHOLM));
    }

    private List<String> keys(String... keys) {
        return jdbc.queryForList("select reminder_key from notification_outbox where reminder_key = any(?)", String.class, (Object) keys);
    }

    private record Parties(long frida, long heidi, long motion, long caseId, String caseNumber, long meeting, long item, long round) {
    }

    /**
     * A registered motion by Frida (account councillor) co-signed by Heidi (councillor2, who signed in time); a held meeting with
     * Frida as chair and Heidi as adjuster; an action item assigned to the official by name and to the role
     * "Systemförvaltare" (the admin's job title); a follow-up round in March 2041 expecting the item's report.
     */
    private Parties parties() {
        long frida = jdbc.queryForObject("select id from person where last_name = 'Sigfrids'", Long.class);
        long heidi = jdbc.queryForObject("select id from person where last_name = 'Hankanen Ängberg'", Long.class);
        long clerk = fixture.accountId("clerk");
        long kf = fixture.bodyId("KF");
        long motion = imports.draft(clerk, frida, new MotionDraft(MailFixture.unique("Motion till tabellen"), "Text.", List.of("att"), kf,
                Set.of(heidi), new MotionDraft.Contact("Frida", "Sigfrids", null, null)), clock.instant());
        // Heidi signs before it is submitted (an unanswered invitation lapses at submission)
        jdbc.update("update motion_cosigner set status = 'CONFIRMED', answered_at = now() where motion_id = ? and person_id = ?",
                motion, heidi);
        imports.submit(motion, clock.instant());
        var registered = motions.register(motion, clerk, new Registration(LocalDate.now(clock), "Frida Sigfrids", null));
        String caseNumber = jdbc.queryForObject("select case_number from case_file where id = ?", String.class, registered.id());
        long meeting = jdbc.queryForObject("""
                insert into meeting (body_id, starts_at, place, status, held_at) values (?, timestamptz '2039-05-05 08:00+02',
                    'Sessionssalen', 'HELD', timestamptz '2039-05-05 08:00+02') returning id""", Long.class, kf);
        jdbc.update("insert into meeting_role (meeting_id, person_id, role) values (?, ?, 'CHAIR'), (?, ?, 'ADJUSTER')",
                meeting, frida, meeting, heidi);
        long plan = jdbc.queryForObject("""
                insert into action_plan (title, owner_body_id, period_from, period_to, status)
                values ('Plan för tabellen', ?, date '2039-01-01', date '2042-12-31', 'DRAFT') returning id""", Long.class, kf);
        long item = jdbc.queryForObject("""
                insert into action_item (plan_id, ordinal, title, responsible_text, timeline_text, due_on, recurrence, effect_kind,
                    status, status_changed_at)
                values (?, 1, 'Åtgärd för tabellen', 'Ekonomichefen', 'Under 2041', date '2041-12-31', 'NONE', 'NONE', 'NOT_STARTED', now())
                returning id""", Long.class, plan);
        jdbc.update("insert into action_item_assignee (item_id, user_account_id, assigned_at, assigned_by) values (?, ?, now(), ?)",
                item, fixture.accountId("official"), clerk);
        jdbc.update("insert into action_item_responsible_role (item_id, role_title) values (?, 'systemförvaltare')", item);
        Long round = jdbc.query("select id from follow_up_round where closes_on = date '2041-03-31'",
                rs -> rs.next() ? rs.getLong(1) : null);
        if (round == null) {
            round = jdbc.queryForObject("""
                    insert into follow_up_round (opens_on, closes_on, status) values (date '2041-03-01', date '2041-03-31', 'OPEN')
                    returning id""", Long.class);
        }
        jdbc.update("insert into follow_up_expectation (round_id, item_id) values (?, ?)", round, item);
        return new Parties(frida, heidi, motion, registered.id(), caseNumber, meeting, item, round);
    }

    private Set<String> clerks() {
        return new HashSet<>(jdbc.queryForList("""
                select u.username from user_account u join user_account_role r on r.user_account_id = u.id
                where r.role = 'CLERK' and u.enabled""", String.class));
    }

    private static Happening h(String kind, String audience, Instant at, Long caseId, Long motionId, Long meetingId, Long paragraphId,
                               Long itemId, Long personId, Map<String, String> details) {
        return new Happening(null, kind, audience, at, caseId, motionId, null, meetingId, paragraphId, itemId, personId, null,
                MailFixture.unique(kind), details);
    }

    private static void put(Map<String, Happening> happenings, Map<String, Set<String>> expected, Happening happening, Set<String> who) {
        happenings.put(happening.kind(), happening);
        expected.put(happening.kind(), who);
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return all;
    }
}
