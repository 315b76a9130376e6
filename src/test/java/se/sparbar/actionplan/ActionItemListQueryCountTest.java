package se.sparbar.actionplan;

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

/** The action-item list, a plan's page and the follow-up report run the same statements for 10 items as for 300. */
@IntegrationTest
class ActionItemListQueryCountTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService accounts;

    @Test
    void listsRunTheSameStatementsWhateverTheirLength() throws Exception {
        long few = planWithItems(10);
        long many = planWithItems(300);
        statementsFor("/follow-up"); // opens the current round once, so both sizes below only read

        long list10 = statementsFor("/action-items?plan=" + few);
        long list300 = statementsFor("/action-items?plan=" + many);
        long csv10 = statementsFor("/action-items?format=csv&plan=" + few);
        long csv300 = statementsFor("/action-items?format=csv&plan=" + many);
        long plan10 = statementsFor("/action-plans/" + few);
        long plan300 = statementsFor("/action-plans/" + many);
        long report10 = statementsFor("/action-plans/" + few + "/follow-up");
        long report300 = statementsFor("/action-plans/" + many + "/follow-up");
        System.out.printf("SQL statements: /action-items %d at 10 items, %d at 300 (page of 50); CSV %d and %d; "
                        + "plan page %d and %d; follow-up report %d and %d%n",
                list10, list300, csv10, csv300, plan10, plan300, report10, report300);
        assertThat(list300).isEqualTo(list10).isLessThanOrEqualTo(8);
        assertThat(csv300).isEqualTo(csv10);
        assertThat(plan300).isEqualTo(plan10);
        assertThat(report300).isEqualTo(report10);
    }

    private long statementsFor(String url) throws Exception {
        var official = user(accounts.loadUserByUsername("official"));
        StatementCounter.reset();
        mvc.perform(get(url).with(official)).andExpect(status().isOk());
        return StatementCounter.count();
    }

    /** An adopted plan with {@code count} items and a report on every other one, inserted in a few statements. */
    private long planWithItems(int count) {
        long plan = jdbc.queryForObject("""
                insert into action_plan (title, owner_body_id, adopted_reference, adopted_on, period_from, period_to, status)
                select 'Listplan ' || ?, b.id, 'KS § 1', date '2026-01-01', date '2026-01-01', date '2028-12-31', 'ADOPTED'
                from body b where b.abbreviation = 'KS' returning id""", Long.class, count);
        jdbc.update("""
                insert into action_item (plan_id, ordinal, title, responsible_text, timeline_text, due_on, recurrence, next_due_on,
                                         effect_kind, planned_amount_sek, budget_year, status, status_changed_at)
                select ?, n, 'Liståtgärd ' || n, 'Ekonomichef', 'Under 2027', date '2027-01-01' + n, 'NONE', date '2027-01-01' + n,
                       'PER_YEAR', 1000 * n, 2027, 'ON_TRACK', now()
                from generate_series(1, ?) n""", plan, count);
        jdbc.update("""
                insert into progress_report (item_id, reported_on, author_id, status, report_text, realised_amount_sek,
                                             realised_budget_year, created_at)
                select i.id, current_date, u.id, 'ON_TRACK', 'Rapport', 100, 2026, now()
                from action_item i, user_account u where i.plan_id = ? and i.ordinal % 2 = 0 and u.username = 'official'""", plan);
        return plan;
    }
}
