package se.sparbar.motion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import se.sparbar.IntegrationTest;

/** Two saves of one draft at the same moment: one is saved, the other is told so (409) with its text kept. */
@IntegrationTest
class ConcurrentDraftSavesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService accounts;

    @Test
    void ofTwoSimultaneousSavesOneIsSavedAndTheOtherRefusedWithItsTextKept() throws Exception {
        RequestPostProcessor councillor = user(accounts.loadUserByUsername("councillor"));
        String body = jdbc.queryForObject("select id::text from body where abbreviation = 'KF'", String.class);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 10; round++) {
                String location = mvc.perform(post("/motions").with(csrf()).with(councillor)
                                .param("title", "Samtidigt " + round).param("text", "Första texten.")
                                .param("proposals[0]", "att utreda").param("addressedBodyId", body)
                                .param("contactFirstName", "Frida").param("contactLastName", "Sigfrids"))
                        .andReturn().getResponse().getRedirectedUrl();
                long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
                long version = jdbc.queryForObject("select version from motion where id = ?", Long.class, id);
                String title = "Samtidigt " + round;
                CyclicBarrier start = new CyclicBarrier(2);
                List<Future<MockHttpServletResponse>> saves = new ArrayList<>();
                for (String text : List.of("Texten från fönster A.", "Texten från fönster B.")) {
                    saves.add(threads.submit(() -> {
                        start.await(10, TimeUnit.SECONDS);
                        return mvc.perform(post("/motions/" + id).with(csrf()).with(councillor)
                                .param("title", title).param("text", text)
                                .param("proposals[0]", "att utreda").param("proposals[1]", "att rapportera").param("addressedBodyId", body)
                                .param("contactFirstName", "Frida").param("contactLastName", "Sigfrids")
                                .param("version", Long.toString(version)).param("action", "save")).andReturn().getResponse();
                    }));
                }
                List<Integer> statuses = new ArrayList<>();
                String refusedPage = null;
                String refusedText = null;
                for (int i = 0; i < 2; i++) {
                    MockHttpServletResponse response = saves.get(i).get(30, TimeUnit.SECONDS);
                    statuses.add(response.getStatus());
                    if (response.getStatus() == 409) {
                        refusedPage = org.springframework.web.util.HtmlUtils.htmlUnescape(response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
                        refusedText = i == 0 ? "Texten från fönster A." : "Texten från fönster B.";
                    }
                }
                assertThat(statuses).as("round %d", round).containsExactlyInAnyOrder(302, 409);
                assertThat(refusedPage).contains(refusedText).contains("att rapportera");
                String saved = jdbc.queryForObject("select motion_text from motion where id = ?", String.class, id);
                assertThat(saved).isIn("Texten från fönster A.", "Texten från fönster B.").isNotEqualTo(refusedText);
            }
        } finally {
            threads.shutdownNow();
        }
    }
}
