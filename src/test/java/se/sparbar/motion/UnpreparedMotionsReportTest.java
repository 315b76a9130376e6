package se.sparbar.motion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import se.sparbar.IntegrationTest;
import se.sparbar.motion.domain.MotionImport;

@IntegrationTest
class UnpreparedMotionsReportTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    MotionImport imports;

    @Test
    void theReportListsUndecidedMotionsWithDeadlinesAsPageCsvAndTaggedPdf() throws Exception {
        mvc.perform(get("/motions/unprepared").param("asOf", "2026-11-23").with(as("clerk")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Sveriges mest hållbara kommun")))
                .andExpect(content().string(Matchers.containsString("Väntar på remissvar från Fritids- och folkhälsonämnden")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("Digital anslagstavla"))));

        mvc.perform(get("/motions/unprepared.csv").param("asOf", "2026-11-23").with(as("clerk")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(
                        "\"2024.1 KS\";\"Sveriges mest hållbara kommun\";\"Sanna Dabolins (V)\";\"2024-10-01\";\"2025-10-01\";\"På remiss\"")));

        byte[] pdf = mvc.perform(get("/motions/unprepared.pdf").param("asOf", "2026-11-23").with(as("clerk")))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).as("tagged").isTrue();
            assertThat(document.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("sv");
            assertThat(document.getDocumentInformation().getTitle()).startsWith("Redovisning av motioner");
            assertThat(new PDFTextStripper().getText(document)).contains("Sveriges mest hållbara kommun", "2025-10-01");
        }
    }

    @Test
    void onlyClerksSeeTheReport() throws Exception {
        mvc.perform(get("/motions/unprepared").with(as("councillor"))).andExpect(status().isForbidden());
        mvc.perform(get("/motions/unprepared.pdf").with(as("official"))).andExpect(status().isForbidden());
    }

    @Test
    void theCouncilsChoiceIsRecordedAndAWriteOffEndsTheMotion() throws Exception {
        long kept = registeredMotion("Fortsätter beredas");
        long writtenOff = registeredMotion("Avskrivs av fullmäktige");

        mvc.perform(post("/motions/" + kept + "/council-choice").with(csrf()).with(as("clerk"))
                        .param("choice", "CONTINUE").param("decidedOn", "2026-04-20"))
                .andExpect(redirectedUrl("/motions/unprepared"));
        mvc.perform(post("/motions/" + writtenOff + "/council-choice").with(csrf()).with(as("clerk"))
                        .param("choice", "WRITE_OFF").param("decidedOn", "2026-04-20"))
                .andExpect(redirectedUrl("/motions/unprepared"));

        assertThat(jdbc.queryForObject("select status from motion where id = ?", String.class, kept)).isEqualTo("REGISTERED");
        assertThat(jdbc.queryForObject("select status || ' ' || decided_on from motion where id = ?", String.class, writtenOff))
                .isEqualTo("WRITTEN_OFF 2026-04-20");
        assertThat(jdbc.queryForList("select choice from motion_council_choice where motion_id in (?, ?) order by motion_id",
                String.class, kept, writtenOff)).containsExactly("CONTINUE", "WRITE_OFF");

        // a written-off motion cannot be written off again, and leaves the report
        mvc.perform(post("/motions/" + writtenOff + "/council-choice").with(csrf()).with(as("clerk"))
                        .param("choice", "WRITE_OFF").param("decidedOn", "2026-04-21"))
                .andExpect(status().isConflict());
        mvc.perform(get("/motions/unprepared").with(as("clerk")))
                .andExpect(content().string(Matchers.containsString("Fortsätter beredas")))
                .andExpect(content().string(Matchers.containsString("Fortsatt beredning 2026-04-20")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("Avskrivs av fullmäktige"))));
    }

    private long registeredMotion(String title) {
        long person = jdbc.queryForObject("select id from person where last_name = 'Thim'", Long.class);
        long clerk = jdbc.queryForObject("select id from user_account where username = 'clerk'", Long.class);
        long motion = imports.draft(clerk, person, new MotionDraft(title, "Text.", List.of("att något görs"),
                jdbc.queryForObject("select id from body where abbreviation = 'KF'", Long.class), Set.of(),
                new MotionDraft.Contact("Thomas", "Thim", null, null)), Instant.parse("2025-01-10T09:00:00Z"));
        imports.submit(motion, Instant.parse("2025-01-10T09:05:00Z"));
        imports.register(motion, clerk, new Registration(LocalDate.of(2025, 1, 10), "Thomas Thim (M)", null),
                Instant.parse("2025-01-15T09:00:00Z"));
        return motion;
    }

    private RequestPostProcessor as(String username) {
        return user(accounts.loadUserByUsername(username));
    }
}
