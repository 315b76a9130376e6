package se.sparbar.security;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import se.sparbar.IntegrationTest;

/** Anyone reads the record without logging in, and never sees a councillor's phone number or e-mail. */
@IntegrationTest
class PublicRecordTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aSubmittedMotionIsPublicButItsContactDetailsAreNot() throws Exception {
        long borga = jdbc.queryForObject("select id from motion where title like 'Borgå bör utreda%'", Long.class);
        mvc.perform(get("/motions/" + borga))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Alliansmodellen")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("040 591 0874"))))
                .andExpect(content().string(Matchers.not(Matchers.containsString("fridasigfrids@gmail.com"))))
                .andExpect(content().string(Matchers.not(Matchers.containsString("/withdraw"))));
        mvc.perform(get("/motions")).andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString("fridasigfrids@gmail.com"))));
        mvc.perform(get("/motions.csv")).andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString("040 591 0874"))));
    }

    @Test
    void draftsStayPrivate() throws Exception {
        long draft = jdbc.queryForObject("select id from motion where title = 'Laddplatser vid kommunens förskolor'", Long.class);
        mvc.perform(get("/motions/" + draft)).andExpect(status().isNotFound());
    }

    @Test
    void theRegisterOfGoverningDocumentsIsPublic() throws Exception {
        mvc.perform(get("/governing-documents")).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Styrmodell för Alingsås kommun 2024")));
        mvc.perform(get("/governing-documents/due")).andExpect(status().isOk());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/motions/new", "/motions/unprepared", "/motions/unprepared.pdf", "/governing-documents/new",
            "/motions/1/register", "/governing-documents/1/edit"})
    void workingPagesStillNeedALogin(String path) throws Exception {
        mvc.perform(get(path)).andExpect(redirectedUrl("/login"));
    }
}
