package se.sparbar.actionplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import se.sparbar.IntegrationTest;
import se.sparbar.actionplan.domain.ActionPlans;
import se.sparbar.actionplan.domain.ProgressReports;
import se.sparbar.shared.StaleVersionException;

/** Two officials report on the same item at the same moment, both from the same view: one is saved, one refused. */
@IntegrationTest
class ConcurrentReportsTest {

    @Autowired
    java.time.Clock clock;

    @Autowired
    ActionPlans plans;

    @Autowired
    ProgressReports reports;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void oneOfTwoSimultaneousReportsIsRefusedAndNothingIsMerged() throws Exception {
        ActionPlanFixtures fixtures = new ActionPlanFixtures(plans, jdbc);
        long plan = fixtures.adoptedPlan(ActionPlanFixtures.unique("Samtidiga rapporter"));
        long item = fixtures.item(plan, "Delad åtgärd", "Ekonomichef", LocalDate.of(2027, 6, 30), 1_000_000L);
        long version = jdbc.queryForObject("select version from action_item where id = ?", Long.class, item);
        long official = fixtures.account("official");
        long clerk = fixtures.account("clerk");

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Long>> results = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            boolean byClerk = i == 1;
            String text = byClerk ? "Nämndsekreterarens rapport" : "Ekonomichefens rapport";
            results.add(pool.submit(() -> {
                start.await();
                return reports.report(item, byClerk ? clerk : official, byClerk, new NewProgressReport(LocalDate.now(clock),
                        byClerk ? ItemStatus.AT_RISK : ItemStatus.ON_TRACK, text, new java.math.BigDecimal(byClerk ? "200000" : "100000"),
                        null, version));
            }));
        }
        start.countDown();
        int saved = 0;
        int refused = 0;
        for (Future<Long> result : results) {
            try {
                result.get();
                saved++;
            } catch (java.util.concurrent.ExecutionException e) {
                assertThat(e.getCause()).isInstanceOf(StaleVersionException.class);
                refused++;
            }
        }
        pool.shutdown();
        assertThat(saved).isEqualTo(1);
        assertThat(refused).isEqualTo(1);
        // the item agrees with the one report that was saved
        var row = jdbc.queryForMap("select i.status, i.realised_amount_sek::bigint as realised, r.status as report_status, "
                + "r.realised_amount_sek::bigint as report_realised from action_item i join progress_report r on r.item_id = i.id where i.id = ?", item);
        assertThat(row.get("status")).isEqualTo(row.get("report_status"));
        assertThat(row.get("realised")).isEqualTo(row.get("report_realised"));
    }
}
