package se.sparbar.notification.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.PlatformTransactionManager;
import se.sparbar.IntegrationTest;
import se.sparbar.notification.Outbox;
import se.sparbar.notification.domain.DeliveryWorker;
import se.sparbar.notification.domain.FanOut;
import se.sparbar.notification.domain.MailFixture;

/** Following by e-mail from the public pages: double opt-in, one-click unsubscribe, bad input, what a public follower hears. */
@IntegrationTest
class FollowByEmailTest {

    @Autowired
    java.time.Clock clock;

    private static final Pattern LINK = Pattern.compile("http://localhost:8080(/[^\\s\"<]+token=[A-Za-z0-9_-]{43})");

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;
    @Autowired Outbox outbox;
    @Autowired PlatformTransactionManager transactionManager;
    @Autowired FanOut fanOut;
    @Autowired DeliveryWorker worker;
    @Autowired UserDetailsService accounts;

    GreenMail server;
    MailFixture fixture;
    Instant now = Instant.parse("2032-01-01T10:00:00Z");

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
    void theWholeWayFromFollowToUnsubscribeWithTheAddressGoneAfterwards() throws Exception {
        long body = fixture.bodyId("KS");
        String email = MailFixture.address("public");
        mvc.perform(get("/follow").param("kind", "BODY").param("id", String.valueOf(body)))
                .andExpect(status().isOk()).andExpect(view().name("notification/follow"))
                .andExpect(content().string(Matchers.containsString("Kommunstyrelsen")));
        mvc.perform(post("/follow").with(csrf()).param("kind", "BODY").param("targetId", String.valueOf(body))
                        .param("email", email).param("frequency", "IMMEDIATE"))
                .andExpect(status().isOk()).andExpect(view().name("notification/follow-sent"));

        List<MimeMessage> confirmation = MailFixture.to(server, email);
        assertThat(confirmation).hasSize(1);
        String confirmLink = link(MailFixture.text(confirmation.get(0)));
        assertThat(MailFixture.html(confirmation.get(0))).contains(confirmLink);
        // not confirmed yet: an event now reaches nobody at this address
        String before = MailFixture.unique("Före bekräftelsen");
        fixture.happened(body, "PUBLIC", now, before);
        fanOut.run(now, 1000);

        mvc.perform(get(confirmLink)).andExpect(status().isOk()).andExpect(view().name("notification/confirmed"));
        mvc.perform(get(confirmLink)).andExpect(status().isOk()); // confirming twice is harmless

        String after = MailFixture.unique("Protokollet anslaget");
        fixture.happened(body, "PUBLIC", now, after);
        fixture.happened(body, "STAFF", now, MailFixture.unique("Internt"));
        fixture.happened(body, "PRIVATE", now, MailFixture.unique("Privat"));
        fanOut.run(now, 1000);
        worker.sendDue(now, 1000);

        List<MimeMessage> mails = MailFixture.to(server, email);
        assertThat(mails).as("the confirmation and the one public event").hasSize(2);
        MimeMessage mail = mails.get(1);
        assertThat(mail.getSubject()).contains(after);
        String unsubscribe = mail.getHeader("List-Unsubscribe")[0];
        assertThat(unsubscribe).matches("<http://localhost:8080/unsubscribe\\?token=[A-Za-z0-9_-]{43}>");
        assertThat(mail.getHeader("List-Unsubscribe-Post")[0]).isEqualTo("List-Unsubscribe=One-Click");
        assertThat(MailFixture.text(mail)).contains(after, "/unsubscribe?token=");
        assertThat(MailFixture.html(mail)).contains(after, "/unsubscribe?token=");

        String path = unsubscribe.substring("<http://localhost:8080".length(), unsubscribe.length() - 1);
        mvc.perform(get(path)).andExpect(status().isOk()).andExpect(view().name("notification/unsubscribe"));
        // the one-click POST a mail client sends: no CSRF token, no session
        mvc.perform(post(path).contentType("application/x-www-form-urlencoded").content("List-Unsubscribe=One-Click"))
                .andExpect(status().isOk()).andExpect(model().attribute("messageKey", "notification.unsubscribed"));
        assertThat(jdbc.queryForObject("select count(*) from notification_subscription where lower(email) = lower(?)", Long.class, email))
                .isZero();
        mvc.perform(post(path)).andExpect(status().isOk()); // unsubscribing twice is harmless
        mvc.perform(get(path)).andExpect(status().isOk()).andExpect(model().attribute("messageKey", "notification.unsubscribed.already"));
    }

    @Test
    void aMalformedAddressIsAFieldErrorWithTheInputKept() throws Exception {
        long body = fixture.bodyId("KS");
        for (String bad : List.of("inte-en-adress", "a@b", "två ord@exempel.se", "a\u0000b@exempel.se", "x".repeat(250) + "@exempel.se")) {
            mvc.perform(post("/follow").with(csrf()).param("kind", "BODY").param("targetId", String.valueOf(body))
                            .param("email", bad).param("frequency", "DAILY"))
                    .andExpect(status().isBadRequest()).andExpect(view().name("notification/follow"))
                    .andExpect(model().attributeHasFieldErrors("form", "email"))
                    // kept as typed: what the form shows again is the binding's value (the rejected input, for a NUL)
                    .andExpect(result -> assertThat(((org.springframework.validation.BindingResult) result.getModelAndView().getModel()
                            .get(org.springframework.validation.BindingResult.MODEL_KEY_PREFIX + "form")).getFieldValue("email"))
                            .isEqualTo(bad.trim()));
        }
        mvc.perform(post("/follow").with(csrf()).param("kind", "BODY").param("targetId", String.valueOf(body))
                        .param("email", "ok@exempel.se").param("frequency", "HOURLY"))
                .andExpect(status().isBadRequest()).andExpect(model().attributeHasFieldErrors("form", "frequency"));
        mvc.perform(post("/follow").with(csrf()).param("kind", "NOPE").param("targetId", "1").param("email", "ok@exempel.se"))
                .andExpect(status().isBadRequest()).andExpect(model().attributeHasFieldErrors("form", "kind"));
        mvc.perform(post("/follow").with(csrf()).param("kind", "SEARCH").param("email", "ok@exempel.se").param("searchText", "a\u0000b"))
                .andExpect(status().isBadRequest()).andExpect(model().attributeHasFieldErrors("form", "searchText"));
        assertThat(MailFixture.to(server, "ok@exempel.se")).isEmpty();
    }

    @Test
    void unknownTargetsAndUnknownOrExpiredLinksGetAClearPageNeverAServerError() throws Exception {
        mvc.perform(get("/follow").param("kind", "CASE").param("id", "999999999")).andExpect(status().isNotFound());
        mvc.perform(get("/follow").param("kind", "NOPE").param("id", "x")).andExpect(status().isNotFound());
        mvc.perform(get("/follow")).andExpect(status().isNotFound());
        mvc.perform(post("/follow").with(csrf()).param("kind", "CASE").param("targetId", "999999999").param("email", "ok@exempel.se"))
                .andExpect(status().isNotFound());
        for (String token : List.of("", "x", "a".repeat(43), "a".repeat(5000), "%00")) {
            mvc.perform(get("/follow/confirm").param("token", token)).andExpect(status().isNotFound())
                    .andExpect(model().attribute("messageKey", "notification.token.invalid"));
            mvc.perform(get("/account/email/confirm").param("token", token)).andExpect(status().isNotFound());
            mvc.perform(get("/unsubscribe").param("token", token)).andExpect(status().isOk());
            mvc.perform(post("/unsubscribe").param("token", token)).andExpect(status().isOk());
        }
        mvc.perform(get("/follow/confirm")).andExpect(status().isNotFound());

        // an expired confirmation link
        long body = fixture.bodyId("TN");
        String email = MailFixture.address("expired");
        mvc.perform(post("/follow").with(csrf()).param("kind", "BODY").param("targetId", String.valueOf(body))
                .param("email", email).param("frequency", "IMMEDIATE")).andExpect(status().isOk());
        String confirmLink = link(MailFixture.text(MailFixture.to(server, email).get(0)));
        jdbc.update("update notification_subscription set confirm_expires_at = ? where email = ?",
                java.time.OffsetDateTime.now(clock).minusMinutes(1), email);
        mvc.perform(get(confirmLink)).andExpect(status().isNotFound()).andExpect(view().name("notification/token"));
        assertThat(jdbc.queryForObject("select confirmed_at is null from notification_subscription where email = ?", Boolean.class, email))
                .isTrue();
    }

    @Test
    void aLoggedInUsersOwnAddressIsActiveAtOnceAndTheirPageListsAndStopsIt() throws Exception {
        long body = fixture.bodyId("LFN");
        mvc.perform(get("/follow").param("kind", "BODY").param("id", String.valueOf(body)).with(as("councillor2")))
                .andExpect(status().isOk()).andExpect(model().attribute("form",
                        Matchers.hasProperty("email", Matchers.is("heidi.hankanen.angberg@demo.example"))));
        mvc.perform(post("/follow").with(csrf()).with(as("councillor2")).param("kind", "BODY").param("targetId", String.valueOf(body))
                        .param("email", "heidi.hankanen.angberg@demo.example").param("frequency", "WEEKLY"))
                .andExpect(status().isOk()).andExpect(model().attribute("confirmedAtOnce", true));
        mvc.perform(get("/account/subscriptions").with(as("councillor2")))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("Lokalförsörjningsnämnden")));
        long id = jdbc.queryForObject("select id from notification_subscription where email = 'heidi.hankanen.angberg@demo.example' "
                + "and target_id = ?", Long.class, body);
        // someone else cannot touch it
        mvc.perform(post("/account/subscriptions/" + id + "/frequency").with(csrf()).with(as("councillor")).param("frequency", "DAILY"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/account/subscriptions/" + id + "/unsubscribe").with(csrf()).with(as("councillor")));
        assertThat(jdbc.queryForObject("select frequency from notification_subscription where id = ?", String.class, id)).isEqualTo("WEEKLY");
        mvc.perform(post("/account/subscriptions/" + id + "/frequency").with(csrf()).with(as("councillor2")).param("frequency", "DAILY"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select frequency from notification_subscription where id = ?", String.class, id)).isEqualTo("DAILY");
        mvc.perform(post("/account/subscriptions/" + id + "/unsubscribe").with(csrf()).with(as("councillor2")))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select count(*) from notification_subscription where id = ?", Long.class, id)).isZero();
    }

    @Test
    void aUserChangesTheirOwnAddressByALinkSentToTheNewOne() throws Exception {
        String next = MailFixture.address("official-new");
        mvc.perform(post("/account/email").with(csrf()).with(as("official")).param("email", "inte en adress").param("language", "en"))
                .andExpect(status().isBadRequest()).andExpect(model().attributeHasFieldErrors("form", "email"))
                .andExpect(model().attribute("form", Matchers.hasProperty("email", Matchers.is("inte en adress"))));
        mvc.perform(post("/account/email").with(csrf()).with(as("official")).param("email", next).param("language", "en"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select email from user_account where username = 'official'", String.class))
                .isEqualTo("erik.ekonom@demo.example");
        List<MimeMessage> mails = MailFixture.to(server, next);
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).getSubject()).isEqualTo("Confirm your new e-mail address in Spårbar");
        String link = link(MailFixture.text(mails.get(0)));
        mvc.perform(get(link)).andExpect(status().isOk()).andExpect(model().attribute("messageKey", "notification.email.confirmed"));
        assertThat(jdbc.queryForObject("select email from user_account where username = 'official'", String.class)).isEqualTo(next);
        mvc.perform(get(link)).andExpect(status().isNotFound()); // a link works once
        jdbc.update("update user_account set email = 'erik.ekonom@demo.example', language = 'sv' where username = 'official'");
    }

    @Test
    void theAdministratorSetsAnAddressAndAMalformedOneIsAFieldError() throws Exception {
        long id = fixture.accountId("councillor");
        long version = jdbc.queryForObject("select version from user_account where id = ?", Long.class, id);
        mvc.perform(post("/admin/users/" + id).with(csrf()).with(user("admin").roles("ADMIN"))
                        .param("displayName", "Frida Sigfrids").param("roles", "COUNCILLOR").param("version", String.valueOf(version))
                        .param("email", "frida@").param("language", "sv"))
                .andExpect(status().isOk()).andExpect(model().attributeHasFieldErrors("form", "email"));
        assertThat(jdbc.queryForObject("select email from user_account where id = ?", String.class, id)).isEqualTo("frida.sigfrids@demo.example");
    }

    private RequestPostProcessor as(String username) {
        return user(accounts.loadUserByUsername(username));
    }

    private static String link(String text) {
        Matcher m = LINK.matcher(text);
        assertThat(m.find()).as("a link in " + text).isTrue();
        return m.group(1);
    }
}
