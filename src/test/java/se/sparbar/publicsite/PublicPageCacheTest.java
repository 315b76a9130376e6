package se.sparbar.publicsite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.sparbar.IntegrationTest;
import se.sparbar.StatementCounter;
import se.sparbar.TestClock;

/**
 * Public pages for anonymous readers (ADR 0016): validators on every page, 304 to a conditional repeat
 * without rendering, a repeat view from the cache of rendered pages, and both given up as soon as a
 * transaction changes the record or the minute turns; never for a signed-in reader or a session.
 */
@IntegrationTest
class PublicPageCacheTest {

    /** The tables no public page reads, or that change only with another table in the same transaction. */
    private static final Set<String> UNWATCHED = Set.of("flyway_schema_history", "public_page_version", "revision", "security_event",
            "user_account", "user_account_role", "case_tally", "motion_tally", "case_number_counter", "paragraph_number_counter");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    Clock clock;

    @Test
    void aConditionalRepeatIsAnswered304WithoutRenderingUntilTheRecordChanges() throws Exception {
        long motion = jdbc.queryForObject("select min(id) from motion where status like 'DECIDED%'", Long.class);
        String title = jdbc.queryForObject("select title from motion where id = ?", String.class, motion);
        try {
            inOneMinute(() -> {
                MvcResult first = mvc.perform(get("/motions/" + motion)).andExpect(status().isOk()).andReturn();
                String etag = first.getResponse().getHeader(HttpHeaders.ETAG);
                assertThat(etag).startsWith("W/\"");
                assertThat(first.getResponse().getHeader(HttpHeaders.CACHE_CONTROL)).isEqualTo("public, max-age=30");
                assertThat(first.getResponse().getHeader(HttpHeaders.PRAGMA)).isNull();
                String lastModified = first.getResponse().getHeader(HttpHeaders.LAST_MODIFIED);
                assertThat(lastModified).isNotBlank();

                StatementCounter.reset();
                MvcResult again = mvc.perform(get("/motions/" + motion).header(HttpHeaders.IF_NONE_MATCH, "\"other\", " + etag))
                        .andExpect(status().isNotModified()).andReturn();
                assertThat(StatementCounter.roundTrips()).as("the version read, nothing else").isEqualTo(1);
                assertThat(again.getResponse().getContentAsByteArray()).isEmpty();
                assertThat(again.getResponse().getHeader(HttpHeaders.ETAG)).isEqualTo(etag);
                mvc.perform(get("/motions/" + motion).header(HttpHeaders.IF_MODIFIED_SINCE, lastModified)).andExpect(status().isNotModified());
                mvc.perform(get("/motions/" + motion).header(HttpHeaders.IF_NONE_MATCH, "\"other\"")).andExpect(status().isOk());
                mvc.perform(get("/motions/" + motion).header(HttpHeaders.IF_MODIFIED_SINCE, "not a date")).andExpect(status().isOk());

                jdbc.update("update motion set title = ? where id = ?", "Ändrad rubrik för cachetestet", motion);
                MvcResult changed = mvc.perform(get("/motions/" + motion).header(HttpHeaders.IF_NONE_MATCH, etag))
                        .andExpect(status().isOk()).andReturn();
                assertThat(changed.getResponse().getContentAsString()).contains("Ändrad rubrik för cachetestet");
                assertThat(changed.getResponse().getHeader(HttpHeaders.ETAG)).isNotEqualTo(etag);
                return null;
            });
        } finally {
            jdbc.update("update motion set title = ? where id = ?", title, motion);
        }
    }

    @Test
    void aRepeatViewIsServedFromTheCacheInOneRoundTripAndTheSameBytes() throws Exception {
        inOneMinute(() -> {
            String page = mvc.perform(get("/cases").param("type", "MOTION")).andExpect(status().isOk()).andReturn()
                    .getResponse().getContentAsString();
            StatementCounter.reset();
            MvcResult again = mvc.perform(get("/cases").param("type", "MOTION")).andExpect(status().isOk()).andReturn();
            assertThat(StatementCounter.roundTrips()).isEqualTo(1);
            assertThat(again.getResponse().getContentAsString()).isEqualTo(page);
            assertThat(again.getResponse().getContentType()).startsWith("text/html");
            assertThat(again.getResponse().getHeader("Content-Security-Policy")).as("the security headers, as on a rendered page").isNotBlank();
            return null;
        });
    }

    @Test
    void aRolledBackChangeKeepsTheVersionAndACommittedOneRaisesItOnce() {
        long before = version();
        new TransactionTemplate(transactionManager).executeWithoutResult(tx -> {
            jdbc.update("update body set name = name where abbreviation = 'KS'");
            tx.setRollbackOnly();
        });
        assertThat(version()).isEqualTo(before);
        new TransactionTemplate(transactionManager).executeWithoutResult(tx -> {
            jdbc.update("update body set name = name where abbreviation = 'KS'");
            jdbc.update("update party set name = name");
        });
        assertThat(version()).isEqualTo(before + 1);
    }

    @Test
    void signedInReadersAndSessionsAreNeverServedFromTheCache() throws Exception {
        String etag = mvc.perform(get("/motions")).andReturn().getResponse().getHeader(HttpHeaders.ETAG);
        MvcResult clerk = mvc.perform(get("/motions").header(HttpHeaders.IF_NONE_MATCH, etag)
                .with(user(accounts.loadUserByUsername("clerk")))).andExpect(status().isOk()).andReturn();
        assertThat(clerk.getResponse().getHeader(HttpHeaders.ETAG)).isNull();
        assertThat(clerk.getResponse().getHeader(HttpHeaders.CACHE_CONTROL)).contains("no-store");
        MvcResult session = mvc.perform(get("/motions").header(HttpHeaders.IF_NONE_MATCH, etag).session(new MockHttpSession()))
                .andExpect(status().isOk()).andReturn();
        assertThat(session.getResponse().getHeader(HttpHeaders.ETAG)).isNull();
    }

    @Test
    void eachLanguageHasItsOwnValidatorsAndPage() throws Exception {
        inOneMinute(() -> {
            MvcResult swedish = mvc.perform(get("/")).andExpect(status().isOk()).andReturn();
            MvcResult english = mvc.perform(get("/").cookie(new Cookie("sparbar-lang", "en"))
                    .header(HttpHeaders.IF_NONE_MATCH, swedish.getResponse().getHeader(HttpHeaders.ETAG))).andExpect(status().isOk()).andReturn();
            assertThat(swedish.getResponse().getContentAsString()).contains("lang=\"sv\"");
            assertThat(english.getResponse().getContentAsString()).contains("lang=\"en\"");
            assertThat(english.getResponse().getHeader(HttpHeaders.ETAG)).isNotEqualTo(swedish.getResponse().getHeader(HttpHeaders.ETAG));
            // choosing a language sets a cookie: that answer is not kept for others
            mvc.perform(get("/").param("lang", "fi")).andExpect(status().isOk());
            assertThat(mvc.perform(get("/").param("lang", "fi").cookie(new Cookie("sparbar-lang", "sv"))).andReturn()
                    .getResponse().getContentAsString()).contains("lang=\"fi\"");
            return null;
        });
    }

    @Test
    void theTurnOfTheMinuteChangesTheValidators() throws Exception {
        String etag = mvc.perform(get("/meetings")).andExpect(status().isOk()).andReturn().getResponse().getHeader(HttpHeaders.ETAG);
        TestClock.advance(Duration.ofSeconds(61));
        MvcResult later = mvc.perform(get("/meetings").header(HttpHeaders.IF_NONE_MATCH, etag)).andExpect(status().isOk()).andReturn();
        assertThat(later.getResponse().getHeader(HttpHeaders.ETAG)).isNotEqualTo(etag);
    }

    @Test
    void errorsCarryNoValidatorsAndAreNotKept() throws Exception {
        MvcResult missing = mvc.perform(get("/motions/987654321")).andExpect(status().isNotFound()).andReturn();
        assertThat(missing.getResponse().getHeader(HttpHeaders.ETAG)).isNull();
        mvc.perform(get("/motions").param("page", "-1")).andExpect(result -> assertThat(result.getResponse().getStatus()).isLessThan(500));
    }

    @Test
    void everyTableOfTheRecordRaisesTheVersion() {
        List<String> unwatched = jdbc.queryForList("""
                select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
                where c.relkind in ('r', 'p') and n.nspname = current_schema()
                  and c.relname not like '%\\_aud' and c.relname not like 'search\\_%' and c.relname not like 'notification\\_%'
                  and not exists (select 1 from pg_trigger t where t.tgrelid = c.oid and t.tgname = c.relname || '_changes_public_pages')
                order by 1""", String.class);
        assertThat(unwatched).as("tables without public_page_watch (V50): call it for a new table the public pages read, "
                + "or list the table here").allMatch(UNWATCHED::contains);
    }

    private long version() {
        return jdbc.queryForObject("select version from public_page_version", Long.class);
    }

    /** Runs the steps again if the tests' clock (which moves with the run) turned a minute while they ran. */
    private void inOneMinute(Callable<Void> steps) throws Exception {
        for (int attempt = 1; ; attempt++) {
            long minute = clock.instant().getEpochSecond() / 60;
            try {
                steps.call();
                return;
            } catch (AssertionError failure) {
                if (clock.instant().getEpochSecond() / 60 == minute || attempt == 3) {
                    throw failure;
                }
            }
        }
    }
}
