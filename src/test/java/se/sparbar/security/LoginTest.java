package se.sparbar.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import se.sparbar.IntegrationTest;
import static se.sparbar.TestRequests.login;
import se.sparbar.organisation.Commands.NewUserAccount;
import se.sparbar.organisation.Role;
import se.sparbar.organisation.domain.UserAccounts;

@IntegrationTest
class LoginTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aDemoAccountLogsInAndTheLoginIsRecorded() throws Exception {
        // the new session id at login is checked in a real container: see LoginBrowserTest
        mvc.perform(login("clerk", "demo", "10.9.0.9"))
                .andExpect(authenticated().withUsername("clerk").withRoles("CLERK"))
                .andExpect(redirectedUrl("/dashboard"));
        assertThat(events("LOGIN_SUCCEEDED", "clerk")).isPositive();
    }

    @Test
    void anUnknownUserAndAWrongPasswordGetTheSameAnswer() throws Exception {
        mvc.perform(login("nobody-" + UUID.randomUUID(), "demo", "10.9.0.1"))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error"));
        mvc.perform(login("clerk", "wrong", "10.9.0.2"))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error"));
        assertThat(events("LOGIN_FAILED", "clerk")).isPositive();
    }

    @Test
    void aDeactivatedAccountCannotLogInAndIsToldNothingMore() throws Exception {
        String username = "former-" + UUID.randomUUID().toString().substring(0, 8);
        long id = accounts.create(new NewUserAccount(username, "Tidigare Anställd", null, "correct horse battery", Set.of(Role.CLERK)));
        accounts.deactivate(id);

        mvc.perform(login(username, "correct horse battery", "10.9.0.3"))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void repeatedFailuresFromOneAddressSlowThatAddressDownButDoNotLockTheRealUserOut() throws Exception {
        String username = "target-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(new NewUserAccount(username, "Måltavla", null, "the right password", Set.of(Role.OFFICIAL)));
        for (int attempt = 0; attempt < LoginThrottle.FREE_FAILURES_PER_USERNAME_AND_ADDRESS; attempt++) {
            mvc.perform(login(username, "guess " + attempt, "10.9.1.1"))
                    .andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(login(username, "the right password", "10.9.1.1"))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?slowed"));
        assertThat(events("LOGIN_THROTTLED", username)).isEqualTo(1);
        mvc.perform(login(username, "the right password", "10.9.2.1"))
                .andExpect(authenticated().withUsername(username));
    }

    @Test
    void passwordsAreStoredAsArgon2idHashes() {
        String hash = jdbc.queryForObject("select password_hash from user_account where username = 'clerk'", String.class);
        assertThat(hash).startsWith("{argon2}$argon2id$").doesNotContain("demo");
    }

    private long events(String kind, String username) {
        return jdbc.queryForObject("select count(*) from security_event where kind = ? and username = ?", Long.class, kind, username);
    }

}
