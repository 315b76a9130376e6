package se.sparbar.publicsite;

import static org.assertj.core.api.Assertions.assertThat;
import static se.sparbar.Rendered.rendered;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import se.sparbar.IntegrationTest;
import se.sparbar.StatementCounter;

/** People's and bodies' public record, the start page, robots.txt and the sitemap. */
@IntegrationTest
class PublicRecordPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    String page(String url) throws Exception {
        return mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    /** The statements of a page as rendered for an anonymous reader (with a session: not from the public pages' cache). */
    long statementsFor(String url) throws Exception {
        StatementCounter.reset();
        mvc.perform(get(url).with(rendered())).andExpect(status().isOk());
        return StatementCounter.count();
    }

    @Test
    void aCouncillorsPageShowsPartyMembershipsMotionsVotesAndReservationsButNoContactDetails() throws Exception {
        long frida = jdbc.queryForObject("select id from person where last_name = 'Sigfrids'", Long.class);
        String html = page("/people/" + frida);
        assertThat(html).contains("Frida Sigfrids", "Borgå bör utreda ibruktagandet av Alliansmodellen", "Förslagsställare")
                .doesNotContain("fridasigfrids@gmail.com", "040 591 0874", "Laddplatser vid kommunens förskolor");

        // someone who voted in a roll call and made a reservation in posted minutes
        Long voter = jdbc.queryForObject("""
                select r.person_id from reservation r join minutes_paragraph p on p.id = r.paragraph_id
                join meeting m on m.id = p.meeting_id where m.status = 'POSTED'
                and exists (select 1 from vote_ballot v join decision_step s on s.id = v.step_id where v.person_id = r.person_id)
                order by r.id limit 1""", Long.class);
        String reference = jdbc.queryForObject("""
                select b.abbreviation from reservation r join minutes_paragraph p on p.id = r.paragraph_id join body b on b.id = p.body_id
                where r.person_id = ? order by r.id limit 1""", String.class, voter);
        String voterPage = page("/people/" + voter);
        assertThat(voterPage).contains("Reservationer", reference + " ", " ja, ", "Ledamot");
        assertThat(voterPage.substring(voterPage.indexOf("votes-heading"))).contains("<td");
        assertThat(voterPage.substring(voterPage.indexOf("reservations-heading"))).contains("/paragraphs/");
    }

    @Test
    void aBodysPageShowsMembersMeetingsAndDecisions() throws Exception {
        long kf = jdbc.queryForObject("select id from body where abbreviation = 'KF'", Long.class);
        String html = page("/bodies/" + kf);
        assertThat(html).contains("Kommunfullmäktige", "Heidi Hankanen Ängberg (C)", "Ny styrmodell 2024", "/meetings/");
    }

    @Test
    void peoplesAndBodiesPagesRunBoundedStatements() throws Exception {
        long kf = jdbc.queryForObject("select id from body where abbreviation = 'KF'", Long.class);
        long frida = jdbc.queryForObject("select id from person where last_name = 'Sigfrids'", Long.class);
        long body = statementsFor("/bodies/" + kf);
        long person = statementsFor("/people/" + frida);
        long home = statementsFor("/");
        System.out.printf("SQL statements: body page %d, person page %d, start page %d%n", body, person, home);
        assertThat(body).isLessThanOrEqualTo(12);
        assertThat(person).isLessThanOrEqualTo(12);
        assertThat(home).isLessThanOrEqualTo(12);
    }

    @Test
    void unknownPeopleAndBodiesAreNotFound() throws Exception {
        mvc.perform(get("/people/999999999")).andExpect(status().isNotFound());
        mvc.perform(get("/bodies/999999999")).andExpect(status().isNotFound());
        mvc.perform(get("/people/x")).andExpect(status().isNotFound());
    }

    @Test
    void theStartPageShowsWhatIsHappening() throws Exception {
        String html = page("/");
        assertThat(html).contains("action=\"/search\"", "name=\"q\"", "Kommande sammanträden", "På anslagstavlan nu", "Senaste besluten",
                "Senaste motionerna", "Ny styrmodell 2024");
    }

    @Test
    void robotsAndTheSitemapArePublic() throws Exception {
        assertThat(page("/robots.txt")).contains("Sitemap: http://localhost/sitemap.xml", "Disallow: /admin/");
        long caseId = jdbc.queryForObject("select min(id) from case_file", Long.class);
        assertThat(page("/sitemap.xml")).contains("<urlset", "http://localhost/cases/" + caseId + "</loc>", "/bodies/");
    }
}
