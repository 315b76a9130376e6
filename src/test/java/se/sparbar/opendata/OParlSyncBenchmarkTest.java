package se.sparbar.opendata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
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
 * position). In one transaction that is rolled back.
 */
@IntegrationTest
class OParlSyncBenchmarkTest {

    private static final int PAPERS = 100_000;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void syncing100000PapersFollowingLinksNext() {
        new TransactionTemplate(transactionManager).executeWithoutResult(tx -> {
            jdbc.update("""
                    insert into motion (addressed_body_id, title, motion_text, first_signatory_id, filed_by, party_id,
                                        contact_first_name, contact_last_name, created_at, submitted_at, filed_year, deadline_on,
                                        status, status_changed_at)
                    select b.id, 'Synkmotion ' || n, 'Text', p.id, u.id, p.party_id, 'A', 'B', now(), now(), 2026, current_date + 365,
                           'SUBMITTED', now()
                    from generate_series(1, ?) n, body b, person p, user_account u
                    where b.abbreviation = 'KF' and p.last_name = 'Sigfrids' and u.username = 'councillor'""", PAPERS);
            jdbc.execute("analyze motion");
            String url = "http://localhost:8080/oparl/v1/papers?limit=1000";
            long objects = 0;
            int pages = 0;
            List<Long> heapMb = new ArrayList<>();
            List<Long> pageMs = new ArrayList<>();
            long start = System.nanoTime();
            ObjectMapper json = new ObjectMapper();
            try {
                while (url != null) {
                    long pageStart = System.nanoTime();
                    String body = mvc.perform(get(URI.create(url))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
                    pageMs.add((System.nanoTime() - pageStart) / 1_000_000);
                    JsonNode page = json.readTree(body);
                    objects += page.get("data").size();
                    pages++;
                    url = page.get("links").has("next") ? page.get("links").get("next").asText() : null;
                    if (pages % 10 == 0) {
                        System.gc();
                        Runtime runtime = Runtime.getRuntime();
                        heapMb.add((runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024));
                    }
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            long totalMs = (System.nanoTime() - start) / 1_000_000;
            System.out.printf("OParl sync benchmark: %d papers in %d pages of 1000, %d ms in all; first pages %s ms, last pages %s ms;"
                            + " heap after every tenth page (MB): %s%n", objects, pages, totalMs, pageMs.subList(0, 3),
                    pageMs.subList(pageMs.size() - 3, pageMs.size()), heapMb);
            assertThat(objects).isGreaterThanOrEqualTo(PAPERS);
            tx.setRollbackOnly();
        });
    }
}
