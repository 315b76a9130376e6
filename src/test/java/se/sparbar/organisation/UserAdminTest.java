package se.sparbar.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import se.sparbar.organisation.domain.UserAccounts;
import se.sparbar.IntegrationTest;
import static se.sparbar.TestRequests.asAdmin;
import static se.sparbar.TestRequests.unique;
import se.sparbar.organisation.Commands.NewUserAccount;

@IntegrationTest
class UserAdminTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserAccounts accounts;

    @Test
    void createsAnAccountWithSeveralRoles() throws Exception {
        String username = unique("ny");
        mvc.perform(asAdmin(post("/admin/users"))
                        .param("username", username.toUpperCase())
                        .param("displayName", "Ny Användare")
                        .param("jobTitle", "Ekonomichef")
                        .param("password", "ett långt lösenord")
                        .param("roles", "CLERK", "OFFICIAL"))
                .andExpect(redirectedUrl("/admin/users"));

        assertThat(jdbc.queryForList("select r.role from user_account_role r join user_account u on u.id = r.user_account_id "
                + "where u.username = ? order by r.role", String.class, username)).containsExactly("CLERK", "OFFICIAL");
    }

    @Test
    void aTakenUsernameIsAFieldErrorAndTheInputIsKept() throws Exception {
        mvc.perform(asAdmin(post("/admin/users"))
                        .param("username", "Clerk")
                        .param("displayName", "Dubbel Registrator")
                        .param("password", "ett långt lösenord")
                        .param("roles", "CLERK"))
                .andExpect(status().isOk())
                .andExpect(view().name("organisation/users/form"))
                .andExpect(model().attributeHasFieldErrorCode("form", "username", "error.duplicate"))
                .andExpect(model().attribute("form", org.hamcrest.Matchers.hasProperty("displayName", org.hamcrest.Matchers.is("Dubbel Registrator"))));
        assertThat(jdbc.queryForObject("select count(*) from user_account where display_name = 'Dubbel Registrator'", Long.class)).isZero();
    }

    @Test
    void overlongFieldsAndShortPasswordsAreFieldErrors() throws Exception {
        mvc.perform(asAdmin(post("/admin/users"))
                        .param("username", unique("lang"))
                        .param("displayName", "x".repeat(201))
                        .param("jobTitle", "y".repeat(201))
                        .param("password", "kort"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "displayName", "Size"))
                .andExpect(model().attributeHasFieldErrorCode("form", "jobTitle", "Size"))
                .andExpect(model().attributeHasFieldErrorCode("form", "password", "user.password.tooShort"));
    }

    @Test
    void aUsernameWithOtherCharactersIsRefused() throws Exception {
        mvc.perform(asAdmin(post("/admin/users"))
                        .param("username", "<script>")
                        .param("displayName", "Elak")
                        .param("password", "ett långt lösenord"))
                .andExpect(model().attributeHasFieldErrorCode("form", "username", "Pattern"));
    }

    @Test
    void aStaleEditIsAConflictAndKeepsWhatTheUserTyped() throws Exception {
        long id = accounts.create(new NewUserAccount(unique("stale"), "Före", null, "ett långt lösenord", Set.of(Role.OFFICIAL)));
        long version = jdbc.queryForObject("select version from user_account where id = ?", Long.class, id);
        // someone else saves first
        accounts.change(id, new Commands.UserAccountChange("Någon annans ändring", null, Set.of(Role.OFFICIAL), version));

        mvc.perform(asAdmin(post("/admin/users/" + id))
                        .param("displayName", "Min ändring")
                        .param("roles", "OFFICIAL")
                        .param("version", Long.toString(version)))
                .andExpect(status().isConflict())
                .andExpect(model().attributeHasErrors("form"))
                .andExpect(model().attribute("form", org.hamcrest.Matchers.hasProperty("displayName", org.hamcrest.Matchers.is("Min ändring"))));
        assertThat(jdbc.queryForObject("select display_name from user_account where id = ?", String.class, id))
                .isEqualTo("Någon annans ändring");
    }

    @Test
    void anAdministratorCannotDeactivateTheirOwnAccount() throws Exception {
        long adminId = jdbc.queryForObject("select id from user_account where username = 'admin'", Long.class);
        mvc.perform(post("/admin/users/" + adminId + "/active").param("active", "false").with(csrf()).with(user("admin").roles("ADMIN")))
                .andExpect(redirectedUrl("/admin/users/" + adminId));
        assertThat(jdbc.queryForObject("select enabled from user_account where id = ?", Boolean.class, adminId)).isTrue();
    }

    @Test
    void theDatabaseItselfRefusesDuplicateAndMalformedUsernames() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.update(
                "insert into user_account (username, display_name, password_hash, password_changed_at, created_at) values ('clerk', 'x', 'x', now(), now())"))
                .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.update(
                "insert into user_account (username, display_name, password_hash, password_changed_at, created_at) values ('Has Space', 'x', 'x', now(), now())"))
                .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
    }

}
