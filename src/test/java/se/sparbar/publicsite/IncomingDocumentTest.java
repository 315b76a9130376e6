package se.sparbar.publicsite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import se.sparbar.IntegrationTest;
import se.sparbar.files.TestPdfs;

/**
 * A clerk registers an incoming document onto an existing case — type, sender, date received,
 * summary, files — and it is on the case's timeline, in its record and among its documents, for
 * the public too; a refused file leaves nothing stored; only clerks register.
 */
@IntegrationTest
class IncomingDocumentTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService accounts;

    RequestPostProcessor as(String username) {
        return user(accounts.loadUserByUsername(username));
    }

    /** A case of this test's own, registered through the form. */
    long newCase(String title) throws Exception {
        long ks = jdbc.queryForObject("select id from body where abbreviation = 'KS'", Long.class);
        String location = mvc.perform(multipart("/cases").with(csrf()).with(as("clerk")).param("type", "ADMINISTRATIVE")
                        .param("title", title).param("sender", "Kommunledningskontoret").param("receivedOn", "2026-10-01")
                        .param("ownerBodyId", String.valueOf(ks)))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    MockMultipartHttpServletRequestBuilder incoming(long caseId, MockMultipartFile... files) {
        var request = multipart("/cases/" + caseId + "/incoming");
        for (MockMultipartFile file : files) {
            request.file(file);
        }
        return request;
    }

    @Test
    void aSupplementWithTwoFilesIsOnTheTimelineInTheRecordAndReadByThePublic() throws Exception {
        long caseId = newCase("Översyn av lokalförsörjningen");
        mvc.perform(get("/cases/" + caseId + "/incoming/new").with(as("clerk"))).andExpect(status().isOk());
        assertThat(mvc.perform(get("/cases/" + caseId).with(as("clerk"))).andReturn().getResponse().getContentAsString())
                .contains("/cases/" + caseId + "/incoming/new");

        var letter = new MockMultipartFile("file", "Komplettering.pdf", "application/pdf", TestPdfs.pdf(1, "Komplettering om lokalerna"));
        var annex = new MockMultipartFile("file", "Bilaga lokalplan.pdf", "application/octet-stream", TestPdfs.pdf(2, "Lokalplan 2027"));
        String redirect = mvc.perform(incoming(caseId, letter, annex).with(csrf()).with(as("clerk")).param("type", "SUPPLEMENT")
                        .param("sender", "Lokalförsörjningsförvaltningen").param("receivedOn", "2026-11-24")
                        .param("summary", "Kompletterande underlag om skolornas lokalbehov."))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long documentId = jdbc.queryForObject("select id from case_document where case_id = ?", Long.class, caseId);
        assertThat(redirect).isEqualTo("/cases/" + caseId + "#document-" + documentId);
        assertThat(jdbc.queryForObject("select document_type || ' ' || sender || ' ' || received_on from case_document where id = ?",
                String.class, documentId)).isEqualTo("SUPPLEMENT Lokalförsörjningsförvaltningen 2026-11-24");
        assertThat(jdbc.queryForList("""
                select f.file_name from case_document_file l join attached_file f on f.id = l.file_id
                where l.document_id = ? and f.case_id = ? order by f.id""", String.class, documentId, caseId))
                .containsExactly("Komplettering.pdf", "Bilaga lokalplan.pdf");
        // in the record, public, dated the day it was received
        assertThat(jdbc.queryForObject("""
                select audience || ' ' || event_date || ' ' || (details ->> 'documentType') || ' ' || (details ->> 'files')
                from record_event where kind = 'DOCUMENT_REGISTERED' and case_id = ?""", String.class, caseId))
                .isEqualTo("PUBLIC 2026-11-24 SUPPLEMENT 2");
        // in the audit trail
        assertThat(jdbc.queryForObject("select count(*) from case_document_aud where id = ?", Integer.class, documentId)).isEqualTo(1);

        // the public reads it on the case page: on the timeline (in date order, after registration) and with its files
        String page = mvc.perform(get("/cases/" + caseId)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        String timeline = page.substring(page.indexOf("id=\"timeline-heading\""), page.indexOf("</ol>", page.indexOf("id=\"timeline-heading\"")));
        assertThat(timeline).contains("Komplettering inkom från", "href=\"#document-" + documentId + "\"",
                "Lokalförsörjningsförvaltningen – Kompletterande underlag om skolornas lokalbehov.");
        assertThat(timeline.indexOf("Inkom")).isLessThan(timeline.indexOf("Komplettering inkom från"));
        String section = page.substring(page.indexOf("id=\"document-" + documentId + "\""));
        assertThat(section).contains("Komplettering", "inkom 2026-11-24 från Lokalförsörjningsförvaltningen", "Komplettering.pdf",
                "Bilaga lokalplan.pdf");
        assertThat(page).doesNotContain("/incoming/new");
        long fileId = jdbc.queryForObject("select file_id from case_document_file where document_id = ? order by file_id limit 1",
                Long.class, documentId);
        mvc.perform(get("/files/" + fileId)).andExpect(status().isOk());
    }

    @Test
    void aRefusedFileLeavesNothingStoredAndTheInputIsKept() throws Exception {
        long caseId = newCase("Ärende med en falsk pdf");
        var good = new MockMultipartFile("file", "Skrivelse.pdf", "application/pdf", TestPdfs.pdf(1, "Skrivelse"));
        var fake = new MockMultipartFile("file", "skript.pdf", "application/pdf", "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8));
        String page = mvc.perform(incoming(caseId, good, fake).with(csrf()).with(as("clerk")).param("type", "LETTER")
                        .param("sender", "Boende i Norrby").param("receivedOn", "2026-11-25").param("summary", "Synpunkter om planen"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("id=\"file-error\"", "value=\"Boende i Norrby\"", "Synpunkter om planen</textarea>");
        assertThat(jdbc.queryForObject("select count(*) from case_document where case_id = ?", Integer.class, caseId)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from attached_file where case_id = ?", Integer.class, caseId)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from record_event where kind = 'DOCUMENT_REGISTERED' and case_id = ?",
                Integer.class, caseId)).isZero();

        // missing fields and a date in the future: field errors, nothing stored
        String errors = mvc.perform(incoming(caseId).with(csrf()).with(as("clerk")).param("type", "NO_SUCH_TYPE")
                        .param("sender", " ").param("receivedOn", "2099-01-01"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(errors).contains("id=\"type-error\"", "id=\"sender-error\"", "id=\"receivedOn-error\"");
        assertThat(jdbc.queryForObject("select count(*) from case_document where case_id = ?", Integer.class, caseId)).isZero();

        // without files it is registered all the same (a letter on paper)
        mvc.perform(incoming(caseId).with(csrf()).with(as("clerk")).param("type", "LETTER").param("sender", "Boende i Norrby")
                .param("receivedOn", "2026-11-25")).andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select count(*) from case_document where case_id = ?", Integer.class, caseId)).isEqualTo(1);
    }

    @Test
    void onlyAClerkRegistersAndOnlyOntoACaseThatExists() throws Exception {
        long caseId = newCase("Ärende för behörigheter");
        mvc.perform(get("/cases/" + caseId + "/incoming/new")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/cases/" + caseId + "/incoming/new").with(as("councillor"))).andExpect(status().isForbidden());
        mvc.perform(incoming(caseId).with(csrf()).with(as("councillor")).param("type", "LETTER").param("sender", "X")
                .param("receivedOn", "2026-11-25")).andExpect(status().isForbidden());
        mvc.perform(incoming(caseId).with(as("clerk")).param("type", "LETTER").param("sender", "X")
                .param("receivedOn", "2026-11-25")).andExpect(status().isForbidden());
        mvc.perform(get("/cases/999999999/incoming/new").with(as("clerk"))).andExpect(status().isNotFound());
        mvc.perform(incoming(999_999_999L).with(csrf()).with(as("clerk")).param("type", "LETTER").param("sender", "X")
                .param("receivedOn", "2026-11-25")).andExpect(status().isNotFound());
        assertThat(jdbc.queryForObject("select count(*) from case_document where case_id = ?", Integer.class, caseId)).isZero();
    }
}
