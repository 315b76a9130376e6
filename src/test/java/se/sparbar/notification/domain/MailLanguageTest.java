package se.sparbar.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import se.sparbar.IntegrationTest;
import se.sparbar.actionplan.ItemStatus;
import se.sparbar.meeting.ParagraphOutcome;
import se.sparbar.notification.Happening;
import se.sparbar.notification.Outbox;
import se.sparbar.record.RecordKind;
import se.sparbar.registry.CaseType;

/**
 * A mail speaks its recipient's language (Swedish, English, Finnish): the kind of step, the words around
 * it, the outcome and the dates, and never a name from the code (an outcome, a status, a kind).
 */
@IntegrationTest
class MailLanguageTest {

    @Autowired JdbcTemplate jdbc;
    @Autowired Outbox outbox;
    @Autowired PlatformTransactionManager transactionManager;
    @Autowired FanOut fanOut;
    @Autowired DeliveryWorker worker;
    @Autowired MessageSource messages;

    GreenMail server;
    MailFixture fixture;
    Instant now = Instant.parse("2037-01-20T10:00:00Z");

    @BeforeEach
    void start() {
        server = MailFixture.startServer();
        fixture = new MailFixture(jdbc, outbox, transactionManager);
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Test
    void aPublishedDecisionReachesFollowersInSwedishEnglishAndFinnishWithItsOutcomeAndAppealDateInTheirWords() throws Exception {
        long body = fixture.bodyId("KF");
        String sv = follower(body, "sv");
        String en = follower(body, "en");
        String fi = follower(body, "fi");
        String summary = MailFixture.unique("Motion om badplatser");
        fixture.happened(new Happening(Math.abs(UUID.randomUUID().getMostSignificantBits()), "DECISION_PUBLISHED", "PUBLIC",
                now.minusSeconds(60), null, null, body, null, null, null, null, null, summary,
                Map.of("outcome", "PARTLY_APPROVED", "reference", "KF § 12", "decidedOn", "2037-01-12", "appealEndsOn", "2037-02-10",
                        "postedOn", "2037-01-19", "paragraphId", "99")));
        fanOut.run(now, 1000);
        worker.sendDue(now, 1000);

        expect(one(sv, summary), "Beslutet är publicerat: " + summary, List.of("Det här har hänt:", "Delvis bifall", "Överklagas senast",
                "10 februari 2037", "KF § 12", "Avsluta bevakningen"));
        expect(one(en, summary), "The decision has been published: " + summary, List.of("This has happened:", "Partly approve",
                "Appeal by", "February 10, 2037", "KF § 12", "Unsubscribe"));
        expect(one(fi, summary), "Päätös on julkaistu: " + summary, List.of("Näin on tapahtunut:", "Hyväksytään osittain",
                "Valitettava viimeistään", "10. helmikuuta 2037", "KF § 12", "Lopeta seuranta"));
    }

    @Test
    void everyKindOutcomeStatusAndCaseTypeAMailCanNameHasItsWordsInAllThreeLanguages() {
        List<String> keys = new ArrayList<>();
        Stream.of(RecordKind.values()).forEach(k -> keys.add("notification.kind." + k.name()));
        Stream.of(Reminders.MOTION_LIMIT_NEAR, Reminders.REFERRAL_OVERDUE, Reminders.REPORT_MISSING, Reminders.ROUND_OPENED)
                .forEach(k -> keys.add("notification.kind." + k));
        Stream.of(ParagraphOutcome.values()).forEach(o -> keys.add("outcome." + o.name()));
        Stream.of(ItemStatus.values()).forEach(s -> keys.add("itemStatus." + s.name()));
        Stream.of(CaseType.values()).forEach(t -> keys.add("caseType." + t.name()));
        keys.addAll(List.of("notification.detail.confirmed.true", "notification.detail.confirmed.false"));
        for (String language : List.of("sv", "en", "fi")) {
            for (String key : keys) {
                assertThat(messages.getMessage(key, null, null, Locale.forLanguageTag(language))).as(language + ": " + key)
                        .isNotBlank();
            }
        }
    }

    @Test
    void aCodeNameAmongTheDetailsIsTranslatedOrHiddenNeverShownAsItIs(@Autowired MailComposer composer) {
        Locale en = Locale.ENGLISH;
        assertThat(composer.detailValue("outcome", "REJECTED", en)).isEqualTo("Reject");
        assertThat(composer.detailValue("status", "AT_RISK", new Locale("sv"))).isEqualTo("Risk för försening");
        assertThat(composer.detailValue("confirmed", "true", new Locale("fi"))).isEqualTo("Kyllä, allekirjoitti");
        assertThat(composer.detailValue("outcome", "NO_SUCH_OUTCOME", en)).isEqualTo("(unknown value)");
        assertThat(composer.detailValue("startsAt", "2037-03-02T17:30:00Z", new Locale("sv"))).contains("2037", "18:30");
        assertThat(composer.detailValue("caseNumber", "KS 2037/14", en)).isEqualTo("KS 2037/14");
    }

    private String follower(long body, String language) {
        String email = MailFixture.address("lang-" + language);
        long id = fixture.follower(body, email, "IMMEDIATE", null);
        jdbc.update("update notification_subscription set language = ? where id = ?", language, id);
        return email;
    }

    /** The mail about this test's event (earlier tests' events at the body may reach a new follower too). */
    private MimeMessage one(String email, String summary) {
        List<MimeMessage> mails = MailFixture.to(server, email).stream().filter(m -> MailFixture.text(m).contains(summary)).toList();
        assertThat(mails).as(email).hasSize(1);
        return mails.get(0);
    }

    private static void expect(MimeMessage mail, String subject, List<String> words) throws Exception {
        assertThat(mail.getSubject()).isEqualTo(subject);
        for (String part : new String[] {MailFixture.text(mail), MailFixture.html(mail)}) {
            assertThat(part).contains(words);
            assertThat(part).doesNotContain("PARTLY_APPROVED", "DECISION_PUBLISHED", "2037-02-10", "notification.", "paragraphId");
        }
    }
}
