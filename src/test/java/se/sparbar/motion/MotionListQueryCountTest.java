package se.sparbar.motion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import se.sparbar.IntegrationTest;
import se.sparbar.StatementCounter;

/** /motions runs the same few SQL statements for 10 rows as for 500 (JDBC-level count). */
@IntegrationTest
class MotionListQueryCountTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService accounts;

    @Test
    void theListRunsTheSameStatementsFor10And500Rows() throws Exception {
        long few = partyWithMotions("Q10", 10);
        long many = partyWithMotions("Q500", 500);

        long statementsFor10 = statementsFor("/motions?party=" + few);
        long statementsFor500 = statementsFor("/motions?party=" + many);
        long statementsFor500Csv = statementsFor("/motions.csv?party=" + many);
        long statementsFor10Csv = statementsFor("/motions.csv?party=" + few);

        System.out.printf("SQL statements for /motions: %d at 10 rows, %d at 500 rows; CSV: %d and %d%n",
                statementsFor10, statementsFor500, statementsFor10Csv, statementsFor500Csv);
        assertThat(statementsFor500).isEqualTo(statementsFor10).isLessThanOrEqualTo(8);
        assertThat(statementsFor500Csv).isEqualTo(statementsFor10Csv);
    }

    private long statementsFor(String url) throws Exception {
        var official = user(accounts.loadUserByUsername("official"));
        mvc.perform(get(url).with(official)).andExpect(status().isOk()); // warm: the header's name, read once
        StatementCounter.reset();
        mvc.perform(get(url).with(official)).andExpect(status().isOk());
        return StatementCounter.count();
    }

    /** A party with {@code count} submitted motions, inserted in one statement. */
    private long partyWithMotions(String abbreviation, int count) {
        long party = jdbc.queryForObject("insert into party (abbreviation, name) values (?, ?) returning id", Long.class,
                abbreviation, "Parti " + abbreviation);
        jdbc.update("""
                insert into motion (addressed_body_id, title, motion_text, first_signatory_id, filed_by, party_id,
                                    contact_first_name, contact_last_name, created_at, submitted_at, filed_year, deadline_on,
                                    status, status_changed_at)
                select b.id, 'Listmotion ' || n, 'Text', p.id, u.id, ?, 'A', 'B', now(), now() - n * interval '1 hour',
                       2026, current_date + 365, 'SUBMITTED', now()
                from generate_series(1, ?) n, body b, person p, user_account u
                where b.abbreviation = 'KF' and p.last_name = 'Sigfrids' and u.username = 'councillor'""", party, count);
        return party;
    }
}
