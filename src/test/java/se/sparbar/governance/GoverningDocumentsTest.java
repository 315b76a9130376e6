package se.sparbar.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import se.sparbar.IntegrationTest;
import se.sparbar.governance.domain.GoverningRegister;

@IntegrationTest
class GoverningDocumentsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    GoverningRegister register;

    @Test
    void seed003sGovernanceModelReplacesThe2019OneInBothDirections() {
        GoverningRegister.Entry model2024 = byTitle("Styrmodell för Alingsås kommun 2024");
        GoverningRegister.Entry model2019 = byTitle("Styrmodell för Alingsås kommun, reviderad 2019");
        assertThat(model2024.status()).isEqualTo(DocumentStatus.IN_FORCE);
        assertThat(model2024.replacesId()).isEqualTo(model2019.id());
        assertThat(model2019.status()).isEqualTo(DocumentStatus.REPLACED);
        assertThat(model2019.replacedById()).isEqualTo(model2024.id());
        assertThat(model2019.endedOn()).isEqualTo(model2024.validFrom());
        assertThat(model2019.adoptedReference()).isEqualTo("KF 2019-11-27 § 218");
    }

    @Test
    void adoptingANewVersionMarksTheOldOneReplacedAndItCannotBeReplacedTwice() throws Exception {
        long owner = body("TN");
        long old = adopt("Riktlinje för gatubelysning", "TN 2020-03-01 § 12", "2020-03-01", owner, null);
        long next = adopt("Riktlinje för gatubelysning 2026", "TN 2026-10-01 § 80", "2026-10-01", owner, old);

        assertThat(jdbc.queryForObject("select status || ' ' || ended_on from governing_document where id = ?", String.class, old))
                .isEqualTo("REPLACED 2026-10-01");
        assertThat(register.find(next).orElseThrow().replacesTitle()).isEqualTo("Riktlinje för gatubelysning");

        mvc.perform(post("/governing-documents").with(csrf()).with(user("clerk").roles("CLERK"))
                        .param("type", "GUIDELINE").param("title", "Ännu en version").param("ownerBodyId", Long.toString(owner))
                        .param("adoptedReference", "TN 2026-11-01 § 90").param("adoptedOn", "2026-11-01").param("validFrom", "2026-11-01")
                        .param("replacesId", Long.toString(old)))
                .andExpect(status().isConflict());
        assertThat(jdbc.queryForObject("select count(*) from governing_document where title = 'Ännu en version'", Integer.class)).isZero();
    }

    @Test
    void theReviewViewListsDocumentsInForceDueInThePeriod() throws Exception {
        assertThat(register.dueForReview(LocalDate.of(2028, 1, 1), LocalDate.of(2029, 12, 31)))
                .extracting(GoverningRegister.Entry::title).contains("Styrmodell för Alingsås kommun 2024")
                .doesNotContain("Styrmodell för Alingsås kommun, reviderad 2019");
        mvc.perform(get("/governing-documents/due").param("from", "2028-01-01").param("to", "2029-12-31").param("format", "csv")
                        .with(user("councillor").roles("COUNCILLOR")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("\"Styrmodell för Alingsås kommun 2024\"")));
    }

    @Test
    void theReviewViewAlsoListsReviewsAlreadyOverdue() throws Exception {
        long owner = body("TN");
        // valid from 2015 with a review every 48 months: its next review (2019) is long overdue
        adopt("Riktlinje för snöröjning", "TN 2015-01-10 § 3", "2015-01-10", owner, null);
        mvc.perform(get("/governing-documents/due").with(user("councillor").roles("COUNCILLOR")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Riktlinje för snöröjning")));
    }

    @Test
    void councillorsReadTheRegisterButOnlyClerksKeepIt() throws Exception {
        mvc.perform(get("/governing-documents").with(user("councillor").roles("COUNCILLOR")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Styrmodell för Alingsås kommun 2024")));
        mvc.perform(post("/governing-documents").with(csrf()).with(user("councillor").roles("COUNCILLOR"))
                        .param("type", "POLICY").param("title", "Inte min uppgift"))
                .andExpect(status().isForbidden());
    }

    @Test
    void datesOutOfOrderAreFieldErrorsWithTheInputKept() throws Exception {
        mvc.perform(post("/governing-documents").with(csrf()).with(user("clerk").roles("CLERK"))
                        .param("type", "POLICY").param("title", "Policy med fel datum").param("ownerBodyId", Long.toString(body("KF")))
                        .param("adoptedReference", "KF 2026-01-01 § 1").param("adoptedOn", "2026-01-01").param("validFrom", "2026-02-01")
                        .param("reviewIntervalMonths", "0").param("nextReviewOn", "2025-12-31"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "nextReviewOn", "governance.nextReview.beforeValid"))
                .andExpect(model().attributeHasFieldErrorCode("form", "reviewIntervalMonths", "Min"))
                .andExpect(model().attribute("form", Matchers.hasProperty("title", Matchers.is("Policy med fel datum"))));
    }

    private long adopt(String title, String reference, String date, long owner, Long replaces) throws Exception {
        var request = post("/governing-documents").with(csrf()).with(user("clerk").roles("CLERK"))
                .param("type", "GUIDELINE").param("title", title).param("ownerBodyId", Long.toString(owner))
                .param("adoptedReference", reference).param("adoptedOn", date).param("validFrom", date)
                .param("reviewIntervalMonths", "48");
        if (replaces != null) {
            request.param("replacesId", Long.toString(replaces));
        }
        mvc.perform(request).andExpect(redirectedUrlPattern("/governing-documents/*"));
        return jdbc.queryForObject("select id from governing_document where title = ?", Long.class, title);
    }

    private GoverningRegister.Entry byTitle(String title) {
        return register.list(new GoverningRegister.Filter(null, null, null)).stream().filter(e -> e.title().equals(title))
                .findFirst().orElseThrow();
    }

    private long body(String abbreviation) {
        return jdbc.queryForObject("select id from body where abbreviation = ?", Long.class, abbreviation);
    }
}
