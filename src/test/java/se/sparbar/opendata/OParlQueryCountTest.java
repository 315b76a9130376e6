package se.sparbar.opendata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.sparbar.IntegrationTest;
import se.sparbar.StatementCounter;

/**
 * Every API list runs the same few SQL statements for a page of 10 objects as for a page of 100
 * (embedded objects are read for the whole page at once). With 100 extra motions and people,
 * inserted in a transaction that is rolled back.
 */
@IntegrationTest
class OParlQueryCountTest {

    static final String API = "http://localhost:8080/oparl/v1";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void aPageOf100RunsTheSameStatementsAsAPageOf10() {
        new TransactionTemplate(transactionManager).executeWithoutResult(tx -> {
            jdbc.update("""
                    insert into person (first_name, last_name, party_id) select 'Räkne', 'Person ' || n, (select min(id) from party)
                    from generate_series(1, 100) n""");
            jdbc.update("""
                    insert into membership (person_id, body_id, role, valid_from)
                    select p.id, (select id from body where abbreviation = 'KF'), 'MEMBER', date '2022-10-15'
                    from person p where p.first_name = 'Räkne'""");
            jdbc.update("""
                    insert into motion (addressed_body_id, title, motion_text, first_signatory_id, filed_by, party_id,
                                        contact_first_name, contact_last_name, created_at, submitted_at, filed_year, deadline_on,
                                        status, status_changed_at)
                    select b.id, 'Räknemotion ' || n, 'Text', p.id, u.id, p.party_id, 'A', 'B', now(), now(), 2026, current_date + 365,
                           'SUBMITTED', now()
                    from generate_series(1, 100) n, body b, person p, user_account u
                    where b.abbreviation = 'KF' and p.last_name = 'Sigfrids' and u.username = 'councillor'""");
            // two files on each of the motions and on each posted paragraph, so that papers and agenda items embed files
            jdbc.update("""
                    insert into attached_file (motion_id, name, file_name, media_type, size_bytes, sha512, created_at, modified_at, uploaded_by)
                    select m.id, 'Bilaga ' || n, 'bilaga-' || n || '.pdf', 'application/pdf', 100, repeat('ab', 64), now(), now(), u.id
                    from motion m, generate_series(1, 2) n, user_account u
                    where m.title like 'Räknemotion %' and u.username = 'clerk'""");
            jdbc.update("""
                    insert into attached_file (paragraph_id, name, file_name, media_type, size_bytes, sha512, created_at, modified_at, uploaded_by)
                    select p.id, 'Underlag ' || n, 'underlag-' || n || '.pdf', 'application/pdf', 100, repeat('ab', 64), now(), now(), u.id
                    from minutes_paragraph p, generate_series(1, 2) n, user_account u where u.username = 'clerk'""");
            Map<String, long[]> counts = new LinkedHashMap<>();
            try {
                statements("/system", 0); // warm-up: the first request of a context reads some things once
                for (String list : List.of("/organizations", "/persons", "/memberships", "/meetings", "/agenda-items", "/papers",
                        "/consultations", "/files", "/locations", "/sparbar/action-plans")) {
                    long few = statements(list + "?limit=10", 10);
                    long many = statements(list + "?limit=100", 100);
                    counts.put(list, new long[] {few, many});
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            StringBuilder report = new StringBuilder("OParl SQL statements per page (10 objects / 100 objects):");
            counts.forEach((list, c) -> report.append(' ').append(list).append(' ').append(c[0]).append('/').append(c[1]));
            System.out.println(report);
            counts.forEach((list, c) -> {
                // a page that also reaches the second kind of a mixed list (organizations: bodies, then party
                // groups) reads that kind with one more statement: one per kind, never one per object
                assertThat(c[1]).as(list).isBetween(c[0], c[0] + 1);
                assertThat(c[1]).as(list).isLessThanOrEqualTo(16);
            });
            tx.setRollbackOnly();
        });
    }

    /** Statements for one page; checks the page is full when the data allows it. */
    private long statements(String path, int limit) throws Exception {
        StatementCounter.reset();
        var result = mvc.perform(get(URI.create(API + path))).andExpect(status().isOk()).andReturn();
        long count = StatementCounter.count();
        JsonNode page = new ObjectMapper().readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
        if (path.startsWith("/persons") || path.startsWith("/papers") || path.startsWith("/memberships") || path.startsWith("/files")) {
            assertThat(page.get("data").size()).as(path).isEqualTo(limit);
        }
        return count;
    }
}
