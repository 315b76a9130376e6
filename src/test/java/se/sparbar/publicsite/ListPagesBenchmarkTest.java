package se.sparbar.publicsite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.sparbar.IntegrationTest;

/**
 * Benchmark, not a timed test: the new public list pages at 100,000 rows against /motions at
 * 100,000 motions, in the same run and the same way (the whole request through MockMvc as an
 * anonymous visitor: queries and rendering). Prints the median of 7 requests of page 1, filters and
 * a deep page. One transaction, rolled back: the shared test database is left as it was.
 */
@IntegrationTest
@Tag("benchmark")
class ListPagesBenchmarkTest {

    private static final int ROWS = 100_000;
    private static final int RUNS = 7;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void listPagesAt100000Rows() {
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            // rows for the lists' queries only: the search index's triggers are skipped (rolled back anyway)
            jdbc.execute("set local session_replication_role = replica");
            long start = System.nanoTime();
            jdbc.update("""
                    insert into case_file (case_number, series, case_year, sequence_number, case_type, title, sender, received_on,
                                           registered_at, registered_by, owner_body_id)
                    select n || '.' || y || ' BM', 'BM', y, n, (array['AUDIT_REPORT','ADMINISTRATIVE','CITIZEN_PROPOSAL','FOLLOW_UP_REPORT'])[1 + n % 4],
                           'Benchmarkärende ' || n, 'Avsändare ' || (n % 50), date '2015-01-01' + (n % 4000), timestamptz '2015-01-01' + (n || ' hours')::interval,
                           u.id, b.id
                    from generate_series(1, ?) n cross join lateral (select 2015 + n % 11 as y) t, user_account u, body b
                    where u.username = 'clerk' and b.abbreviation = 'KS'""", ROWS);
            jdbc.update("""
                    insert into motion (addressed_body_id, title, motion_text, first_signatory_id, filed_by, party_id,
                                        contact_first_name, contact_last_name, created_at, submitted_at, filed_year, deadline_on,
                                        status, status_changed_at, withdrawn_at)
                    select b.id, 'Benchmarkmotion ' || n, 'Text', p.id, u.id, (select id from party order by id offset n % 9 limit 1),
                           'A', 'B', ts, ts, extract(year from ts)::int, (ts + interval '12 months')::date,
                           case when n % 10 = 0 then 'SUBMITTED' else 'WITHDRAWN' end, ts,
                           case when n % 10 = 0 then null else ts end
                    from generate_series(1, ?) n
                    cross join lateral (select now() - (n || ' hours')::interval as ts) t,
                         body b, person p, user_account u
                    where b.abbreviation = 'KF' and p.last_name = 'Sigfrids' and u.username = 'councillor'""", ROWS);
            jdbc.update("""
                    insert into meeting (body_id, starts_at, place, status)
                    select b.id, timestamptz '2000-01-01 18:00+01' + (n || ' hours')::interval, 'Sal ' || (n % 7), 'PLANNED'
                    from generate_series(1, ?) n, body b where b.abbreviation = 'SN'""", ROWS);
            jdbc.execute("analyze case_file");
            jdbc.execute("analyze motion");
            jdbc.execute("analyze meeting");
            System.out.printf("Benchmark: inserted %d cases, motions and meetings in %d ms%n", ROWS, (System.nanoTime() - start) / 1_000_000);

            long ks = jdbc.queryForObject("select id from body where abbreviation = 'KS'", Long.class);
            long sn = jdbc.queryForObject("select id from body where abbreviation = 'SN'", Long.class);
            Map<String, String> urls = new LinkedHashMap<>();
            urls.put("/cases", "Benchmark");
            urls.put("/cases?type=AUDIT_REPORT", "Benchmark");
            urls.put("/cases?body=" + ks + "&year=2020", "Benchmark");
            urls.put("/cases?q=Benchmarkärende 4711", "Benchmarkärende 4711");
            urls.put("/cases?sort=received", "Benchmark");
            urls.put("/cases?page=1000", "Benchmark");
            urls.put("/cases.csv?year=2020", "Benchmark");
            urls.put("/motions", "Benchmarkmotion");
            urls.put("/motions?status=SUBMITTED", "Benchmarkmotion");
            urls.put("/motions?year=2025", "Benchmarkmotion");
            urls.put("/motions?page=1000", "Benchmarkmotion");
            urls.put("/meetings", "Sal");
            urls.put("/meetings?body=" + sn, "Sal");
            urls.put("/meetings?page=1000", "Sal");
            urls.put("/bodies/" + sn, "Sal");
            for (var url : urls.entrySet()) {
                List<Long> times = new ArrayList<>();
                String body = "";
                for (int run = 0; run < RUNS + 1; run++) {
                    long t = System.nanoTime();
                    try {
                        var response = mvc.perform(get(url.getKey())).andReturn().getResponse();
                        assertThat(response.getStatus()).as(url.getKey()).isEqualTo(200);
                        body = response.getContentAsString(StandardCharsets.UTF_8);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                    if (run > 0) { // the first one warms up
                        times.add((System.nanoTime() - t) / 1_000);
                    }
                }
                Collections.sort(times);
                assertThat(body).as(url.getKey()).contains(url.getValue());
                System.out.printf("Benchmark: %-40s median %7.1f ms (min %.1f, max %.1f)%n", url.getKey(), times.get(times.size() / 2) / 1000.0,
                        times.get(0) / 1000.0, times.get(times.size() - 1) / 1000.0);
            }
            status.setRollbackOnly();
        });
    }
}
