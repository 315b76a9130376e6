package se.sparbar.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Address;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Following by e-mail in the browser: the form (a malformed address is a field error with the input kept),
 * the confirmation, unsubscribing (and an unknown link), the user's subscriptions page, the admin's outbox
 * (pending, sent, failed with its reason, resend) and the demo's mail page; axe-core on every page. Runs with
 * the demo profile, whose embedded mail server (on a free port of its own, se.sparbar.TestSmtpPorts) receives what the pages send.
 */
@ActiveProfiles(value = {"test", "demo"}, inheritProfiles = false)
class NotificationBrowserTest extends BrowserTest {

    private static final Pattern LINK = Pattern.compile("http://localhost:8080(/[^\\s\"<]+token=[A-Za-z0-9_-]{43})");

    @Autowired GreenMail demoMail;
    @Autowired JdbcTemplate jdbc;

    @Test
    void aCitizenFollowsABodyConfirmsAndUnsubscribes() throws Exception {
        long body = jdbc.queryForObject("select id from body where abbreviation = 'KS'", Long.class);
        open("/follow?kind=BODY&id=" + body);
        assertThat(heading()).isEqualTo("Bevaka via e-post");
        assertThat(find("main").getText()).contains("Kommunstyrelsen");
        assertAccessible();

        find("#email").sendKeys("inte-en-adress");
        clickAndWait(find("main form button[type=submit]"));
        assertThat(find("#error-summary").getText()).isNotBlank();
        assertThat(find("#email-error").getText()).isNotBlank();
        assertThat(find("#email").getAttribute("value")).as("the input is kept").isEqualTo("inte-en-adress");
        assertThat(find("#email").getAttribute("aria-describedby")).contains("email-error");
        assertAccessible();
        screenshot("notification-follow-field-error");

        String email = "browser-" + System.nanoTime() + "@follower.example";
        find("#email").clear();
        find("#email").sendKeys(email);
        find("input[type=radio][value=DAILY]").click();
        clickAndWait(find("main form button[type=submit]"));
        assertThat(find("main").getText()).contains("skickat en länk");
        assertAccessible();
        screenshot("notification-follow-sent");

        open(link(mailTo(email)));
        assertThat(heading()).isEqualTo("Bevakningen är startad");
        assertAccessible();
        screenshot("notification-follow-confirmed");

        String token = jdbc.queryForObject("select unsubscribe_token from notification_subscription where email = ?", String.class, email);
        open("/unsubscribe?token=" + token);
        assertThat(heading()).isEqualTo("Avsluta bevakning");
        assertThat(find("main").getText()).contains("Kommunstyrelsen");
        assertAccessible();
        screenshot("notification-unsubscribe");
        clickAndWait(find("main form button[type=submit]"));
        assertThat(find("main").getText()).contains("Bevakningen är avslutad och adressen raderad.");
        assertAccessible();
        assertThat(jdbc.queryForObject("select count(*) from notification_subscription where email = ?", Long.class, email)).isZero();

        // the same link again, and links that are no links of ours: a clear page, never an error
        open("/unsubscribe?token=" + token);
        assertThat(find("main").getText()).contains("Det finns ingen bevakning med den här länken");
        assertAccessible();
        assertNoInternals();
        open("/unsubscribe?token=inte-en-token");
        assertThat(find("main").getText()).contains("Det finns ingen bevakning med den här länken");
        assertAccessible();
        open("/follow/confirm?token=" + "a".repeat(43));
        assertThat(find("main").getText()).contains("Länken är okänd eller har gått ut.");
        assertAccessible();
        assertNoInternals();
        screenshot("notification-token-unknown");

        browser.manage().window().setSize(new Dimension(390, 900));
        open("/follow?kind=BODY&id=" + body);
        assertAccessible();
    }

    @Test
    void aCouncillorManagesHerSubscriptionsOnOnePage() {
        logIn("councillor2", "demo");
        long body = jdbc.queryForObject("select id from body where abbreviation = 'SN'", Long.class);
        String name = jdbc.queryForObject("select name from body where id = ?", String.class, body);
        open("/follow?kind=BODY&id=" + body);
        assertThat(find("#email").getAttribute("value")).isEqualTo("heidi.hankanen.angberg@demo.example");
        clickAndWait(find("main form button[type=submit]"));
        open("/account/subscriptions");
        assertThat(find("main table").getText()).contains(name);
        assertAccessible();
        screenshot("notification-account-subscriptions");

        find("main input#email").clear();
        find("main input#email").sendKeys("inte en adress");
        clickAndWait(find("main form[action='/account/email'] button[type=submit]"));
        assertThat(find("#email").getAttribute("value")).isEqualTo("inte en adress");
        assertThat(find("#email-error").getText()).isNotBlank();
        assertAccessible();

        open("/account/subscriptions");
        clickAndWait(browser.findElements(By.cssSelector("main form[action$='/unsubscribe'] button")).stream()
                .filter(b -> b.findElement(By.xpath("ancestor::tr")).getText().contains(name)).findFirst().orElseThrow());
        assertThat(find("main").getText()).contains("Bevakningen är avslutad");
        assertThat(find("main").getText()).doesNotContain(name);
        assertAccessible();
    }

    @Test
    void theAdministratorSeesTheOutboxResendsAFailedMailAndReadsTheDemoMail() {
        long body = jdbc.queryForObject("select id from body where abbreviation = 'TN'", Long.class);
        long subscription = jdbc.queryForObject("""
                insert into notification_subscription (target_kind, target_id, email, language, frequency, confirmed_at,
                    confirm_token_hash, confirm_expires_at, unsubscribe_token, created_at)
                values ('BODY', ?, ?, 'sv', 'IMMEDIATE', now(), md5(random()::text), now(), md5(random()::text), now()) returning id""",
                Long.class, body, "outbox-" + System.nanoTime() + "@follower.example");
        long outboxId = jdbc.queryForObject("""
                insert into notification_outbox (reminder_key, kind, audience, occurred_at, body_id, summary, created_at, fanned_out_at)
                values (?, 'MINUTES_POSTED', 'PUBLIC', now(), ?, 'Protokoll från tekniska nämnden', now(), now()) returning id""",
                Long.class, "browser:" + System.nanoTime(), body);
        jdbc.update("""
                insert into notification_delivery (outbox_id, recipient_key, subscription_id, reason, due_at, next_attempt_at, created_at,
                    status, attempts, last_error)
                values (?, ?, ?, 'FOLLOW_BODY', now(), now(), now(), 'FAILED', 10, '421 Service not available')""",
                outboxId, "S" + subscription, subscription);
        jdbc.update("""
                insert into notification_delivery (outbox_id, recipient_key, account_id, reason, due_at, next_attempt_at, created_at)
                values (?, 'A' || (select id from user_account where username = 'clerk'), (select id from user_account where username = 'clerk'),
                    'CLERK', now(), now() + interval '1 day', now())""", outboxId);

        logIn("admin", "demo");
        open("/admin/outbox");
        assertThat(heading()).isEqualTo("Utkorg");
        assertThat(find("main").getText()).contains("Protokoll från tekniska nämnden", "Karin Registrator");
        assertAccessible();
        screenshot("notification-outbox-pending");
        open("/admin/outbox?status=SENT");
        assertAccessible();
        open("/admin/outbox?status=FAILED");
        assertThat(find("main").getText()).contains("421 Service not available", "Bevakare (adressen visas inte)")
                .doesNotContain("@follower.example");
        assertAccessible();
        screenshot("notification-outbox-failed");
        clickAndWait(browser.findElements(By.cssSelector("main form[action$='/resend'] button")).stream()
                .filter(b -> b.findElement(By.xpath("ancestor::tr")).getText().contains("421 Service not available")).findFirst().orElseThrow());
        assertThat(find("main").getText()).contains("Mejlet skickas igen.");
        assertAccessible();
        assertThat(jdbc.queryForObject("select status from notification_delivery where outbox_id = ? and subscription_id is not null",
                String.class, outboxId)).isEqualTo("PENDING");

        open("/admin/demo-mail");
        assertThat(heading()).isEqualTo("Demons e-post");
        assertAccessible();
        screenshot("notification-demo-mail");
    }

    private MimeMessage mailTo(String email) throws Exception {
        List<MimeMessage> mails = Arrays.stream(demoMail.getReceivedMessages()).filter(m -> {
            try {
                Address[] to = m.getAllRecipients();
                return to != null && Arrays.stream(to).anyMatch(a -> a.toString().equalsIgnoreCase(email));
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
        assertThat(mails).hasSize(1);
        return mails.get(0);
    }

    private static String link(MimeMessage mail) throws Exception {
        String text = se.sparbar.notification.domain.MailFixture.text(mail);
        Matcher m = LINK.matcher(text);
        assertThat(m.find()).as("a link in " + text).isTrue();
        return m.group(1);
    }
}
