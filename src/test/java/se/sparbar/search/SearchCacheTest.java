package se.sparbar.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.sparbar.IntegrationTest;
import se.sparbar.StatementCounter;
import se.sparbar.search.domain.Reader;
import se.sparbar.search.domain.SearchRequest;
import se.sparbar.search.domain.SearchResults;

/**
 * The result cache never serves a stale result: a committed change to the index is found by the
 * next search, a transaction that changed the index reads its own changes, and a repeated search of
 * an unchanged index costs one small query.
 */
@IntegrationTest
class SearchCacheTest {

    @Autowired
    SearchResults results;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactionManager;

    @AfterEach
    void removeTheTestsMotions() {
        jdbc.update("delete from motion where title like 'Cachetest %'");
    }

    @Test
    void aRepeatedSearchOfAnUnchangedIndexIsOneSmallQuery() {
        long first = statements(() -> found("kommunstyrelsen"));
        long again = statements(() -> found("kommunstyrelsen"));
        assertThat(first).as("a miss: the version, then the search's own statements").isGreaterThanOrEqualTo(3);
        assertThat(again).as("a hit: only the version").isEqualTo(1);
    }

    @Test
    void aCommittedChangeIsFoundByTheNextSearchAndAWithdrawalVanishes() {
        assertThat(found("zqxcachefarskt")).isZero();
        assertThat(found("zqxcachefarskt")).as("cached, still nothing").isZero();
        long motion = inCommittedTransaction(() -> motion("Cachetest om zqxcachefarskt"));
        assertThat(found("zqxcachefarskt")).as("the commit raised the version").isEqualTo(1);
        inCommittedTransaction(() -> jdbc.update("update motion set status = 'WITHDRAWN', withdrawn_at = now() where id = ?", motion));
        assertThat(found("zqxcachefarskt")).as("withdrawn: gone at once").isZero();
    }

    @Test
    void aTransactionThatChangedTheIndexReadsItsOwnChangesAndARollbackLeavesTheCacheRight() {
        assertThat(found("zqxcacheegen")).isZero();
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            motion("Cachetest om zqxcacheegen");
            assertThat(found("zqxcacheegen")).as("its own uncommitted change, past the cache").isEqualTo(1);
            status.setRollbackOnly();
        });
        assertThat(found("zqxcacheegen")).as("rolled back: nothing, as cached").isZero();
    }

    @Test
    void aTransactionRaisesTheVersionOnceHoweverManyRecordsItChanges() {
        long before = version();
        inCommittedTransaction(() -> {
            motion("Cachetest ett");
            motion("Cachetest två");
            return motion("Cachetest tre");
        });
        assertThat(version()).isEqualTo(before + 1);
        inCommittedTransaction(() -> jdbc.queryForObject("select count(*) from motion", Long.class));
        assertThat(version()).as("a transaction that changes nothing in the index").isEqualTo(before + 1);
    }

    private long found(String word) {
        return results.search(new SearchRequest(word, null, null, null, null, false, 0, 20), Reader.PUBLIC).total();
    }

    private static long statements(Runnable work) {
        StatementCounter.reset();
        work.run();
        return StatementCounter.count();
    }

    private long version() {
        return jdbc.queryForObject("select version from search_index_version", Long.class);
    }

    private <T> T inCommittedTransaction(java.util.function.Supplier<T> work) {
        return new TransactionTemplate(transactionManager).execute(status -> work.get());
    }

    private long motion(String title) {
        return jdbc.queryForObject("""
                insert into motion (addressed_body_id, title, motion_text, first_signatory_id, filed_by, contact_first_name,
                                    contact_last_name, created_at, submitted_at, filed_year, deadline_on, status, status_changed_at)
                select (select id from body where abbreviation = 'KF'), ?, 'Text', p.id, u.id, 'A', 'B', now(), now(),
                       extract(year from now())::int, current_date + 365, 'SUBMITTED', now()
                from person p join user_account u on u.id = p.user_account_id where u.username = 'councillor'
                returning id
                """, Long.class, title);
    }
}
