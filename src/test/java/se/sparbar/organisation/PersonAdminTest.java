package se.sparbar.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.sparbar.TestRequests.asAdmin;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import se.sparbar.IntegrationTest;

@IntegrationTest
class PersonAdminTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void createsAPersonWithPartyAndAMembership() throws Exception {
        long party = jdbc.queryForObject("select id from party where abbreviation = 'KD'", Long.class);
        long body = jdbc.queryForObject("select id from body where abbreviation = 'SN'", Long.class);

        String location = mvc.perform(asAdmin(post("/admin/people")).param("firstName", "Lisa").param("lastName", "Nämndledamot")
                        .param("partyId", Long.toString(party)))
                .andExpect(redirectedUrlPattern("/admin/people/*"))
                .andReturn().getResponse().getRedirectedUrl();

        mvc.perform(asAdmin(post(location + "/memberships")).param("bodyId", Long.toString(body)).param("role", "VICE_CHAIR")
                        .param("validFrom", "2023-01-01").param("validTo", "2026-12-31"))
                .andExpect(redirectedUrlPattern("/admin/people/*"));

        mvc.perform(get(location).with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user("admin").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Servicenämnden")))
                .andExpect(content().string(Matchers.containsString("Vice ordförande")));
    }

    @Test
    void aTermEndingBeforeItStartsIsAFieldErrorOnTheEndDate() throws Exception {
        long person = jdbc.queryForObject("select id from person where last_name = 'Thim'", Long.class);
        long body = jdbc.queryForObject("select id from body where abbreviation = 'KS'", Long.class);
        long before = jdbc.queryForObject("select count(*) from membership where person_id = ?", Long.class, person);

        mvc.perform(asAdmin(post("/admin/people/" + person + "/memberships")).param("bodyId", Long.toString(body))
                        .param("role", "MEMBER").param("validFrom", "2025-01-01").param("validTo", "2024-12-31"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("membershipForm", "validTo", "membership.validTo.beforeFrom"));
        assertThat(jdbc.queryForObject("select count(*) from membership where person_id = ?", Long.class, person)).isEqualTo(before);
    }

    @Test
    void aDateInTheWrongFormatIsAFieldErrorNotAFailure() throws Exception {
        long person = jdbc.queryForObject("select id from person where last_name = 'Thim'", Long.class);
        mvc.perform(asAdmin(post("/admin/people/" + person + "/memberships")).param("role", "MEMBER").param("validFrom", "första januari"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("membershipForm", "validFrom", "typeMismatch"))
                .andExpect(model().attributeHasFieldErrorCode("membershipForm", "bodyId", "NotNull"));
    }

    @Test
    void anAccountCanBeLinkedToOnlyOnePerson() throws Exception {
        long councillor = jdbc.queryForObject("select id from user_account where username = 'councillor'", Long.class);
        mvc.perform(asAdmin(post("/admin/people")).param("firstName", "Frida").param("lastName", "Dubblett")
                        .param("userAccountId", Long.toString(councillor)))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "userAccountId", "error.duplicate"));
    }
}
