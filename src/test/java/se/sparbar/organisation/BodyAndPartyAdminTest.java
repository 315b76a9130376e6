package se.sparbar.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.sparbar.TestRequests.asAdmin;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import se.sparbar.IntegrationTest;

@IntegrationTest
class BodyAndPartyAdminTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void createsABodyAndDeactivatesItWithoutDeletingIt() throws Exception {
        mvc.perform(asAdmin(post("/admin/bodies")).param("abbreviation", "VN").param("name", "Valnämnden").param("type", "COMMITTEE"))
                .andExpect(redirectedUrl("/admin/bodies"));
        long id = jdbc.queryForObject("select id from body where abbreviation = 'VN'", Long.class);

        mvc.perform(asAdmin(post("/admin/bodies/" + id + "/active")).param("active", "false"))
                .andExpect(redirectedUrl("/admin/bodies"));
        assertThat(jdbc.queryForObject("select active from body where id = ?", Boolean.class, id)).isFalse();
    }

    @Test
    void aBodyAbbreviationInUseInAnyCaseIsAFieldErrorAndTheInputIsKept() throws Exception {
        mvc.perform(asAdmin(post("/admin/bodies")).param("abbreviation", "ks").param("name", "Kommunstyrelsen igen").param("type", "OTHER"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "abbreviation", "error.duplicate"))
                .andExpect(model().attribute("form", org.hamcrest.Matchers.hasProperty("name", org.hamcrest.Matchers.is("Kommunstyrelsen igen"))));
    }

    @Test
    void missingAndOverlongValuesAreFieldErrors() throws Exception {
        mvc.perform(asAdmin(post("/admin/bodies")).param("abbreviation", "A".repeat(21)).param("name", " "))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "abbreviation", "Size"))
                .andExpect(model().attributeHasFieldErrorCode("form", "name", "NotBlank"))
                .andExpect(model().attributeHasFieldErrorCode("form", "type", "NotNull"));
    }

    @Test
    void theDatabaseBacksTheLimitsToo() {
        assertThatThrownBy(() -> jdbc.update("insert into body (abbreviation, name, type) values (?, 'x', 'OTHER')", "A".repeat(21)))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.update("insert into body (abbreviation, name, type) values ('Q1', 'x', 'PARLIAMENT')"))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.update("insert into party (abbreviation, name) values ('M', 'Moderaterna igen')"))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void aPartyAbbreviationInUseIsAFieldError() throws Exception {
        mvc.perform(asAdmin(post("/admin/parties")).param("abbreviation", "MP").param("name", "Miljöpartiet igen"))
                .andExpect(model().attributeHasFieldErrorCode("form", "abbreviation", "error.duplicate"));
    }

    @Test
    void aStaleBodyEditIsAConflict() throws Exception {
        long id = jdbc.queryForObject("select id from body where abbreviation = 'TN'", Long.class);
        long version = jdbc.queryForObject("select version from body where id = ?", Long.class, id);
        mvc.perform(asAdmin(post("/admin/bodies/" + id)).param("abbreviation", "TN").param("name", "Tekniska nämnden")
                        .param("type", "COMMITTEE").param("version", Long.toString(version - 1)))
                .andExpect(status().isConflict())
                .andExpect(model().attributeHasErrors("form"));
    }
}
