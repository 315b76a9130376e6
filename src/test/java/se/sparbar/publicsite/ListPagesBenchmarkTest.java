package se.sparbar.publicsite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.sparbar.BenchmarkRows;
import se.sparbar.IntegrationTest;
import se.sparbar.StatementCounter;

/**
 * Benchmark, not a timed test: the case register against /motions with as many rows each
 * ({@code -Dbenchmark.rows}, default 100,000; see {@link BenchmarkRows}), in the same run and the
 * same way: the whole request through MockMvc as an anonymous visitor, queries and rendering. Each
 * pair of like pages (page 1, a filter matching an eighth, body and year, another sort, a deep page,
 * CSV) is requested alternately, A B A B, so that the machine's noise falls on both; it prints the
 * medians, their ratio and each page's round trips to PostgreSQL. The rows are committed and the
 * tables vacuumed, as in a database in use (an uncommitted load reads every row's visibility from
 * the heap), then removed.
 */
@IntegrationTest
@Tag("benchmark")
class ListPagesBenchmarkTest {

    private static final int ROWS = Integer.getInteger("benchmark.rows", 100_000);
    private static final int RUNS = 9;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void theCaseRegisterIsAsFastAsTheMotionList() throws Exception {
        long start = System.nanoTime();
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            jdbc.execute("set local session_replication_role = replica");
            BenchmarkRows.insert(jdbc, ROWS);
        });
        BenchmarkRows.afterLoad(jdbc);
        System.out.printf("Benchmark: %d cases and %d motions inserted, vacuumed and analysed in %d ms; load average %s%n", ROWS, ROWS,
                (System.nanoTime() - start) / 1_000_000, loadAverage());
        try {
            long ks = jdbc.queryForObject("select id from body where abbreviation = 'KS'", Long.class);
            long kf = jdbc.queryForObject("select id from body where abbreviation = 'KF'", Long.class);
            long party = jdbc.queryForObject("select id from party where abbreviation = 'V'", Long.class);
            int lastPage = ROWS / 50 - 2;
            String[][] pairs = {
                {"/cases", "/motions"},
                {"/cases?type=AUDIT_REPORT", "/motions?status=REFERRED"},
                {"/cases?body=" + ks + "&year=2020", "/motions?body=" + kf + "&year=2020"},
                {"/cases?sort=received", "/motions?sort=deadline"},
                {"/cases?sort=title", "/motions?sort=title"},
                {"/cases?page=" + lastPage, "/motions?page=" + lastPage},
                {"/cases.csv?year=2020", "/motions.csv?year=2020"},
                {"/cases?q=" + BenchmarkRows.CASE_TITLE + "4711", "/motions?party=" + party},
            };
            System.out.printf("Benchmark: %-36s %9s %-36s %9s %6s%n", "case register", "median", "motion list", "median", "ratio");
            for (String[] pair : pairs) {
                List<Long> a = new ArrayList<>();
                List<Long> b = new ArrayList<>();
                for (int run = 0; run < RUNS + 1; run++) {
                    long ta = time(pair[0]);
                    long tb = time(pair[1]);
                    if (run > 0) { // the first of each warms up
                        a.add(ta);
                        b.add(tb);
                    }
                }
                double ma = median(a);
                double mb = median(b);
                System.out.printf("Benchmark: %-36s %6.1f ms %-36s %6.1f ms %6.2f   round trips %d / %d%n", pair[0], ma, pair[1], mb, ma / mb,
                        roundTrips(pair[0]), roundTrips(pair[1]));
            }
        } finally {
            BenchmarkRows.delete(jdbc);
        }
    }

    private long time(String url) throws Exception {
        long t = System.nanoTime();
        var response = mvc.perform(get(url)).andReturn().getResponse();
        long micros = (System.nanoTime() - t) / 1_000;
        assertThat(response.getStatus()).as(url).isEqualTo(200);
        assertThat(response.getContentAsString(StandardCharsets.UTF_8)).as(url).contains("Benchmark");
        return micros;
    }

    private long roundTrips(String url) throws Exception {
        StatementCounter.reset();
        mvc.perform(get(url));
        return StatementCounter.roundTrips();
    }

    private static double median(List<Long> micros) {
        List<Long> sorted = new ArrayList<>(micros);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2) / 1000.0;
    }

    private static String loadAverage() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).strip();
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }
}
