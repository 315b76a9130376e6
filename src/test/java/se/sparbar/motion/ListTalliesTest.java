package se.sparbar.motion;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.sparbar.IntegrationTest;

/**
 * The tallies of V40, from which /motions and /cases take their totals and years, equal a count of
 * their tables after every kind of change: insert, a change of each counted column, a draft
 * submitted, withdrawal, delete; on the demo data as loaded through the application, too.
 */
@IntegrationTest
class ListTalliesTest {

    private static final String MOTION_DIFFERENCE = """
            select count(*) from (
              (select status, addressed_body_id, filed_year, party_id, motions from motion_tally where motions > 0
               except
               select status, addressed_body_id, filed_year, coalesce(party_id, 0), count(*) from motion
               where status <> 'DRAFT' group by 1, 2, 3, 4)
              union all
              (select status, addressed_body_id, filed_year, coalesce(party_id, 0), count(*) from motion
               where status <> 'DRAFT' group by 1, 2, 3, 4
               except
               select status, addressed_body_id, filed_year, party_id, motions from motion_tally where motions > 0)) d""";

    private static final String CASE_DIFFERENCE = """
            select count(*) from (
              (select case_type, owner_body_id, case_year, cases from case_tally where cases > 0
               except select case_type, owner_body_id, case_year, count(*) from case_file group by 1, 2, 3)
              union all
              (select case_type, owner_body_id, case_year, count(*) from case_file group by 1, 2, 3
               except select case_type, owner_body_id, case_year, cases from case_tally where cases > 0)) d""";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void theTalliesEqualACountAfterEveryKindOfChange() {
        assertSame("the demo data, loaded through the application");
        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            long draft = jdbc.queryForObject("""
                    insert into motion (addressed_body_id, title, motion_text, first_signatory_id, filed_by, party_id,
                                        contact_first_name, contact_last_name, created_at, status, status_changed_at)
                    select b.id, 'Talliesmotion', 'Text', p.id, u.id, p.party_id, 'A', 'B', now(), 'DRAFT', now()
                    from body b, person p, user_account u
                    where b.abbreviation = 'KF' and p.last_name = 'Sigfrids' and u.username = 'councillor'
                    returning id""", Long.class);
            long before = jdbc.queryForObject("select coalesce(sum(motions), 0) from motion_tally", Long.class);
            assertSame("a draft, which no tally counts");
            jdbc.update("update motion set status = 'SUBMITTED', submitted_at = now(), filed_year = 2026, deadline_on = date '2027-12-01' where id = ?", draft);
            assertThat(jdbc.queryForObject("select coalesce(sum(motions), 0) from motion_tally", Long.class)).isEqualTo(before + 1);
            assertSame("the draft submitted");
            jdbc.update("update motion set party_id = (select id from party where id <> coalesce(motion.party_id, 0) order by id limit 1) where id = ?", draft);
            assertSame("its party changed");
            jdbc.update("update motion set party_id = null where id = ?", draft);
            assertSame("its party removed");
            jdbc.update("update motion set addressed_body_id = (select id from body where abbreviation = 'KS'), filed_year = 2025 where id = ?", draft);
            assertSame("its body and year changed");
            jdbc.update("update motion set title = 'Ändrad titel' where id = ?", draft);
            assertSame("a column the tally does not count changed");
            jdbc.update("update motion set status = 'WITHDRAWN', withdrawn_at = now() where id = ?", draft);
            assertSame("withdrawn");
            jdbc.update("delete from motion where id = ?", draft);
            assertSame("deleted");
            assertThat(jdbc.queryForObject("select coalesce(sum(motions), 0) from motion_tally", Long.class)).isEqualTo(before);

            long clerk = jdbc.queryForObject("select id from user_account where username = 'clerk'", Long.class);
            long ks = jdbc.queryForObject("select id from body where abbreviation = 'KS'", Long.class);
            long theCase = jdbc.queryForObject("""
                    insert into case_file (case_number, series, case_year, sequence_number, case_type, title, sender, received_on,
                                           registered_at, registered_by, owner_body_id)
                    values ('1.2026 TT', 'TT', 2026, 1, 'AUDIT_REPORT', 'Talliesärende', 'Revisionen', current_date, now(), ?, ?)
                    returning id""", Long.class, clerk, ks);
            assertSame("a case registered");
            jdbc.update("update case_file set case_type = 'ADMINISTRATIVE' where id = ?", theCase);
            assertSame("its type changed");
            jdbc.update("update case_file set owner_body_id = (select id from body where abbreviation = 'KF'), case_year = 2025 where id = ?", theCase);
            assertSame("its body and year changed");
            jdbc.update("delete from case_file where id = ?", theCase);
            assertSame("deleted");
            tx.setRollbackOnly();
        });
        assertSame("after a rollback");
    }

    @Test
    void theRecountAgreesWithTheTalliesItReplaces() {
        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            long before = jdbc.queryForObject("select coalesce(sum(motions), 0) from motion_tally", Long.class);
            jdbc.update("update motion_tally set motions = motions + 7");
            jdbc.execute("select sparbar_recount_list_tallies()");
            assertThat(jdbc.queryForObject("select coalesce(sum(motions), 0) from motion_tally", Long.class)).isEqualTo(before);
            assertSame("after a recount");
            tx.setRollbackOnly();
        });
    }

    private void assertSame(String after) {
        assertThat(jdbc.queryForObject(MOTION_DIFFERENCE, Long.class)).as("motion tally vs count, " + after).isZero();
        assertThat(jdbc.queryForObject(CASE_DIFFERENCE, Long.class)).as("case tally vs count, " + after).isZero();
    }
}
