package se.sparbar.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import se.sparbar.IntegrationTest;

/**
 * Attached files end to end against PostgreSQL: a clerk attaches a PDF to a case; the public sees it
 * on the case page, downloads the same bytes, finds its text in search and in the open data; the
 * clerk depublishes it and it is 410, gone from search and deleted in OParl — in one transaction.
 */
@IntegrationTest
class AttachedFilesTest {

    static final String API = "http://localhost:8080/oparl/v1";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService accounts;

    RequestPostProcessor as(String username) {
        return user(accounts.loadUserByUsername(username));
    }

    /** A word no text in the database contains: letters only, so that search treats it as one word. */
    static String plantedWord() {
        Random random = new Random();
        StringBuilder word = new StringBuilder("zorblik");
        for (int i = 0; i < 8; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }

    long auditCase() {
        return jdbc.queryForObject("select id from case_file where title = 'Granskning av Beställar-utförarmodellen i Borås Stad'", Long.class);
    }

    @Test
    void aClerkAttachesAPdfThePublicReadsFindsItAndLosesItWhenDepublished() throws Exception {
        long caseId = auditCase();
        String word = plantedWord();
        byte[] pdf = TestPdfs.pdf(2, "Bilaga om " + word + " och styrmodellen");
        MockMultipartFile file = new MockMultipartFile("file", "Bilaga 3.pdf", "application/octet-stream", pdf);

        mvc.perform(get("/cases/" + caseId + "/files/new").with(as("clerk"))).andExpect(status().isOk());
        String redirect = mvc.perform(multipart("/cases/" + caseId + "/files").file(file).param("name", "Bilaga 3 " + word)
                        .with(csrf()).with(as("clerk")))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(redirect).isEqualTo("/cases/" + caseId + "#files");
        long id = jdbc.queryForObject("select max(id) from attached_file where case_id = ?", Long.class, caseId);
        assertThat(jdbc.queryForObject("select media_type from attached_file where id = ?", String.class, id)).isEqualTo("application/pdf");

        String page = mvc.perform(get("/cases/" + caseId)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Bilaga 3 " + word, "href=\"/files/" + id + "\"", "href=\"/files/" + id + "/download\"", "PDF")
                .doesNotContain("/files/" + id + "/depublish");

        var inline = mvc.perform(get("/files/" + id)).andExpect(status().isOk()).andReturn().getResponse();
        assertThat(inline.getContentAsByteArray()).isEqualTo(pdf);
        assertThat(inline.getContentType()).isEqualTo("application/pdf");
        assertThat(inline.getHeader("Content-Disposition")).startsWith("inline").contains("Bilaga 3.pdf");
        String sha512 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-512").digest(pdf));
        assertThat(jdbc.queryForObject("select sha512 from attached_file where id = ?", String.class, id)).isEqualTo(sha512);
        String etag = inline.getHeader("ETag");
        assertThat(etag).isEqualTo("\"" + sha512.substring(0, 40) + "\"");
        mvc.perform(get("/files/" + id).header("If-None-Match", etag)).andExpect(status().isNotModified());
        var download = mvc.perform(get("/files/" + id + "/download")).andExpect(status().isOk()).andReturn().getResponse();
        assertThat(download.getHeader("Content-Disposition")).startsWith("attachment");
        assertThat(download.getContentLength()).isEqualTo(pdf.length);

        assertThat(search(word, null)).contains("href=\"/files/" + id + "\"");

        JsonNode object = oparl("/files/" + id);
        assertThat(object.get("type").asText()).isEqualTo("https://schema.oparl.org/1.1/File");
        assertThat(object.get("size").asLong()).isEqualTo(pdf.length);
        assertThat(object.get("sha512Checksum").asText()).isEqualTo(sha512);
        assertThat(object.get("mimeType").asText()).isEqualTo("application/pdf");
        assertThat(object.get("accessUrl").asText()).isEqualTo("http://localhost:8080/files/" + id);
        assertThat(object.get("downloadUrl").asText()).isEqualTo("http://localhost:8080/files/" + id + "/download");
        String modifiedBefore = object.get("modified").asText();

        // the clerk depublishes it, with a reason
        String clerkPage = mvc.perform(get("/cases/" + caseId).with(as("clerk"))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(clerkPage).contains("/files/" + id + "/depublish");
        mvc.perform(post("/files/" + id + "/depublish").with(csrf()).with(as("clerk")).param("reason", "").param("version", "0"))
                .andExpect(status().isOk());
        assertThat(jdbc.queryForObject("select deleted from attached_file where id = ?", Boolean.class, id)).isFalse();
        long version = jdbc.queryForObject("select version from attached_file where id = ?", Long.class, id);
        mvc.perform(post("/files/" + id + "/depublish").with(csrf()).with(as("clerk"))
                        .param("reason", "Innehöll personuppgifter").param("version", String.valueOf(version)))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get("/files/" + id)).andExpect(status().isGone());
        mvc.perform(get("/files/" + id + "/download")).andExpect(status().isGone());
        assertThat(search(word, null)).doesNotContain("/files/" + id);
        assertThat(jdbc.queryForObject("select count(*) from search_entry where kind = 'FILE' and record_id = ?", Long.class, id)).isZero();
        String publicPage = mvc.perform(get("/cases/" + caseId)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(publicPage).doesNotContain("/files/" + id);
        assertThat(jdbc.queryForObject("""
                select deleted_reason from attached_file_aud where id = ? and deleted order by rev desc limit 1""", String.class, id))
                .isEqualTo("Innehöll personuppgifter");
        String history = mvc.perform(get("/history/AttachedFile/" + id).with(as("clerk"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(history).contains("Innehöll personuppgifter");

        JsonNode list = oparl("/files?modified_since=" + java.net.URLEncoder.encode(modifiedBefore, StandardCharsets.UTF_8));
        JsonNode deleted = null;
        for (JsonNode item : list.get("data")) {
            if (item.get("id").asText().equals(API + "/files/" + id)) {
                deleted = item;
            }
        }
        assertThat(deleted).as("the depublished file in the list of what changed").isNotNull();
        assertThat(deleted.get("deleted").asBoolean()).isTrue();
        JsonNode unfiltered = oparl("/files?limit=1000");
        assertThat(unfiltered.toString()).doesNotContain(API + "/files/" + id + "\"");
        // a second depublishing is refused with a reason
        mvc.perform(post("/files/" + id + "/depublish").with(csrf()).with(as("clerk")).param("reason", "igen")
                .param("version", String.valueOf(version + 1))).andExpect(status().isConflict());
    }

    @Test
    void aDraftMotionsFileIsItsFilersOnlyAndNeverPublic() throws Exception {
        long draft = jdbc.queryForObject("""
                select max(m.id) from motion m join user_account u on u.id = m.filed_by
                where m.status = 'DRAFT' and u.username = 'councillor'""", Long.class);
        String word = plantedWord();
        mvc.perform(multipart("/motions/" + draft + "/files").file(new MockMultipartFile("file", "utkast.pdf", "application/pdf",
                TestPdfs.pdf(1, "Utkast " + word))).with(csrf()).with(as("councillor"))).andExpect(status().is3xxRedirection());
        long id = jdbc.queryForObject("select max(id) from attached_file where motion_id = ?", Long.class, draft);

        mvc.perform(get("/files/" + id)).andExpect(status().isNotFound());
        mvc.perform(get("/files/" + id).with(as("clerk"))).andExpect(status().isNotFound());
        mvc.perform(get("/files/" + id).with(as("councillor2"))).andExpect(status().isNotFound());
        mvc.perform(get("/files/" + id).with(as("councillor"))).andExpect(status().isOk());
        String motionPage = mvc.perform(get("/motions/" + draft).with(as("councillor"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(motionPage).contains("Bilagor", "href=\"/files/" + id + "\"", "/motions/" + draft + "/files/new");
        assertThat(search(word, null)).doesNotContain("/files/" + id);
        assertThat(search(word, "councillor")).contains("/files/" + id);
        assertThat(oparlStatus("/files/" + id)).isEqualTo(404);
        // someone else's draft does not exist for her; a clerk attaches nothing to a draft
        mvc.perform(get("/motions/" + draft + "/files/new").with(as("councillor2"))).andExpect(status().isNotFound());
        mvc.perform(get("/motions/" + draft + "/files/new").with(as("clerk"))).andExpect(status().isNotFound());
    }

    @Test
    void anEmptyOrUnsupportedFileIsAFieldErrorWithTheNameKeptAndNothingStored() throws Exception {
        long caseId = auditCase();
        long before = jdbc.queryForObject("select count(*) from attached_file", Long.class);
        String empty = mvc.perform(multipart("/cases/" + caseId + "/files").file(new MockMultipartFile("file", "tom.pdf", "application/pdf", new byte[0]))
                        .param("name", "Mitt namn").with(csrf()).with(as("clerk")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(empty).contains("Välj en fil. En tom fil kan inte bifogas.", "value=\"Mitt namn\"", "error-summary");
        String noFile = mvc.perform(multipart("/cases/" + caseId + "/files").param("name", "Utan fil").with(csrf()).with(as("clerk")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(noFile).contains("Välj en fil.");
        String fake = mvc.perform(multipart("/cases/" + caseId + "/files").file(new MockMultipartFile("file", "falsk.pdf", "application/pdf",
                        "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8))).param("name", "Falsk").with(csrf()).with(as("clerk")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(fake).contains("Filtypen stöds inte.");
        String english = mvc.perform(multipart("/cases/" + caseId + "/files").file(new MockMultipartFile("file", "tom.pdf", "application/pdf", new byte[0]))
                        .param("lang", "en").with(csrf()).with(as("clerk")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(english).contains("Choose a file.");
        byte[] big = new byte[21 * 1024 * 1024];
        System.arraycopy(TestPdfs.pdf(1, "stor"), 0, big, 0, 100);
        String tooBig = mvc.perform(multipart("/cases/" + caseId + "/files").file(new MockMultipartFile("file", "stor.pdf", "application/pdf", big))
                        .with(csrf()).with(as("clerk")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(tooBig).contains("Filen är större än 20 MB.");
        assertThat(jdbc.queryForObject("select count(*) from attached_file", Long.class)).isEqualTo(before);
    }

    @Test
    void onlyAClerkAttachesToACaseAndOnlyWithTheFormsToken() throws Exception {
        long caseId = auditCase();
        MockMultipartFile file = new MockMultipartFile("file", "x.pdf", "application/pdf", TestPdfs.pdf(1, "x"));
        mvc.perform(multipart("/cases/" + caseId + "/files").file(file).with(csrf()).with(as("councillor"))).andExpect(status().isForbidden());
        mvc.perform(multipart("/cases/" + caseId + "/files").file(file).with(csrf()).with(as("official"))).andExpect(status().isForbidden());
        mvc.perform(multipart("/cases/" + caseId + "/files").file(file).with(as("clerk"))).andExpect(status().isForbidden());
        mvc.perform(multipart("/cases/" + caseId + "/files").file(file).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(get("/cases/999999999/files/new").with(as("clerk"))).andExpect(status().isNotFound());
        mvc.perform(get("/files/999999999")).andExpect(status().isNotFound());
        long id = jdbc.queryForObject("select min(id) from attached_file where case_id is not null", Long.class);
        mvc.perform(get("/files/" + id + "/depublish").with(as("councillor"))).andExpect(status().isForbidden());
        mvc.perform(post("/files/" + id + "/depublish").with(csrf()).with(as("official")).param("reason", "x").param("version", "0"))
                .andExpect(status().isForbidden());
    }

    @Test
    void theDemoShowsSeed002sBasisDocumentsOnTheAuditReportCase() throws Exception {
        // a clerk's case page lists every file (other tests may have depublished one: it is listed, marked)
        String page = mvc.perform(get("/cases/" + auditCase()).with(as("clerk"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("id=\"files-heading\"", ">Missiv<", ">Granskning av beställar-utförarmodellen<");
        var missiv = jdbc.queryForMap("""
                select f.id, f.media_type, f.extracted_text, c.content from attached_file f
                join attached_file_content c on c.file_id = f.id where f.name = 'Missiv' and f.case_id = ?""", auditCase());
        assertThat(missiv.get("media_type")).isEqualTo("application/pdf");
        assertThat(new String((byte[]) missiv.get("content"), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat((String) missiv.get("extracted_text")).contains("partsammansatt grupp");
        // the statement's numbered basis links "Missiv" to the case's file of that name
        assertThat(page).contains("href=\"/files/" + missiv.get("id") + "\">Missiv (PDF)</a>");
        // seed 003's basis document on KS § 140, whose minutes are posted: public on the paragraph's page
        var tjansteskrivelse = jdbc.queryForMap("""
                select f.id, f.paragraph_id from attached_file f join minutes_paragraph p on p.id = f.paragraph_id
                where p.number = 140 and f.name like 'Tjänsteskrivelse%'""");
        String paragraph = mvc.perform(get("/paragraphs/" + tjansteskrivelse.get("paragraph_id"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(paragraph).contains("Handlingar i beslutsunderlaget", "href=\"/files/" + tjansteskrivelse.get("id") + "\"");
        mvc.perform(get("/files/" + tjansteskrivelse.get("id"))).andExpect(status().isOk());
    }

    private String search(String word, String username) throws Exception {
        var request = get("/search").param("q", word);
        if (username != null) {
            request.with(as(username));
        }
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private JsonNode oparl(String path) throws Exception {
        var response = mvc.perform(get(URI.create(API + path))).andExpect(status().isOk()).andReturn().getResponse();
        return new ObjectMapper().readTree(response.getContentAsString(StandardCharsets.UTF_8));
    }

    private int oparlStatus(String path) throws Exception {
        return mvc.perform(get(URI.create(API + path))).andReturn().getResponse().getStatus();
    }
}
