package se.sparbar.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import se.sparbar.IntegrationTest;

/** A roll-call vote is listed as it is read out, by name, not in the order the form happened to send it. */
@IntegrationTest
class RollCallOrderTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theBallotsOfTheDemoRollCallAreListedByName() throws Exception {
        Long step = jdbc.queryForObject("select min(s.id) from decision_step s join minutes_paragraph p on p.id = s.paragraph_id "
                + "join meeting m on m.id = p.meeting_id where s.kind = 'VOTE' and m.status = 'POSTED'", Long.class);
        assertThat(step).as("the demo's posted roll-call vote").isNotNull();
        long paragraph = jdbc.queryForObject("select paragraph_id from decision_step where id = ?", Long.class, step);
        List<String> byName = jdbc.queryForList("select p.last_name from vote_ballot b join person p on p.id = b.person_id "
                + "where b.step_id = ? order by p.last_name, p.first_name, p.id", String.class, step);
        assertThat(byName).hasSizeGreaterThan(3);
        String page = mvc.perform(get("/paragraphs/" + paragraph)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String table = page.substring(page.indexOf("data-label=\"Ledamot\""));
        int at = 0;
        for (String lastName : byName) {
            int found = table.indexOf(lastName, at);
            assertThat(found).as("%s listed after the names before it", lastName).isGreaterThanOrEqualTo(at);
            at = found;
        }
    }
}
