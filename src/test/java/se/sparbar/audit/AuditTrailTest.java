package se.sparbar.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.sparbar.TestRequests.asAdmin;

import org.hamcrest.Matchers;
import org.hibernate.envers.RevisionType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import se.sparbar.IntegrationTest;
import se.sparbar.audit.domain.EntityHistory;

@IntegrationTest
class AuditTrailTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EntityHistory history;

    @Test
    void aChangeRecordsWhoChangedWhatFromWhichValueToWhich() throws Exception {
        mvc.perform(asAdmin(post("/admin/bodies")).param("abbreviation", "KFN").param("name", "Kultur nämnden").param("type", "COMMITTEE"))
                .andExpect(redirectedUrl("/admin/bodies"));
        long id = jdbc.queryForObject("select id from body where abbreviation = 'KFN'", Long.class);
        mvc.perform(asAdmin(post("/admin/bodies/" + id)).param("abbreviation", "KFN").param("name", "Kulturnämnden")
                        .param("type", "COMMITTEE").param("version", "0"))
                .andExpect(redirectedUrl("/admin/bodies"));

        EntityHistory.History trail = history.of("Body", id).orElseThrow();
        assertThat(trail.entries()).hasSize(2);
        EntityHistory.Entry latest = trail.entries().get(0);
        assertThat(latest.type()).isEqualTo(RevisionType.MOD);
        assertThat(latest.username()).isEqualTo("admin");
        assertThat(latest.changes()).containsExactly(new EntityHistory.Change("name", "Kultur nämnden", "Kulturnämnden"));
        EntityHistory.Entry created = trail.entries().get(1);
        assertThat(created.type()).isEqualTo(RevisionType.ADD);
        assertThat(created.changes()).extracting(EntityHistory.Change::field).contains("abbreviation", "name", "type", "active");

        mvc.perform(get("/history/Body/" + id).with(user("clerk").roles("CLERK")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Kultur nämnden")))
                .andExpect(content().string(Matchers.containsString("Kulturnämnden")));
    }

    @Test
    void relationsAndRolesAppearByTheirNames() throws Exception {
        long person = jdbc.queryForObject("select id from person where last_name = 'Börjesson'", Long.class);
        long party = jdbc.queryForObject("select id from party where abbreviation = 'MP'", Long.class);
        long version = jdbc.queryForObject("select version from person where id = ?", Long.class, person);
        mvc.perform(asAdmin(post("/admin/people/" + person)).param("firstName", "Birgit").param("lastName", "Börjesson")
                        .param("partyId", Long.toString(party)).param("version", Long.toString(version)))
                .andExpect(redirectedUrl("/admin/people/" + person));

        EntityHistory.Entry latest = history.of("Person", person).orElseThrow().entries().get(0);
        assertThat(latest.changes()).containsExactly(new EntityHistory.Change("party", "Socialdemokraterna (S)", "Miljöpartiet de gröna (MP)"));
    }

    @Test
    void unknownEntitiesAndIdsHaveNoHistory() {
        assertThat(history.of("NoSuchThing", 1)).isEmpty();
        assertThat(history.of("Body", 987654321)).isEmpty();
        assertThat(history.of("SecurityEvent", 1)).isEmpty();
    }

    @Test
    void passwordHashesAreNotInTheAuditTrail() {
        assertThat(jdbc.queryForList("select column_name from information_schema.columns where table_name = 'user_account_aud'", String.class))
                .doesNotContain("password_hash");
    }
}
