package se.sparbar.publicsite;

import static org.assertj.core.api.Assertions.assertThat;
import static se.sparbar.Rendered.rendered;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import se.sparbar.IntegrationTest;
import se.sparbar.StatementCounter;

/** A case page runs the same SQL statements for a case with 5 events as for one with 200; so does the register. */
@IntegrationTest
class CasePageQueryCountTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theCasePageRunsTheSameStatementsFor5And200Events() throws Exception {
        long few = caseWithStatements("QC-5", 2);     // received, registered, 2 × (referred, statement): 6 events
        long many = caseWithStatements("QC-200", 99); // 2 + 99 × 2 = 200 events

        String fewPage = mvc.perform(get("/cases/" + few)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(fewPage).contains("Yttrande QC-5 nr 2");
        long statementsFor5 = statementsFor("/cases/" + few);
        long statementsFor200 = statementsFor("/cases/" + many);
        String manyPage = mvc.perform(get("/cases/" + many)).andReturn().getResponse().getContentAsString();
        assertThat(manyPage).contains("Yttrande QC-200 nr 99");
        assertThat(manyPage.split("class=\"timeline-date\"").length - 1).isGreaterThanOrEqualTo(200);

        System.out.printf("SQL statements for a case page: %d at 5 events, %d at 200 events%n", statementsFor5, statementsFor200);
        assertThat(statementsFor200).isEqualTo(statementsFor5).isLessThanOrEqualTo(25);

        long listFew = statementsFor("/cases?q=QC-5");
        long listMany = statementsFor("/cases");
        System.out.printf("SQL statements for /cases: %d and %d%n", listFew, listMany);
        assertThat(listMany).isEqualTo(listFew).isLessThanOrEqualTo(8);
    }

    private long statementsFor(String url) throws Exception {
        StatementCounter.reset();
        mvc.perform(get(url).with(rendered())).andExpect(status().isOk());
        return StatementCounter.count();
    }

    /** A case referred {@code n} times, each answered with a statement of two signatories and two basis items. */
    private long caseWithStatements(String title, int n) {
        long clerk = jdbc.queryForObject("select id from user_account where username = 'clerk'", Long.class);
        long ks = jdbc.queryForObject("select id from body where abbreviation = 'KS'", Long.class);
        int sequence = jdbc.queryForObject("select coalesce(max(sequence_number), 0) + 1 from case_file where series = 'QC' and case_year = 2026",
                Integer.class);
        long caseId = jdbc.queryForObject("""
                insert into case_file (case_number, series, case_year, sequence_number, case_type, title, sender, received_on,
                                       registered_at, registered_by, owner_body_id)
                values (?, 'QC', 2026, ?, 'AUDIT_REPORT', ?, 'Revisionen', date '2026-01-02', now(), ?, ?) returning id""",
                Long.class, "2026." + sequence + " QC", sequence, title, clerk, ks);
        jdbc.update("""
                insert into referral (case_id, body_id, sent_on, due_on, status, sent_by)
                select ?, b.id, date '2026-01-05' + g, date '2026-03-01' + g, 'ANSWERED', ?
                from generate_series(1, ?) g, body b where b.abbreviation = 'SN'""", caseId, clerk, n);
        jdbc.update("""
                insert into statement (referral_id, summary, full_text, body_decision_text, decided_on, distribution, recorded_by, recorded_at)
                select r.id, 'Sammanfattning', 'Hela ärendet', 'Yttrande ' || ? || ' nr ' || row_number() over (order by r.id),
                       r.sent_on + 10, 'Kommunstyrelsen, ks.diarium@boras.se', ?, now()
                from referral r where r.case_id = ?""", title, clerk, caseId);
        jdbc.update("""
                insert into statement_signatory (statement_id, ordinal, name, title)
                select s.id, o, 'Namn ' || o, 'Ordförande' from statement s join referral r on r.id = s.referral_id,
                generate_series(1, 2) o where r.case_id = ?""", caseId);
        jdbc.update("""
                insert into statement_basis_item (statement_id, ordinal, title)
                select s.id, o, 'Underlag ' || o from statement s join referral r on r.id = s.referral_id,
                generate_series(1, 2) o where r.case_id = ?""", caseId);
        // the record's rows, as the record module writes them for a referral and its statement
        jdbc.update("""
                insert into record_event (kind, occurred_at, event_date, audience, public_from, case_id, referral_id, body_id, details)
                select k.kind, now(), case when k.kind = 'REFERRAL_SENT' then r.sent_on else r.sent_on + 10 end, 'PUBLIC', now() - interval '1 day',
                       r.case_id, r.id, r.body_id, '{}'::jsonb
                from referral r, (values ('REFERRAL_SENT'), ('STATEMENT_RECEIVED')) k(kind) where r.case_id = ?""", caseId);
        jdbc.update("""
                insert into record_event (kind, occurred_at, event_date, audience, public_from, case_id, body_id, details)
                values ('CASE_REGISTERED', now(), current_date, 'PUBLIC', now() - interval '1 day', ?, ?, jsonb_build_object('caseNumber', ?))""",
                caseId, ks, "2026." + sequence + " QC");
        return caseId;
    }
}
