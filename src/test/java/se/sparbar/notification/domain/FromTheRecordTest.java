package se.sparbar.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.sparbar.IntegrationTest;
import se.sparbar.motion.MotionDraft;
import se.sparbar.motion.domain.MotionImport;
import se.sparbar.motion.domain.Motions;
import se.sparbar.motion.Registration;
import se.sparbar.notification.Outbox;

/**
 * Real steps of real modules: the record's row and the outbox row commit together (or neither), and the
 * people concerned hear of each step once — the invited co-signer, the clerk of the inbox, the councillor
 * of her motion's registration with its case number — while a public follower of the councillor hears
 * only the public steps.
 */
@IntegrationTest
class FromTheRecordTest {

    @Autowired
    java.time.Clock clock;

    @Autowired JdbcTemplate jdbc;
    @Autowired Outbox outbox;
    @Autowired PlatformTransactionManager transactionManager;
    @Autowired FanOut fanOut;
    @Autowired DeliveryWorker worker;
    @Autowired MotionImport imports;
    @Autowired Motions motions;

    GreenMail server;

    @BeforeEach
    void start() {
        server = MailFixture.startServer();
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Test
    void aMotionsStepsReachTheCoSignerTheClerkAndTheCouncillorEachOnce() {
        long frida = jdbc.queryForObject("select id from person where last_name = 'Sigfrids'", Long.class);
        long heidi = jdbc.queryForObject("select id from person where last_name = 'Hankanen Ängberg'", Long.class);
        long clerk = jdbc.queryForObject("select id from user_account where username = 'clerk'", Long.class);
        String follower = MailFixture.address("person-follower");
        jdbc.update("""
                insert into notification_subscription (target_kind, target_id, email, language, frequency, confirmed_at,
                    confirm_token_hash, confirm_expires_at, unsubscribe_token, created_at)
                values ('PERSON', ?, ?, 'sv', 'IMMEDIATE', now(), ?, now(), ?, now())""",
                frida, follower, Tokens.hash(Tokens.newToken()), Tokens.newToken());
        String title = MailFixture.unique("Motion om fler parkbänkar");

        long motion = imports.draft(clerk, frida, draft(title, Set.of(heidi)), clock.instant());
        imports.submit(motion, clock.instant());
        var registered = motions.register(motion, clerk, new Registration(LocalDate.now(clock), "Frida Sigfrids", null));
        String caseNumber = jdbc.queryForObject("select case_number from case_file where id = ?", String.class, registered.id());
        assertThat(jdbc.queryForObject("""
                select count(*) from notification_outbox o join record_event r on r.id = o.record_entry_id where r.motion_id = ?""",
                Long.class, motion)).as("one outbox row per record row").isEqualTo(
                jdbc.queryForObject("select count(*) from record_event where motion_id = ?", Long.class, motion)).isEqualTo(3L);

        Instant now = clock.instant().plusSeconds(5);
        while (fanOut.run(now, 100) > 0) {
            // everything
        }
        worker.sendDue(now, 10_000);

        assertThat(about(title, "heidi.hankanen.angberg@demo.example")).extracting(MimeMessage::getSubject)
                .containsExactly("Inbjudan att skriva under en motion: " + title);
        assertThat(about(title, "karin.registrator@demo.example")).extracting(MimeMessage::getSubject)
                .containsExactly("Ny motion i inkorgen: " + title);
        List<MimeMessage> toFrida = about(title, "frida.sigfrids@demo.example");
        assertThat(toFrida).extracting(MimeMessage::getSubject).containsExactly("Motionen är registrerad: " + title);
        assertThat(MailFixture.text(toFrida.get(0))).contains(caseNumber, "/motions/" + motion);
        // the follower of the councillor: her public steps, not the private invitation
        assertThat(about(title, follower)).extracting(MimeMessage::getSubject)
                .containsExactlyInAnyOrder("Ny motion i inkorgen: " + title, "Motionen är registrerad: " + title);
    }

    @Test
    void whenTheStepRollsBackSoDoesItsNotification() {
        long frida = jdbc.queryForObject("select id from person where last_name = 'Sigfrids'", Long.class);
        long clerk = jdbc.queryForObject("select id from user_account where username = 'clerk'", Long.class);
        String title = MailFixture.unique("Rullas tillbaka");
        long before = jdbc.queryForObject("select count(*) from notification_outbox", Long.class);
        assertThatThrownBy(() -> new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            imports.draft(clerk, frida, draft(title, Set.of(jdbc.queryForObject(
                    "select id from person where last_name = 'Hankanen Ängberg'", Long.class))), clock.instant());
            throw new IllegalStateException("rolled back");
        })).hasMessage("rolled back");
        assertThat(jdbc.queryForObject("select count(*) from notification_outbox", Long.class)).isEqualTo(before);
    }

    private List<MimeMessage> about(String title, String email) {
        return MailFixture.to(server, email).stream().filter(m -> MailFixture.text(m).contains(title)).toList();
    }

    private MotionDraft draft(String title, Set<Long> cosigners) {
        return new MotionDraft(title, "Motionens text.", List.of("att det görs"), jdbc.queryForObject(
                "select id from body where abbreviation = 'KF'", Long.class), cosigners,
                new MotionDraft.Contact("Frida", "Sigfrids", null, null));
    }
}
