package se.sparbar.publicsite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import se.sparbar.IntegrationTest;

/** A clerk registers an incoming audit report as a case and refers it; the public reads both on the case page. */
@IntegrationTest
class CaseIntakeTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService accounts;

    @Test
    void aClerkRegistersAnAuditReportAndRefersItToServicenamnden() throws Exception {
        var clerk = user(accounts.loadUserByUsername("clerk"));
        long ks = jdbc.queryForObject("select id from body where abbreviation = 'KS'", Long.class);
        long sn = jdbc.queryForObject("select id from body where abbreviation = 'SN'", Long.class);
        String location = mvc.perform(post("/cases").with(csrf()).with(clerk).param("type", "AUDIT_REPORT")
                        .param("title", "Granskning av lokalförsörjningen").param("sender", "Stadsrevisionen")
                        .param("receivedOn", "2026-11-20").param("summary", "Revisionsrapport").param("ownerBodyId", String.valueOf(ks)))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long caseId = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        assertThat(jdbc.queryForObject("select case_type || ' ' || series from case_file where id = ?", String.class, caseId))
                .isEqualTo("AUDIT_REPORT KS");

        mvc.perform(post("/cases/" + caseId + "/referrals").with(csrf()).with(clerk).param("bodyIds", String.valueOf(sn))
                .param("dueOn", "2027-02-01")).andExpect(status().is3xxRedirection());
        String page = mvc.perform(get("/cases/" + caseId)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Granskning av lokalförsörjningen", "Stadsrevisionen", "Remitterat till", "Servicenämnden",
                "2027-02-01");
    }

    @Test
    void theStatementOnAnAuditReportIsRecordedWithItsBasisAndReadByThePublicOnTheCasePage() throws Exception {
        var clerk = user(accounts.loadUserByUsername("clerk"));
        long ks = jdbc.queryForObject("select id from body where abbreviation = 'KS'", Long.class);
        long sn = jdbc.queryForObject("select id from body where abbreviation = 'SN'", Long.class);
        String location = mvc.perform(post("/cases").with(csrf()).with(clerk).param("type", "AUDIT_REPORT")
                        .param("title", "Granskning av upphandlingen").param("sender", "Stadsrevisionen")
                        .param("receivedOn", "2026-11-20").param("summary", "Revisionsrapport").param("ownerBodyId", String.valueOf(ks)))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long caseId = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        mvc.perform(post("/cases/" + caseId + "/referrals").with(csrf()).with(clerk).param("bodyIds", String.valueOf(sn))
                .param("dueOn", "2027-02-01")).andExpect(status().is3xxRedirection());
        long referral = jdbc.queryForObject("select id from referral where case_id = ?", Long.class, caseId);
        String form = "/cases/" + caseId + "/referrals/" + referral + "/statement";
        String casePage = mvc.perform(get("/cases/" + caseId).with(clerk)).andReturn().getResponse().getContentAsString();
        assertThat(casePage).contains(form);
        mvc.perform(get(form).with(clerk)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Granskning av upphandlingen")));

        byte[] pdf = "%PDF-1.4\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        var notPdf = new org.springframework.mock.web.MockMultipartFile("basis[0].file", "missiv.pdf", "application/pdf", "inte en pdf".getBytes());
        mvc.perform(statement(form, notPdf).with(clerk)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"basis0.file-error\"")))
                .andExpect(content().string(Matchers.containsString("tillstyrker revisionens rekommendationer.</textarea>")));
        assertThat(jdbc.queryForObject("select count(*) from statement s join referral r on r.id = s.referral_id where r.case_id = ?",
                Integer.class, caseId)).isZero();

        var missiv = new org.springframework.mock.web.MockMultipartFile("basis[0].file", "missiv.pdf", "application/pdf", pdf);
        mvc.perform(statement(form, missiv).with(clerk)).andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl("/cases/" + caseId + "#referral-" + referral));
        String page = mvc.perform(get("/cases/" + caseId)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Servicenämnden tillstyrker revisionens rekommendationer", "Missiv", "Micael Svensson", "Ordförande",
                "Besvarad");
        assertThat(page).doesNotContain(form);
        mvc.perform(get(form).with(user(accounts.loadUserByUsername("councillor")))).andExpect(status().isForbidden());
        long otherCase = jdbc.queryForObject("select max(id) from case_file where id <> ?", Long.class, caseId);
        mvc.perform(get("/cases/" + otherCase + "/referrals/" + referral + "/statement").with(clerk)).andExpect(status().isNotFound());
    }

    private org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder statement(String form,
            org.springframework.mock.web.MockMultipartFile file) {
        return org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(form).file(file).with(csrf())
                .param("bodyDecisionText", "Servicenämnden tillstyrker revisionens rekommendationer.").param("decidedOn", "2026-11-25")
                .param("fullText", "Nämnden har tagit del av granskningen.").param("basis[0].title", "Missiv")
                .param("signatories[0].name", "Micael Svensson").param("signatories[0].title", "Ordförande").param("version", "-1");
    }

    @Test
    void badInputIsShownBesideTheFieldsWithTheInputKeptAndOnlyClerksRegister() throws Exception {
        var clerk = user(accounts.loadUserByUsername("clerk"));
        mvc.perform(post("/cases").with(csrf()).with(clerk).param("type", "MOTION").param("title", "Keep\u0000me")
                        .param("sender", "").param("receivedOn", "2999-01-01").param("ownerBodyId", "999999999"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("value=\"Keepme\"")))
                .andExpect(content().string(Matchers.containsString("Välj ett organ i listan.")))
                .andExpect(content().string(Matchers.containsString("Datumet kan inte ligga i framtiden.")));
        mvc.perform(post("/cases").with(csrf()).with(clerk).param("type", "NOPE").param("title", "X").param("sender", "Y")
                .param("receivedOn", "2026-01-01")).andExpect(status().isOk());
        mvc.perform(post("/cases").with(csrf()).with(user(accounts.loadUserByUsername("councillor"))).param("type", "AUDIT_REPORT")
                .param("title", "X").param("sender", "Y").param("receivedOn", "2026-01-01")).andExpect(status().isForbidden());
        mvc.perform(get("/cases/new")).andExpect(status().is3xxRedirection());
        long audit = jdbc.queryForObject("select id from case_file where title = ?", Long.class, CasePageTest.AUDIT);
        mvc.perform(post("/cases/" + audit + "/referrals").with(csrf()).with(clerk).param("dueOn", "2000-01-01"))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("Svarsdatumet kan inte ha passerat.")));
    }
}
