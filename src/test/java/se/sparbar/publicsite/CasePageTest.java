package se.sparbar.publicsite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import se.sparbar.IntegrationTest;

/** Every case has a public page; seed 002's statement is on its audit report's page with every fact of the seed. */
@IntegrationTest
class CasePageTest {

    static final String AUDIT = "Granskning av Beställar-utförarmodellen i Borås Stad";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService accounts;

    long auditCase() {
        return jdbc.queryForObject("select id from case_file where title = ?", Long.class, AUDIT);
    }

    String page(String url) throws Exception {
        return mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void seed002sAuditReportShowsEveryFactOfTheStatementToThePublic() throws Exception {
        String html = page("/cases/" + auditCase());
        assertThat(html).contains(AUDIT, "Revisionsrapport", "Stadsrevisionen", "Servicenämnden",
                "Servicenämnden avger yttrande över Granskning av Beställar-utförarmodellen i Borås Stad",
                "För att kunna ta fram ett underlag som svarar på de frågor som ställts",
                "I rapporten skriver Qualitarium följande",
                "Missiv", "Granskning av beställar-utförarmodellen",
                "Stadsrevisionen, sre.diarium@boras.se", "Tekniska nämnden, tek.diarium@boras.se",
                "Lokalförsörjningsnämnden, LN.diarium@boras.se", "Fritids-och Folkhälsoförvaltningen, ff.diarium@boras.se",
                "Kommunstyrelsen, ks.diarium@boras.se",
                "Micael Svensson, Ordförande", "Kenneth Lundqvist, Förvaltningschef");
        assertThat(html.indexOf("Missiv")).isLessThan(html.indexOf("Granskning av beställar-utförarmodellen</"));
    }

    @Test
    void theRegisterListsCasesOfEveryTypeToThePublic() throws Exception {
        String html = page("/cases");
        assertThat(html).contains(AUDIT, "Ny styrmodell 2024", "Sveriges mest hållbara kommun");
        assertThat(page("/cases?type=AUDIT_REPORT")).contains(AUDIT).doesNotContain("Sveriges mest hållbara kommun");
        assertThat(page("/cases?q=beställar")).contains(AUDIT).doesNotContain("Ny styrmodell 2024");
        assertThat(page("/cases?status=REFERRED&year=2024")).contains("Sveriges mest hållbara kommun").doesNotContain(AUDIT);
        String csv = mvc.perform(get("/cases.csv?type=AUDIT_REPORT")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv).contains(AUDIT, "Stadsrevisionen");
    }

    @Test
    void badFiltersAndHugePagesAreIgnoredNotFailures() throws Exception {
        assertThat(page("/cases?type=NOPE&status=X&year=abc&body=-1&page=1000000000&sort=evil")).contains("ärenden");
        assertThat(page("/cases?q=%00%25_\\")).contains("0 ärenden");
    }

    @Test
    void aCaseIsFoundByItsNumberAsWrittenInEitherStyle() throws Exception {
        long id = auditCase();
        String number = jdbc.queryForObject("select case_number from case_file where id = ?", String.class, id);
        String[] parts = number.split("[. ]"); // "2020.1 KS"
        mvc.perform(get("/cases/number").param("n", number)).andExpect(redirectedUrl("/cases/" + id));
        mvc.perform(get("/cases/number").param("n", parts[2] + " " + parts[0] + "/" + parts[1])).andExpect(redirectedUrl("/cases/" + id));
        mvc.perform(get("/cases/number/" + number)).andExpect(redirectedUrl("/cases/" + id));
        mvc.perform(get("/cases/number").param("n", "KS 1999/999999")).andExpect(status().isNotFound());
        mvc.perform(get("/cases/number").param("n", "not a number")).andExpect(status().isBadRequest());
        mvc.perform(get("/cases/number").param("n", "KS\u00002024/1")).andExpect(status().isBadRequest());
        mvc.perform(get("/cases/number")).andExpect(status().isBadRequest());
    }

    @Test
    void unknownAndMalformedCaseIdsAreNotFound() throws Exception {
        mvc.perform(get("/cases/999999999")).andExpect(status().isNotFound());
        mvc.perform(get("/cases/abc")).andExpect(status().isNotFound());
        mvc.perform(get("/cases/99999999999999999999999")).andExpect(status().isNotFound());
        mvc.perform(get("/cases/" + auditCase() + "/documents/999999")).andExpect(status().isNotFound());
    }

    @Test
    void theStyrmodellCaseTellsItsStoryFromPreparationToTheGoverningDocument() throws Exception {
        long id = jdbc.queryForObject("select id from case_file where title = 'Ny styrmodell 2024'", Long.class);
        String html = page("/cases/" + id);
        assertThat(html).contains("KS 2024-10-21 § 140", "KF 2024-11-27 § 149", "Styrmodell för Alingsås kommun 2024",
                "sista dag att överklaga");
    }

    @Test
    void anUnknownUrlIsNotFoundForEveryoneNotALoginPage() throws Exception {
        mvc.perform(get("/no-such-page")).andExpect(status().isNotFound());
        mvc.perform(get("/no-such-page").with(user(accounts.loadUserByUsername("clerk")))).andExpect(status().isNotFound());
        mvc.perform(get("/dashboard")).andExpect(status().is3xxRedirection());
    }
}
