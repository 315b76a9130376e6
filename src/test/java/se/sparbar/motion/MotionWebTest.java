package se.sparbar.motion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.nio.charset.StandardCharsets;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import se.sparbar.IntegrationTest;

@IntegrationTest
class MotionWebTest {

    @Autowired
    java.time.Clock clock;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService accounts;

    @Test
    void aSubmittedMotionNotYetRegisteredIsOnTheClerksDeadlineListWhenPastItsDeadline() throws Exception {
        // seed 000: submitted 2025-03-21, deadline 2026-03-21, never registered
        mvc.perform(get("/dashboard").with(as("clerk")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Beslutas senast " + "2026-03-21")));
    }

    @Test
    void aCouncillorFilesADraftAndSubmitsIt() throws Exception {
        long motion = fileDraft("Fler cykelställ vid stationen");
        mvc.perform(post("/motions/" + motion + "/submit").with(csrf()).with(as("councillor")))
                .andExpect(redirectedUrlPattern("/motions/*"));
        assertThat(jdbc.queryForObject("select status from motion where id = ?", String.class, motion)).isEqualTo("SUBMITTED");
        assertThat(jdbc.queryForObject("select deadline_on - submitted_at::date from motion where id = ?", Integer.class, motion))
                .isBetween(365, 366);
    }

    @Test
    void emptyTitleTextAndProposalsAreFieldErrorsWithEverythingKept() throws Exception {
        long before = count();
        mvc.perform(post("/motions").with(csrf()).with(as("councillor"))
                        .param("title", " ").param("text", "").param("proposals[0]", "")
                        .param("addressedBodyId", body("KF")).param("contactFirstName", "Frida").param("contactLastName", "Sigfrids")
                        .param("contactPhone", "040 591 0874"))
                .andExpect(status().isOk())
                .andExpect(view().name("motion/form"))
                .andExpect(model().attributeHasFieldErrorCode("form", "title", "NotBlank"))
                .andExpect(model().attributeHasFieldErrorCode("form", "text", "NotBlank"))
                .andExpect(model().attributeHasFieldErrorCode("form", "proposals[0]", "motion.proposals.required"))
                .andExpect(model().attribute("form", Matchers.hasProperty("contactPhone", Matchers.is("040 591 0874"))));
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void overlongTitleAndTextAreFieldErrors() throws Exception {
        mvc.perform(draftPost("x".repeat(301), "y".repeat(100_001)))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "title", "Size"))
                .andExpect(model().attributeHasFieldErrorCode("form", "text", "Size"));
    }

    @Test
    void htmlInAMotionIsShownAsTextNeverRun() throws Exception {
        long motion = fileDraft("<script>alert('x')</script>");
        mvc.perform(get("/motions/" + motion).with(as("councillor")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("<script>alert"))));
    }

    @Test
    void anotherCouncillorCannotEditSubmitOrSeeSomeonesDraft() throws Exception {
        long motion = fileDraft("Utkast som ingen annan ser");
        mvc.perform(post("/motions/" + motion).with(csrf()).with(as("councillor2"))
                        .param("title", "Kapad").param("text", "Kapad").param("proposals[0]", "att kapa")
                        .param("addressedBodyId", body("KF")).param("contactFirstName", "H").param("contactLastName", "Ä"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/motions/" + motion + "/submit").with(csrf()).with(as("councillor2"))).andExpect(status().isForbidden());
        mvc.perform(get("/motions/" + motion).with(as("councillor2"))).andExpect(status().isNotFound());
        assertThat(jdbc.queryForObject("select title from motion where id = ?", String.class, motion)).isEqualTo("Utkast som ingen annan ser");
    }

    @Test
    void onlyTheFirstSignatoryWithdrawsAndTheMotionStaysOnRecord() throws Exception {
        long motion = fileDraft("Återtas av förslagsställaren");
        mvc.perform(post("/motions/" + motion + "/submit").with(csrf()).with(as("councillor")));
        mvc.perform(get("/motions/" + motion + "/withdraw").with(as("councillor2"))).andExpect(status().isForbidden());
        mvc.perform(get("/motions/" + motion + "/withdraw").with(as("councillor")))
                .andExpect(status().isOk())
                .andExpect(view().name("motion/withdraw"));
        mvc.perform(post("/motions/" + motion + "/withdraw").with(csrf()).with(as("councillor2"))).andExpect(status().isForbidden());
        mvc.perform(post("/motions/" + motion + "/withdraw").with(csrf()).with(as("clerk"))).andExpect(status().isForbidden());
        mvc.perform(post("/motions/" + motion + "/withdraw").with(csrf()).with(as("councillor")))
                .andExpect(redirectedUrlPattern("/motions/*"));
        assertThat(jdbc.queryForObject("select status from motion where id = ?", String.class, motion)).isEqualTo("WITHDRAWN");
        mvc.perform(get("/motions/" + motion).with(as("official")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Återtagen")));
    }

    @Test
    void aClerkIsNotOfferedToWithdrawAMotionTheyEnteredForSomeoneElse() throws Exception {
        long imported = jdbc.queryForObject("select id from motion where title = 'Sveriges mest hållbara kommun'", Long.class);
        mvc.perform(get("/motions/" + imported).with(as("clerk")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString("/withdraw"))));
    }

    @Test
    void aSubmittedMotionsTextCannotBeEdited() throws Exception {
        long motion = fileDraft("Inlämnad och låst");
        mvc.perform(post("/motions/" + motion + "/submit").with(csrf()).with(as("councillor")));
        long version = jdbc.queryForObject("select version from motion where id = ?", Long.class, motion);
        mvc.perform(post("/motions/" + motion).with(csrf()).with(as("councillor"))
                        .param("title", "Ändrad i efterhand").param("text", "Ny text").param("proposals[0]", "att ändra")
                        .param("addressedBodyId", body("KF")).param("contactFirstName", "Frida").param("contactLastName", "Sigfrids")
                        .param("version", Long.toString(version)))
                .andExpect(status().isConflict())
                .andExpect(model().attribute("reasonKey", "motion.refused.notDraft"));
        assertThat(jdbc.queryForObject("select title from motion where id = ?", String.class, motion)).isEqualTo("Inlämnad och låst");
    }

    @Test
    void onlyClerksRegisterAndASecondRegistrationIsAConflictWithTheReason() throws Exception {
        long motion = fileDraft("Registreras en gång");
        mvc.perform(post("/motions/" + motion + "/submit").with(csrf()).with(as("councillor")));
        mvc.perform(post("/motions/" + motion + "/register").with(csrf()).with(as("councillor"))
                        .param("receivedOn", "2026-11-23").param("sender", "Frida Sigfrids"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/motions/" + motion + "/register").with(csrf()).with(as("clerk"))
                        .param("receivedOn", "2026-11-23").param("sender", "Frida Sigfrids").param("summary", "Kort"))
                .andExpect(redirectedUrlPattern("/motions/*"));
        mvc.perform(post("/motions/" + motion + "/register").with(csrf()).with(as("clerk"))
                        .param("receivedOn", "2026-11-23").param("sender", "Frida Sigfrids"))
                .andExpect(status().isConflict())
                .andExpect(model().attribute("reasonKey", "motion.refused.alreadyRegistered"));
        assertThat(jdbc.queryForObject("select count(*) from case_file where title = 'Registreras en gång'", Integer.class)).isEqualTo(1);
    }

    @Test
    void aFileThatIsNotAPdfIsRefusedBesideTheFieldAndNothingIsStored() throws Exception {
        long[] ids = referredMotion("Yttrande med fel fil");
        long documentsBefore = jdbc.queryForObject("select count(*) from attached_file", Long.class);
        mvc.perform(statement(ids, -1, new MockMultipartFile("basis[0].file", "rapport.pdf", "application/pdf",
                        "<html>not a pdf</html>".getBytes(StandardCharsets.UTF_8))))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "basis[0].file", "files.error.UNSUPPORTED"))
                .andExpect(model().attribute("form", Matchers.hasProperty("fullText", Matchers.is("Hela ärendet."))));
        assertThat(jdbc.queryForObject("select count(*) from attached_file", Long.class)).isEqualTo(documentsBefore);
        assertThat(jdbc.queryForObject("select count(*) from statement where referral_id = ?", Long.class, ids[1])).isZero();
    }

    @Test
    void aPdfOverTwentyMegabytesIsRefusedBesideTheField() throws Exception {
        long[] ids = referredMotion("Yttrande med för stor fil");
        byte[] large = new byte[20 * 1024 * 1024 + 1];
        System.arraycopy("%PDF-1.4".getBytes(StandardCharsets.US_ASCII), 0, large, 0, 8);
        mvc.perform(statement(ids, -1, new MockMultipartFile("basis[0].file", "stor.pdf", "application/pdf", large)))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "basis[0].file", "files.error.TOO_LARGE"));
        assertThat(jdbc.queryForObject("select count(*) from statement where referral_id = ?", Long.class, ids[1])).isZero();
    }

    @Test
    void aPdfIsStoredAndTwoClerksSavingTheSameStatementDoNotOverwriteEachOther() throws Exception {
        long[] ids = referredMotion("Yttrande som två sparar");
        mvc.perform(statement(ids, -1, new MockMultipartFile("basis[0].file", "missiv.pdf", "application/pdf",
                        "%PDF-1.4 minimal".getBytes(StandardCharsets.US_ASCII))))
                .andExpect(redirectedUrlPattern("/motions/*"));
        // the basis PDF is one of the case's attached files, public with the case, at /files/{id}
        long fileId = jdbc.queryForObject("select b.file_id from statement_basis_item b join statement s on s.id = b.statement_id "
                + "where s.referral_id = ?", Long.class, ids[1]);
        assertThat(jdbc.queryForObject("select f.case_id = r.case_id from attached_file f, referral r where f.id = ? and r.id = ?",
                Boolean.class, fileId, ids[1])).isTrue();
        mvc.perform(get("/files/" + fileId)).andExpect(status().isOk()).andExpect(content().contentType("application/pdf"));

        // both clerks opened the empty form; the first has saved, the second is refused and keeps their text
        mvc.perform(statement(ids, -1, null, "Den andra handläggarens text."))
                .andExpect(status().isConflict())
                .andExpect(model().attribute("form", Matchers.hasProperty("fullText", Matchers.is("Den andra handläggarens text."))));
        assertThat(jdbc.queryForObject("select full_text from statement where referral_id = ?", String.class, ids[1])).isEqualTo("Hela ärendet.");
    }

    @Test
    void theListAndItsCsvShowSubmittedMotionsButNoDrafts() throws Exception {
        fileDraft("Hemligt utkast i listan");
        String frida = jdbc.queryForObject("select id from person where last_name = 'Sigfrids'", Long.class).toString();
        mvc.perform(get("/motions").param("filer", frida).param("year", "2025").with(as("official")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Borgå bör utreda ibruktagandet av Alliansmodellen")));
        // the CSV has every row of the filter, not a page: the draft is not among them
        mvc.perform(get("/motions.csv").param("filer", frida).with(as("official")))
                .andExpect(status().isOk())
                .andExpect(content().contentType("text/csv;charset=UTF-8"))
                .andExpect(content().string(Matchers.containsString("\"Borgå bör utreda ibruktagandet av Alliansmodellen\";\"Inlämnad\"")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("Hemligt utkast i listan"))))
                .andExpect(content().string(Matchers.not(Matchers.containsString("040 591 0874"))));
    }

    private MockMultipartHttpServletRequestBuilder statement(long[] ids, long version, MockMultipartFile file) {
        return statement(ids, version, file, "Hela ärendet.");
    }

    private MockMultipartHttpServletRequestBuilder statement(long[] ids, long version, MockMultipartFile file, String fullText) {
        long caseId = jdbc.queryForObject("select case_id from referral where id = ?", Long.class, ids[1]);
        var request = multipart("/cases/" + caseId + "/referrals/" + ids[1] + "/statement");
        request.param("back", "/motions/" + ids[0]);
        if (file != null) {
            request.file(file);
        }
        return request.with(csrf()).with(as("clerk"))
                .param("bodyDecisionText", "Servicenämnden avger yttrande.").param("decidedOn", "2026-11-20")
                .param("fullText", fullText).param("basis[0].title", "Missiv")
                .param("signatories[0].name", "Micael Svensson").param("signatories[0].title", "Ordförande")
                .param("version", Long.toString(version));
    }

    /** A registered motion referred to Servicenämnden: {motion id, referral id}. */
    private long[] referredMotion(String title) throws Exception {
        long motion = fileDraft(title);
        mvc.perform(post("/motions/" + motion + "/submit").with(csrf()).with(as("councillor")));
        mvc.perform(post("/motions/" + motion + "/register").with(csrf()).with(as("clerk"))
                .param("receivedOn", "2026-11-23").param("sender", "Frida Sigfrids"));
        mvc.perform(post("/motions/" + motion + "/referrals").with(csrf()).with(as("clerk"))
                        .param("bodyIds", body("SN")).param("dueOn", java.time.LocalDate.now(clock).plusMonths(2).toString()))
                .andExpect(redirectedUrlPattern("/motions/*"));
        long referral = jdbc.queryForObject("select r.id from referral r join motion m on m.case_id = r.case_id where m.id = ?", Long.class, motion);
        return new long[] {motion, referral};
    }

    private long fileDraft(String title) throws Exception {
        String location = mvc.perform(draftPost(title, "Motionens text.\n\nAndra stycket."))
                .andExpect(redirectedUrlPattern("/motions/*"))
                .andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    private MockHttpServletRequestBuilder draftPost(String title, String text) {
        return post("/motions").with(csrf()).with(as("councillor"))
                .param("title", title).param("text", text).param("proposals[0]", "att kommunen utreder frågan")
                .param("addressedBodyId", body("KF")).param("contactFirstName", "Frida").param("contactLastName", "Sigfrids");
    }

    private RequestPostProcessor as(String username) {
        return user(accounts.loadUserByUsername(username));
    }

    private String body(String abbreviation) {
        return jdbc.queryForObject("select id from body where abbreviation = ?", Long.class, abbreviation).toString();
    }

    private long count() {
        return jdbc.queryForObject("select count(*) from motion", Long.class);
    }
}
