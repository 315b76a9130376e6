package se.sparbar.motion.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import se.sparbar.IntegrationTest;
import se.sparbar.motion.MotionDraft;
import se.sparbar.motion.Registration;

/** Preparing a motion whose referral is unanswered: refused with the reason (409, text kept) until the clerk chooses to, with a reason. */
@IntegrationTest
class PreparationWithUnansweredReferralsTest {

    @Autowired
    java.time.Clock clock;

    @Autowired
    MockMvc mvc;

    @Autowired
    MotionImport imports;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService users;

    @Test
    void anUnansweredReferralNeedsAnExplicitChoiceWithAReason() throws Exception {
        long clerk = jdbc.queryForObject("select id from user_account where username = 'clerk'", Long.class);
        long council = jdbc.queryForObject("select id from body where abbreviation = 'KF'", Long.class);
        long board = jdbc.queryForObject("select id from body where abbreviation = 'KS'", Long.class);
        long committee = jdbc.queryForObject("select id from body where abbreviation = 'TN'", Long.class);
        long filer = jdbc.queryForObject("select id from person where last_name = 'Sigfrids'", Long.class);
        Instant now = clock.instant();
        long motion = imports.draft(clerk, filer, new MotionDraft("Remiss utan svar", "Text.", List.of("att det utreds"), council, Set.of(),
                new MotionDraft.Contact("Frida", "Sigfrids", null, null)), now.minusSeconds(600));
        imports.submit(motion, now.minusSeconds(500));
        imports.register(motion, clerk, new Registration(LocalDate.now(clock), "Frida Sigfrids", "Remiss utan svar"), now.minusSeconds(400));
        imports.refer(motion, clerk, Set.of(committee), LocalDate.now(clock), LocalDate.now(clock).plusMonths(2));

        String form = mvc.perform(get("/motions/" + motion + "/preparation").with(user(users.loadUserByUsername("clerk"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(form).contains("Remisser utan svar", "Tekniska nämnden", "proceedDespiteReferrals");

        String refused = mvc.perform(prepare(motion, board)).andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("Ärendet har obesvarade remisser (1)", "Kommunfullmäktige beslutar att motionen ska anses besvarad.");
        mvc.perform(prepare(motion, board).param("proceedDespiteReferrals", "true").param("proceedReason", " "))
                .andExpect(status().isConflict());
        assertThat(jdbc.queryForObject("select status from motion where id = ?", String.class, motion)).isEqualTo("REFERRED");

        mvc.perform(prepare(motion, board).param("proceedDespiteReferrals", "true")
                        .param("proceedReason", "Fullmäktige ska besluta före årsskiftet."))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForMap("select status, prepared_despite_referrals from motion where id = ?", motion))
                .containsEntry("status", "PREPARED").containsEntry("prepared_despite_referrals", "Fullmäktige ska besluta före årsskiftet.");
    }

    private MockHttpServletRequestBuilder prepare(long motion, long board) {
        return post("/motions/" + motion + "/preparation").with(csrf()).with(user(users.loadUserByUsername("clerk")))
                .param("preparingBodyId", String.valueOf(board)).param("preparedOn", LocalDate.now(clock).toString())
                .param("proposedOutcome", "ANSWERED").param("proposalText", "Kommunfullmäktige beslutar att motionen ska anses besvarad.")
                .param("version", "-1");
    }
}
