package se.sparbar.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.sparbar.TestRequests.login;
import static se.sparbar.TestRequests.unique;

import java.util.Set;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import se.sparbar.organisation.domain.UserAccounts;
import se.sparbar.IntegrationTest;
import se.sparbar.organisation.Commands.NewUserAccount;

@IntegrationTest
class OwnPasswordTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccounts accounts;

    @Autowired
    UserDetailsService details;

    @Test
    void aUserChangesTheirOwnPasswordOnlyWithTheCurrentOne() throws Exception {
        String username = unique("byter");
        accounts.create(new NewUserAccount(username, "Byter Lösenord", null, "det gamla lösenordet", Set.of(Role.OFFICIAL)));

        mvc.perform(post("/account/password").with(csrf()).with(user(details.loadUserByUsername(username)))
                        .param("currentPassword", "fel lösenord").param("newPassword", "ett helt nytt lösenord")
                        .param("repeatedPassword", "ett helt nytt lösenord"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "currentPassword", "account.password.wrong"))
                .andExpect(model().attribute("form", Matchers.hasProperty("newPassword", Matchers.nullValue())));

        mvc.perform(post("/account/password").with(csrf()).with(user(details.loadUserByUsername(username)))
                        .param("currentPassword", "det gamla lösenordet").param("newPassword", "ett helt nytt lösenord")
                        .param("repeatedPassword", "ett annat nytt lösenord"))
                .andExpect(model().attributeHasFieldErrorCode("form", "repeatedPassword", "account.password.mismatch"));

        mvc.perform(post("/account/password").with(csrf()).with(user(details.loadUserByUsername(username)))
                        .param("currentPassword", "det gamla lösenordet").param("newPassword", "ett helt nytt lösenord")
                        .param("repeatedPassword", "ett helt nytt lösenord"))
                .andExpect(redirectedUrl("/dashboard"));

        mvc.perform(login(username, "det gamla lösenordet", "10.9.5.1")).andExpect(redirectedUrl("/login?error"));
        mvc.perform(login(username, "ett helt nytt lösenord", "10.9.5.2")).andExpect(redirectedUrl("/dashboard"));
        assertThat(username).isNotBlank();
    }
}
