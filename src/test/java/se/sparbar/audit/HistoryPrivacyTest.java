package se.sparbar.audit;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import se.sparbar.IntegrationTest;

/** The history of a record is as private as the record. */
@IntegrationTest
class HistoryPrivacyTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService accounts;

    @Test
    void aCouncillorsUnsubmittedDraftHasNoHistoryPageForClerksOrAdministrators() throws Exception {
        long draft = jdbc.queryForObject("select min(id) from motion where status = 'DRAFT'", Long.class);
        long submitted = jdbc.queryForObject("select min(id) from motion where status <> 'DRAFT'", Long.class);
        for (String username : new String[] {"clerk", "admin"}) {
            var as = user(accounts.loadUserByUsername(username));
            mvc.perform(get("/motions/" + draft).with(as)).andExpect(status().isNotFound());
            mvc.perform(get("/history/Motion/" + draft).with(as)).andExpect(status().isNotFound());
            mvc.perform(get("/history/Motion/" + submitted).with(as)).andExpect(status().isOk());
        }
    }

    @Test
    void aHistoryIdTooLargeForItsTypeIsNotFound() throws Exception {
        mvc.perform(get("/history/Motion/99999999999999999999").with(user("k").roles("CLERK"))).andExpect(status().isNotFound());
        mvc.perform(get("/history/Motion/9999999999999").with(user("k").roles("CLERK"))).andExpect(status().isNotFound());
    }
}
