package se.sparbar.opendata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.sparbar.IntegrationTest;

/**
 * Benchmark, not a timed test: a client syncs all of 100,000 papers by following links.next.
 * Reports the time per page at the start and at the end (keyset paging: the last page costs what
 * the first does) and the server's heap after each tenth page (flat: nothing grows with the
 * position). The papers are committed first and deleted at the end: the requests run as a client's would,
 * each in its own transaction (inside one enclosing test transaction every page would join it and its
 * persistence context would keep every paper read, which is the test's growth, not the server's). It uses its own
 * MockMvc, with the security filters but without the test support's "print on failure" handler, which keeps
 * every response body of the test in memory until the test ends (100 pages of 470 KB: the growth an earlier
 * run of this benchmark reported, 88 → 129 MB, was that buffer, found in a heap dump).
 */
@IntegrationTest
// a benchmark: run on demand (README), not in ./mvnw verify
@Tag("benchmark")
class OParlSyncBenchmarkTest {

    private static final int PAPERS = 100_000;

    @Autowired
    org.springframework.web.context.WebApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void syncing100000PapersFollowingLinksNext() {
        MockMvc mvc = org.springframework.test.web.servlet.setup.MockMvcBuilders.webAppContextSetup(context)
                .apply(org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity()).build();
        TransactionTemplate transaction = new TransactionTemplate(transactionManager);
        transaction.executeWithoutResult(tx -> jdbc.update("""
                insert into motion (addressed_body_id, title, motion_text, first_signatory_id, filed_by, party_id,
                                    contact_first_name, contact_last_name, created_at, submitted_at, filed_year, deadline_on,
                                    status, status_changed_at)
                select b.id, 'Synkmotion ' || n, 'Text', p.id, u.id, p.party_id, 'A', 'B', now(), now(), 2026, current_date + 365,
                       'SUBMITTED', now()
                from generate_series(1, ?) n, body b, person p, user_account u
                where b.abbreviation = 'KF' and p.last_name = 'Sigfrids' and u.username = 'councillor'""", PAPERS));
        jdbc.execute("analyze motion");
        try {
            String url = "http://localhost:8080/oparl/v1/papers?limit=1000";
            long objects = 0;
            int pages = 0;
            List<Long> heapMb = new ArrayList<>();
            List<Long> pageMs = new ArrayList<>();
            long start = System.nanoTime();
            ObjectMapper json = new ObjectMapper();
            while (url != null) {
                long pageStart = System.nanoTime();
                String body = mvc.perform(get(URI.create(url))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
                pageMs.add((System.nanoTime() - pageStart) / 1_000_000);
                JsonNode page = json.readTree(body);
                objects += page.get("data").size();
                pages++;
                url = page.get("links").has("next") ? page.get("links").get("next").asText() : null;
                if (pages % 10 == 0) {
                    heapMb.add(heapAfterCollectionMb());
                }
            }
            long totalMs = (System.nanoTime() - start) / 1_000_000;
            System.out.printf("OParl sync benchmark: %d papers in %d pages of 1000, %d ms in all; first pages %s ms, last pages %s ms;"
                            + " heap after a full collection, every tenth page (MB): %s%n", objects, pages, totalMs, pageMs.subList(0, 3),
                    pageMs.subList(pageMs.size() - 3, pageMs.size()), heapMb);
            assertThat(objects).isGreaterThanOrEqualTo(PAPERS);
            assertThat(heapMb.get(heapMb.size() - 1) - heapMb.get(0)).as("heap growth from page 10 to page 100 (MB)").isLessThan(16);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            transaction.executeWithoutResult(tx -> jdbc.update("delete from motion where title like 'Synkmotion %'"));
        }
    }

    /** Used heap once the collector has run (twice: the first run may leave what finalisation frees). */
    private static long heapAfterCollectionMb() {
        System.gc();
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        return (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024);
    }
}
