package se.sparbar.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.mail.internet.MimeMessage;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import se.sparbar.IntegrationTest;
import se.sparbar.StatementCounter;
import se.sparbar.motion.MotionDraft;
import se.sparbar.motion.domain.MotionImport;
import se.sparbar.motion.domain.Motions;
import se.sparbar.motion.Registration;
import se.sparbar.notification.Happening;

/** Who hears what because of their role, in their own language; the scheduled reminders, once each; the admin's outbox. */
@IntegrationTest
class RoleRecipientsTest extends MailTestBase {

    @Autowired
    java.time.Clock clock;

    @Autowired Reminders reminders;
    @Autowired MockMvc mvc;
    @Autowired MotionImport imports;
    @Autowired Motions motions;

    @Test
    void theClerkHearsOfASubmittedMotionInTheirLanguageButNotOfTheirOwnStepAndAPublicFollowerNotAtAll() throws Exception {
        Instant now = Instant.parse("2034-02-01T10:00:00Z");
        long clerk = fixture.accountId("clerk");
        long councillor = fixture.accountId("councillor");
        long body = fixture.bodyId("KF");
        String publicFollower = MailFixture.address("public-staff");
        // what is still waiting in the outbox (in a fresh database the demo's own events) goes out first, to those
        // who followed before: the follower added here hears only of what happens after
        while (fanOut.run(now, 1000) > 0) {
            // all of it
        }
        fixture.follower(body, publicFollower, "IMMEDIATE", null);
        // the clerk also follows the body with their own address: they still get one mail per event
        fixture.follower(body, "karin.registrator@demo.example", "IMMEDIATE", clerk);
        jdbc.update("update user_account set language = 'en' where id = ?", clerk);
        try {
            String summary = MailFixture.unique("Motion om cykelbanor");
            fixture.happened(new Happening(id(), "MOTION_SUBMITTED", "STAFF", now, null, null, body, null, null, null, null,
                    councillor, summary, Map.of()));
            String own = MailFixture.unique("Justerat av registratorn");
            fixture.happened(new Happening(id(), "MINUTES_ADJUSTED", "STAFF", now, null, null, body, null, null, null, null,
                    clerk, own, Map.of()));
            fanOut.run(now, 1000);
            worker.sendDue(now, 1000);

            List<MimeMessage> toClerk = MailFixture.to(server, "karin.registrator@demo.example").stream()
                    .filter(m -> MailFixture.text(m).contains(summary) || MailFixture.text(m).contains(own)).toList();
            assertThat(toClerk).hasSize(1);
            assertThat(toClerk.get(0).getSubject()).isEqualTo("New motion in the inbox: " + summary);
            assertThat(MailFixture.text(toClerk.get(0))).contains("Hello Karin Registrator", "because of your role");
            assertThat(toClerk.get(0).getHeader("List-Unsubscribe")).as("a role mail is not a follower's").isNull();
            assertThat(MailFixture.to(server, publicFollower)).as("a staff event never reaches a public follower").isEmpty();
        } finally {
            jdbc.update("update user_account set language = 'sv' where id = ?", clerk);
        }
    }

    @Test
    void aMotionOneMonthFromItsLimitRemindsItsCouncillorOnceHoweverOftenTheCheckRuns() throws Exception {
        long frida = jdbc.queryForObject("select id from person where last_name = 'Sigfrids'", Long.class);
        long clerk = fixture.accountId("clerk");
        String title = MailFixture.unique("Motion nära gränsen");
        long motionId = imports.draft(clerk, frida, new MotionDraft(title, "Text.", List.of("att"),
                fixture.bodyId("KF"), java.util.Set.of(), new MotionDraft.Contact("Frida", "Sigfrids", null, null)), clock.instant());
        imports.submit(motionId, clock.instant());
        motions.register(motionId, clerk, new Registration(LocalDate.now(clock), "Frida Sigfrids", null));
        Map<String, Object> motion = jdbc.queryForMap("select id as motion_id, deadline_on from motion where id = ?", motionId);
        LocalDate deadline = ((Date) motion.get("deadline_on")).toLocalDate();
        ZoneId zone = ZoneId.of("Europe/Stockholm");
        Instant outside = deadline.minusMonths(1).minusDays(1).atTime(9, 0).atZone(zone).toInstant();
        Instant inside = deadline.minusDays(20).atTime(9, 0).atZone(zone).toInstant();
        String key = Reminders.MOTION_LIMIT_NEAR + ":" + motion.get("motion_id") + ":" + deadline;

        reminders.run(outside);
        assertThat(jdbc.queryForObject("select count(*) from notification_outbox where reminder_key = ?", Long.class, key)).isZero();
        reminders.run(inside);
        reminders.run(inside.plusSeconds(3600));
        assertThat(jdbc.queryForObject("select count(*) from notification_outbox where reminder_key = ?", Long.class, key)).isEqualTo(1L);

        Instant sendAt = Instant.parse("2035-01-01T00:00:00Z");
        fanOut.run(sendAt, 1000);
        worker.sendDue(sendAt, 1000);
        reminders.run(inside.plusSeconds(7200));
        fanOut.run(sendAt, 1000);
        worker.sendDue(sendAt, 1000);
        List<MimeMessage> mails = MailFixture.to(server, "frida.sigfrids@demo.example").stream()
                .filter(m -> MailFixture.text(m).contains(title) && subject(m).startsWith("En månad kvar")).toList();
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).getSubject()).startsWith("En månad kvar till ettårsgränsen");
        assertThat(MailFixture.text(mails.get(0))).contains("/motions/" + motion.get("motion_id"),
                java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.LONG).withLocale(new java.util.Locale("sv")).format(deadline));
    }

    @Test
    void theOutboxPageShowsFailedMailWithItsReasonNeverAFollowersAddressAndResendsIt() throws Exception {
        long body = fixture.bodyId("TN");
        String email = MailFixture.address("admin-page");
        fixture.follower(body, email, "IMMEDIATE", null);
        String summary = MailFixture.unique("Misslyckas");
        Instant now = Instant.parse("2036-01-01T10:00:00Z");
        fixture.happened(body, "PUBLIC", now, summary);
        fanOut.run(now, 1000);
        long id = jdbc.queryForObject("""
                select d.id from notification_delivery d join notification_subscription s on s.id = d.subscription_id where s.email = ?""",
                Long.class, email);
        jdbc.update("update notification_delivery set status = 'FAILED', attempts = 10, last_error = 'Connection refused: localhost' "
                + "where id = ?", id);

        StatementCounter.reset();
        mvc.perform(get("/admin/outbox").param("status", "FAILED").with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(summary)))
                .andExpect(content().string(Matchers.containsString("Connection refused: localhost")))
                .andExpect(content().string(Matchers.not(Matchers.containsString(email))));
        assertThat(StatementCounter.count()).as("statements for the outbox page").isLessThanOrEqualTo(4);
        for (String[] bad : new String[][] {{"status", "NOPE"}, {"page", "1000000000"}, {"page", "-5"}, {"page", "x"}}) {
            mvc.perform(get("/admin/outbox").param(bad[0], bad[1]).with(user("admin").roles("ADMIN"))).andExpect(status().isOk());
        }
        mvc.perform(get("/admin/outbox").with(user("clerk").roles("CLERK"))).andExpect(status().isForbidden());

        mvc.perform(post("/admin/outbox/" + id + "/resend").with(csrf()).with(user("admin").roles("ADMIN")))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/admin/outbox/" + id + "/resend").with(csrf()).with(user("admin").roles("ADMIN")))
                .andExpect(status().isConflict());
        mvc.perform(post("/admin/outbox/999999999/resend").with(csrf()).with(user("admin").roles("ADMIN")))
                .andExpect(status().isConflict());
        worker.sendDue(clock.instant().plusSeconds(60), 1000);
        assertThat(MailFixture.to(server, email)).hasSize(1);
        assertThat(jdbc.queryForObject("select status from notification_delivery where id = ?", String.class, id)).isEqualTo("SENT");
    }

    private static long id() {
        return Math.abs(UUID.randomUUID().getMostSignificantBits());
    }
}
