package se.sparbar.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import se.sparbar.IntegrationTest;

@IntegrationTest
class AccessRulesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @ParameterizedTest
    @ValueSource(strings = {"/", "/login", "/accessibility", "/css/sparbar.css", "/js/sparbar.js"})
    void publicPagesNeedNoLogin(String path) throws Exception {
        mvc.perform(get(path)).andExpect(status().isOk());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/dashboard", "/admin/users", "/admin/settings", "/history/Body/1"})
    void everythingElseSendsTheAnonymousVisitorToTheLoginPage(String path) throws Exception {
        mvc.perform(get(path)).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"COUNCILLOR", "CLERK", "OFFICIAL"})
    void onlyAdministratorsReachTheAdminPages(String role) throws Exception {
        mvc.perform(get("/admin/users").with(user("someone").roles(role))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/bodies").with(csrf()).with(user("someone").roles(role))
                        .param("abbreviation", "X").param("name", "X").param("type", "OTHER"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/users").with(user("boss").roles("ADMIN"))).andExpect(status().isOk());
    }

    @Test
    void theAuditTrailIsForClerksAndAdministratorsOnly() throws Exception {
        mvc.perform(get("/history/Body/1").with(user("c").roles("COUNCILLOR"))).andExpect(status().isForbidden());
        mvc.perform(get("/history/Body/1").with(user("o").roles("OFFICIAL"))).andExpect(status().isForbidden());
        mvc.perform(get("/history/Body/1").with(user("k").roles("CLERK"))).andExpect(status().isOk());
    }

    @Test
    void aPostWithoutCsrfTokenIsRefusedAndRecorded() throws Exception {
        long before = refusals("csrf POST /admin/parties");
        mvc.perform(post("/admin/parties").with(user("admin").roles("ADMIN"))
                        .param("abbreviation", "NY").param("name", "Nya partiet"))
                .andExpect(status().isForbidden());
        assertThat(refusals("csrf POST /admin/parties")).isEqualTo(before + 1);
        assertThat(jdbc.queryForObject("select count(*) from party where abbreviation = 'NY'", Long.class)).isZero();
    }

    @Test
    void aRefusedRoleIsRecordedWithTheUser() throws Exception {
        mvc.perform(get("/admin/settings").with(user("nosy").roles("COUNCILLOR"))).andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("select count(*) from security_event where kind = 'ACCESS_REFUSED' and username = 'nosy'",
                Long.class)).isPositive();
    }

    @Test
    void everyPageCarriesTheSecurityHeaders() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(header().string("Content-Security-Policy", SecurityConfiguration.CONTENT_SECURITY_POLICY))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().exists("Referrer-Policy"));
        assertThat(SecurityConfiguration.CONTENT_SECURITY_POLICY).contains("script-src 'self';").doesNotContain("unsafe-inline");
    }

    @Test
    void healthIsUpWithTheDatabase() throws Exception {
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"))
                .andExpect(jsonPath("$.components.db.status").value("UP"));
    }

    private long refusals(String detail) {
        return jdbc.queryForObject("select count(*) from security_event where kind = 'ACCESS_REFUSED' and detail = ?", Long.class, detail);
    }
}
