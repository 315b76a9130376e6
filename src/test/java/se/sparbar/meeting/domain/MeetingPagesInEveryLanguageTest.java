package se.sparbar.meeting.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import se.sparbar.IntegrationTest;

/** Every meeting page renders in Swedish, English and Finnish with no missing text, and the record keeps its history. */
@IntegrationTest
class MeetingPagesInEveryLanguageTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    MeetingFixture fixture;

    @Test
    void noMissingTextsInAnyLanguage() throws Exception {
        long paragraph = fixture.jdbc.queryForObject("""
                select p.id from minutes_paragraph p join body b on b.id = p.body_id
                where b.abbreviation = 'KF' and p.paragraph_year = 2024 and p.number = 149""", Long.class);
        long meeting = fixture.jdbc.queryForObject("select meeting_id from minutes_paragraph where id = ?", Long.class, paragraph);
        long planned = fixture.jdbc.queryForObject("select max(id) from meeting where status = 'PLANNED' and place = 'Stadshuset, sessionssalen'",
                Long.class);
        Map<String, String> expected = Map.of("sv", "Anslagstavla", "en", "Notice board", "fi", "Ilmoitustaulu");
        for (String lang : List.of("sv", "en", "fi")) {
            for (String page : List.of("/notice-board", "/notice-board/archive", "/meetings", "/meetings/" + meeting, "/meetings/" + planned,
                    "/meetings/new", "/paragraphs/" + paragraph, "/paragraphs/" + paragraph + "/extract", "/meetings/" + meeting + "/minutes")) {
                String html = mvc.perform(get(page).param("lang", lang).with(user(accounts.loadUserByUsername("clerk"))))
                        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
                assertThat(html).as("%s in %s", page, lang).doesNotContain("??").contains(expected.get(lang));
            }
        }
        // the list filters keep what was chosen
        assertThat(mvc.perform(get("/meetings").param("status", "POSTED").with(user(accounts.loadUserByUsername("clerk"))))
                .andReturn().getResponse().getContentAsString()).containsPattern("value=\"POSTED\"\\s+selected=\"selected\"");
        assertThat(mvc.perform(get("/governing-documents").param("type", "PLAN")).andReturn().getResponse().getContentAsString())
                .containsPattern("value=\"PLAN\"\\s+selected=\"selected\"");
        String history = mvc.perform(get("/history/MinutesParagraph/" + paragraph).with(user(accounts.loadUserByUsername("clerk"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(history).contains("Ny styrmodell 2024");
    }
}
