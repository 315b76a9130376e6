package se.sparbar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.util.HtmlUtils;

/**
 * The clerk's list of referrals (page and CSV) and the CSV downloads of meetings, the notice board
 * and the administrator's lists: what they show, who may have them, pages beyond the end, and the
 * same few SQL statements whatever the size.
 */
@IntegrationTest
class ListDownloadsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    private static final RequestPostProcessor CLERK = user("clerk").roles("CLERK");
    private static final RequestPostProcessor ADMIN = user("admin").roles("ADMIN");

    /** A body of the test's own, with referrals of existing cases: one answered-free overdue, the rest pending. */
    private long bodyWithReferrals(int count) {
        String abbreviation = TestRequests.unique("R").substring(0, 10);
        long body = jdbc.queryForObject("insert into body (abbreviation, name, type) values (?, ?, 'COMMITTEE') returning id",
                Long.class, abbreviation, "Remissnämnden " + abbreviation);
        addReferrals(body, count);
        return body;
    }

    private void addReferrals(long body, int count) {
        LocalDate today = LocalDate.now(clock);
        long clerk = jdbc.queryForObject("select id from user_account where username = 'clerk'", Long.class);
        List<Long> cases = jdbc.queryForList("""
                select c.id from case_file c where not exists (select 1 from referral r where r.case_id = c.id and r.body_id = ?)
                order by c.id limit ?""", Long.class, body, count);
        assertThat(cases).as("cases to refer").hasSize(count);
        for (int i = 0; i < cases.size(); i++) {
            // the first one was due yesterday: overdue; the others are due in a month
            LocalDate due = i == 0 ? today.minusDays(1) : today.plusMonths(1);
            jdbc.update("insert into referral (case_id, body_id, sent_on, due_on, status, sent_by) values (?, ?, ?, ?, 'PENDING', ?)",
                    cases.get(i), body, today.minusMonths(2), due, clerk);
        }
    }

    /** Answered referrals may repeat a case (only one pending per case and body): as many as asked, on one case. */
    private void addAnsweredReferrals(long body, int count) {
        LocalDate today = LocalDate.now(clock);
        long clerk = jdbc.queryForObject("select id from user_account where username = 'clerk'", Long.class);
        long caseId = jdbc.queryForObject("select min(id) from case_file", Long.class);
        for (int i = 0; i < count; i++) {
            jdbc.update("insert into referral (case_id, body_id, sent_on, due_on, status, sent_by) values (?, ?, ?, ?, 'ANSWERED', ?)",
                    caseId, body, today.minusMonths(3), today.minusMonths(1), clerk);
        }
    }

    @Test
    void theClerksReferralListShowsToWhomSentDueAndOverdueWithFiltersAndACsv() throws Exception {
        long body = bodyWithReferrals(3);
        String bodyName = jdbc.queryForObject("select name from body where id = ?", String.class, body);

        String page = page("/referrals?body=" + body, CLERK);
        assertThat(page).contains("Remisser", bodyName, "Försenad", "Väntar på svar", "3 remisser");
        assertThat(page("/referrals?body=" + body + "&status=OVERDUE", CLERK)).contains("1 remisser", "Försenad")
                .doesNotContain("Väntar på svar</span>");
        assertThat(page("/referrals?body=" + body + "&status=PENDING", CLERK)).contains("2 remisser");
        assertThat(page("/referrals?body=" + body + "&status=ANSWERED", CLERK)).contains("0 remisser");
        // seed 002: Servicenämnden has answered
        assertThat(page("/referrals?status=ANSWERED", CLERK)).contains("Servicenämnden", "Besvarad");
        // hostile filters and a page far beyond the end: the last page, not an error
        assertThat(page("/referrals?body=" + body + "&status=NOPE&year=99999&page=1000000000", CLERK)).contains("Remisser");
        assertThat(page("/referrals?body=" + body + "&page=1000000000", CLERK)).contains(bodyName);

        String csv = csv("/referrals.csv?body=" + body, CLERK);
        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0)).isEqualTo("\uFEFF\"Ärende\";\"Rubrik\";\"Organ\";\"Skickad\";\"Svar senast\";\"Besvarad\";\"Status\"");
        assertThat(lines).hasSize(4);
        assertThat(lines.get(1)).contains(bodyName, LocalDate.now(clock).minusDays(1).toString(), "\"Försenad\"");
        assertThat(csv("/referrals.csv?status=ANSWERED", CLERK)).contains("Servicenämnden", "\"Besvarad\"");

        mvc.perform(get("/referrals").with(user("councillor").roles("COUNCILLOR"))).andExpect(status().isForbidden());
        mvc.perform(get("/referrals.csv").with(user("official").roles("OFFICIAL"))).andExpect(status().isForbidden());
        mvc.perform(get("/referrals")).andExpect(status().is3xxRedirection());
    }

    @Test
    void theReferralListAndItsCsvRunTheSameFewStatementsWhateverTheirSize() throws Exception {
        long body = bodyWithReferrals(2);
        long pageBefore = statements("/referrals?body=" + body, CLERK);
        long csvBefore = statements("/referrals.csv?body=" + body, CLERK);
        addAnsweredReferrals(body, 20);
        long pageAfter = statements("/referrals?body=" + body, CLERK);
        long csvAfter = statements("/referrals.csv?body=" + body, CLERK);
        System.out.printf("SQL statements: /referrals %d, /referrals.csv %d%n", pageAfter, csvAfter);
        assertThat(pageAfter).isEqualTo(pageBefore).isLessThanOrEqualTo(6);
        assertThat(csvAfter).isEqualTo(csvBefore).isLessThanOrEqualTo(3);
    }

    @Test
    void meetingsAndTheNoticeBoardDownloadAsCsvForEveryoneInOneStatement() throws Exception {
        String meetings = csv("/meetings.csv", null);
        assertThat(meetings.lines().findFirst().orElseThrow()).isEqualTo("\uFEFF\"Datum\";\"Organ\";\"Plats\";\"Paragrafer\";\"Status\"");
        assertThat(meetings).contains("Kommunfullmäktige", "2024-11-27");
        long councilMeetings = jdbc.queryForObject(
                "select count(*) from meeting m join body b on b.id = m.body_id where b.abbreviation = 'KF'", Long.class);
        String council = csv("/meetings.csv?body=" + jdbc.queryForObject("select id from body where abbreviation = 'KF'", Long.class), null);
        assertThat(council.lines().count() - 1).isEqualTo(councilMeetings);

        String board = csv("/notice-board.csv", null);
        assertThat(board.lines().findFirst().orElseThrow()).contains("\"Organ\"", "\"Anslaget\"", "\"Sista dag att överklaga\"");
        long onTheBoard = jdbc.queryForObject("select count(*) from notice_posting where posted_on <= ? and appeal_ends_on >= ?",
                Long.class, LocalDate.now(clock), LocalDate.now(clock));
        assertThat(board.lines().count() - 1).isEqualTo(onTheBoard);
        String archive = csv("/notice-board/archive.csv", null);
        long archived = jdbc.queryForObject("select count(*) from notice_posting where appeal_ends_on < ?", Long.class, LocalDate.now(clock));
        assertThat(archive.lines().count() - 1).isEqualTo(archived);
        assertThat(archive).contains("Kommunfullmäktige");

        assertThat(statements("/meetings.csv", null)).isLessThanOrEqualTo(2);
        assertThat(statements("/notice-board/archive.csv", null)).isLessThanOrEqualTo(2);
        assertThat(page("/meetings", null)).contains("/meetings.csv");
        assertThat(page("/notice-board", null)).contains("/notice-board.csv");
    }

    @Test
    void aPageFarBeyondTheEndOfMeetingsOrTheArchiveShowsTheLastPage() throws Exception {
        assertThat(page("/meetings?page=1000000000", null)).contains("Kommunfullmäktige");
        assertThat(page("/notice-board/archive?page=1000000000", null)).contains("Kommunfullmäktige");
        assertThat(page("/meetings?page=-5", null)).contains("Kommunfullmäktige");
    }

    @Test
    void theAdministratorsListsDownloadAsCsvWithoutContactDetails() throws Exception {
        assertThat(csv("/admin/bodies.csv", ADMIN)).contains("\"KF\";\"Kommunfullmäktige\";\"Fullmäktige\";\"Aktivt\"");
        assertThat(csv("/admin/parties.csv", ADMIN).lines().findFirst().orElseThrow()).contains("\"Förkortning\"", "\"Namn\"");
        String people = csv("/admin/people.csv", ADMIN);
        assertThat(people).contains("\"Sigfrids\";\"Frida\"").doesNotContain("@");
        assertThat(people.lines().count() - 1).isEqualTo(jdbc.queryForObject("select count(*) from person", Long.class));
        String users = csv("/admin/users.csv", ADMIN);
        assertThat(users).contains("\"clerk\"", "Registrator / nämndsekreterare").doesNotContain("argon2").doesNotContain("@");
        assertThat(users.lines().count() - 1).isEqualTo(jdbc.queryForObject("select count(*) from user_account", Long.class));
        for (String list : List.of("/admin/people.csv", "/admin/users.csv", "/admin/bodies.csv", "/admin/parties.csv")) {
            assertThat(statements(list, ADMIN)).as(list).isLessThanOrEqualTo(2);
            mvc.perform(get(list).with(CLERK)).andExpect(status().isForbidden());
        }
        assertThat(page("/admin/users", ADMIN)).contains("/admin/users.csv");
    }

    private String page(String url, RequestPostProcessor as) throws Exception {
        var request = get(url);
        if (as != null) {
            request.with(as);
        }
        return HtmlUtils.htmlUnescape(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }

    private String csv(String url, RequestPostProcessor as) throws Exception {
        var request = get(url);
        if (as != null) {
            request.with(as);
        }
        var response = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse();
        assertThat(response.getContentType()).startsWith("text/csv");
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    private long statements(String url, RequestPostProcessor as) throws Exception {
        StatementCounter.reset();
        var request = get(url);
        if (as != null) {
            request.with(as);
        }
        mvc.perform(request).andExpect(status().isOk());
        return StatementCounter.count();
    }
}
