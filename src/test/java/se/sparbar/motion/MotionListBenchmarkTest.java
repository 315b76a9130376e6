package se.sparbar.motion;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.sparbar.IntegrationTest;
import se.sparbar.shared.Paged;

/**
 * Benchmark, not a timed test: the motion list's queries on 100,000 motions. Reports the median
 * time of each filter and checks the plans use the indexes rather than reading the whole table.
 * Everything happens in one transaction that is rolled back, so the shared test database is left as it was.
 */
@IntegrationTest
class MotionListBenchmarkTest {

    private static final int MOTIONS = 100_000;

    @Autowired
    MotionQueries queries;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void listQueriesOn100000Motions() {
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            long insertStart = System.nanoTime();
            // the rows are for the list's queries: skip the search index's triggers (~16 ms a motion), rolled back anyway
            jdbc.execute("set local session_replication_role = replica");
            se.sparbar.BenchmarkRows.insert(jdbc, MOTIONS);
            se.sparbar.BenchmarkRows.recountTallies(jdbc);
            jdbc.execute("analyze motion");
            System.out.printf("Benchmark: inserted %d motions (and as many cases) in %d ms%n", MOTIONS, (System.nanoTime() - insertStart) / 1_000_000);

            long party = jdbc.queryForObject("select id from party where abbreviation = 'V'", Long.class);
            Map<String, MotionQueries.Filter> filters = new LinkedHashMap<>();
            filters.put("all, newest first", new MotionQueries.Filter(null, null, null, null, null, "submitted"));
            filters.put("status SUBMITTED", new MotionQueries.Filter("SUBMITTED", null, null, null, null, "submitted"));
            filters.put("party V", new MotionQueries.Filter(null, null, null, party, null, "submitted"));
            filters.put("year 2025", new MotionQueries.Filter(null, null, 2025, null, null, "submitted"));
            filters.put("all, by deadline", new MotionQueries.Filter(null, null, null, null, null, "deadline"));
            for (var filter : filters.entrySet()) {
                List<Long> times = new ArrayList<>();
                Paged<MotionQueries.Row> page = null;
                for (int run = 0; run < 7; run++) {
                    long start = System.nanoTime();
                    page = queries.search(filter.getValue(), 10, 50);
                    times.add((System.nanoTime() - start) / 1_000);
                }
                Collections.sort(times);
                assertThat(page.items()).hasSize(50);
                System.out.printf("Benchmark: /motions %-18s page 11 of %d rows: median %.1f ms%n", filter.getKey(), page.total(),
                        times.get(times.size() / 2) / 1000.0);
            }

            String plan = String.join("\n", jdbc.queryForList("explain select m.id from motion m where m.status <> 'DRAFT' "
                    + "order by m.submitted_at desc, m.id desc limit 50 offset 500", String.class));
            System.out.println("Benchmark: plan of the default page:\n" + plan);
            assertThat(plan).contains("Index Scan").doesNotContain("Seq Scan on motion");
            status.setRollbackOnly();
        });
    }
}
