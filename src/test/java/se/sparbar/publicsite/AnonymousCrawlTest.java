package se.sparbar.publicsite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import se.sparbar.IntegrationTest;

/**
 * An anonymous visitor follows every link from the start page and the sitemap through the public
 * side (cases, their incoming documents, people, bodies, meetings with their agenda items' files,
 * motions, paragraphs, the cases CSV, every file linked) and never meets a draft motion or its file,
 * a draft action plan, a decision of minutes not yet posted, an agenda item's file before the agenda
 * is published, or a person's contact details; no page answers 5xx.
 */
@IntegrationTest
class AnonymousCrawlTest {

    @Autowired
    java.time.Clock clock;

    private static final Pattern HREF = Pattern.compile("(?:href|action)=\"([^\"#]*)\"");
    private static final Pattern LOC = Pattern.compile("<loc>https?://[^/]+([^<]*)</loc>");
    private static final Pattern FOLLOW = Pattern.compile("^/(cases|people|bodies|motions|paragraphs|meetings|notice-board|governing-documents|action-plans|action-items|files)?.*");
    static final int MAX_PAGES = 700;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void nothingPrivateIsReachableAnonymously() throws Exception {
        String unposted = unpostedDecisionOnTheAuditCase();
        String draftPlan = "Utkast till handlingsplan " + System.nanoTime();
        jdbc.update("""
                insert into action_plan (title, owner_body_id, period_from, period_to, status)
                select ?, id, date '2027-01-01', date '2027-12-31', 'DRAFT' from body where abbreviation = 'KS'""", draftPlan);
        long draftMotion = jdbc.queryForObject("select id from motion where title = 'Laddplatser vid kommunens förskolor'", Long.class);
        String draftFile = "Utkastets bilaga " + System.nanoTime();
        long draftFileId = file("motion_id", draftMotion, draftFile);
        // an incoming document registered onto the audit case, with its file: public
        long auditCase = jdbc.queryForObject("select id from case_file where title = ?", Long.class, CasePageTest.AUDIT);
        String incomingFile = "Inkommen komplettering " + System.nanoTime();
        long incomingFileId = file("case_id", auditCase, incomingFile);
        long document = jdbc.queryForObject("""
                insert into case_document (case_id, document_type, sender, received_on, registered_at, registered_by)
                select ?, 'SUPPLEMENT', 'Stadsrevisionen', date '2026-11-20', now(), id from user_account where username = 'clerk'
                returning id""", Long.class, auditCase);
        jdbc.update("insert into case_document_file (document_id, file_id) values (?, ?)", document, incomingFileId);
        // two planned meetings with files on their agenda items: one agenda published (3 days ahead), one not (30 days)
        long soon = plannedMeeting(3);
        String publishedAgendaFile = "Handling till publicerad ärendelista " + System.nanoTime();
        long publishedAgendaFileId = file("agenda_item_id", agendaItem(soon), publishedAgendaFile);
        long later = plannedMeeting(30);
        String unpublishedAgendaFile = "Handling till opublicerad ärendelista " + System.nanoTime();
        long unpublishedAgendaFileId = file("agenda_item_id", agendaItem(later), unpublishedAgendaFile);

        Map<String, Integer> visited = new LinkedHashMap<>();
        Deque<String> queue = new ArrayDeque<>();
        queue.add("/");
        queue.add("/sitemap.xml");
        queue.add("/robots.txt");
        queue.add("/cases.csv");
        queue.add("/meetings");
        queue.add("/meetings/" + soon);
        queue.add("/meetings/" + later);
        queue.add("/meetings.csv");
        queue.add("/notice-board.csv");
        queue.add("/notice-board/archive.csv");
        while (!queue.isEmpty() && visited.size() < MAX_PAGES) {
            String url = queue.poll();
            if (visited.containsKey(url)) {
                continue;
            }
            MockHttpServletResponse response = mvc.perform(get(url)).andReturn().getResponse();
            visited.put(url, response.getStatus());
            assertThat(response.getStatus()).as(url).isLessThan(500);
            String body = response.getContentAsString(StandardCharsets.UTF_8);
            assertThat(body).as(url).doesNotContain("fridasigfrids@gmail.com", "040 591 0874",
                    "Laddplatser vid kommunens förskolor", unposted, draftPlan, draftFile, unpublishedAgendaFile);
            if (response.getStatus() != 200) {
                continue;
            }
            Matcher links = (url.endsWith(".xml") ? LOC : HREF).matcher(body);
            while (links.find()) {
                String link = links.group(1).replace("&amp;", "&");
                if (link.startsWith("/") && !link.startsWith("//") && !link.contains("lang=") && !link.startsWith("/login")
                        && !link.startsWith("/logout") && !link.startsWith("/css") && !link.startsWith("/js")
                        && !link.startsWith("/search") && FOLLOW.matcher(link).matches() && !visited.containsKey(link)) {
                    queue.add(link);
                }
            }
        }
        System.out.printf("Anonymous crawl: %d URLs visited, %d answered 200%n", visited.size(),
                visited.values().stream().filter(s -> s == 200).count());
        System.out.printf("Anonymous crawl: %d files, %d people, %d bodies, %d meetings, %d cases%n",
                visited.keySet().stream().filter(u -> u.matches("/files/\\d+")).count(),
                visited.keySet().stream().filter(u -> u.startsWith("/people/")).count(),
                visited.keySet().stream().filter(u -> u.startsWith("/bodies/")).count(),
                visited.keySet().stream().filter(u -> u.matches("/meetings/\\d+")).count(),
                visited.keySet().stream().filter(u -> u.matches("/cases/\\d+")).count());
        assertThat(visited.keySet()).anyMatch(u -> u.startsWith("/cases/")).anyMatch(u -> u.startsWith("/people/"))
                .anyMatch(u -> u.startsWith("/bodies/")).anyMatch(u -> u.matches("/meetings/\\d+"));
        assertThat(visited).containsEntry("/cases.csv", 200)
                .containsEntry("/files/" + incomingFileId, 200)
                .containsEntry("/files/" + publishedAgendaFileId, 200)
                .doesNotContainKey("/files/" + draftFileId)
                .doesNotContainKey("/files/" + unpublishedAgendaFileId);
        // what the crawl must not reach is not there for a visitor who guesses the address either
        for (long hidden : new long[] {draftFileId, unpublishedAgendaFileId}) {
            assertThat(mvc.perform(get("/files/" + hidden)).andReturn().getResponse().getStatus()).isEqualTo(404);
        }
        assertThat(visited.size()).isGreaterThan(30);
    }

    /** A stored PDF attached to an owner (a column of attached_file), as the files module stores one. */
    private long file(String ownerColumn, long ownerId, String name) {
        byte[] pdf = se.sparbar.files.TestPdfs.pdf(1, name);
        long id = jdbc.queryForObject("""
                insert into attached_file (%s, name, file_name, media_type, size_bytes, sha512, created_at, modified_at, uploaded_by)
                select ?, ?, 'bilaga.pdf', 'application/pdf', ?, repeat('a', 128), now(), now(), id from user_account where username = 'clerk'
                returning id""".formatted(ownerColumn), Long.class, ownerId, name, pdf.length);
        jdbc.update("insert into attached_file_content (file_id, content) values (?, ?)", id, pdf);
        return id;
    }

    private long plannedMeeting(int daysAhead) {
        return jdbc.queryForObject("""
                insert into meeting (body_id, starts_at, place, status)
                select id, ?, 'Sal C', 'PLANNED' from body where abbreviation = 'SN' returning id""",
                Long.class, java.time.OffsetDateTime.now(clock).plusDays(daysAhead));
    }

    private long agendaItem(long meeting) {
        return jdbc.queryForObject("insert into agenda_item (meeting_id, ordinal, kind, title) values (?, 1, 'INFORMATION', ?) returning id",
                Long.class, meeting, "Information " + meeting);
    }

    /** A decision on seed 002's case in minutes that are held but not adjusted or posted. */
    private String unpostedDecisionOnTheAuditCase() {
        String text = "Ej anslaget beslut " + System.nanoTime();
        long caseId = jdbc.queryForObject("select id from case_file where title = ?", Long.class, CasePageTest.AUDIT);
        long ks = jdbc.queryForObject("select id from body where abbreviation = 'KS'", Long.class);
        long meeting = jdbc.queryForObject("""
                insert into meeting (body_id, starts_at, place, status) values (?, timestamptz '2026-11-30 13:00+01', 'Sal A', 'HELD')
                returning id""", Long.class, ks);
        long paragraph = jdbc.queryForObject("""
                insert into minutes_paragraph (meeting_id, body_id, paragraph_year, number, case_id, title, decision_text, outcome, decided_on)
                values (?, ?, 2026, 9001, ?, 'Granskningen', ?, 'NOTED', date '2026-11-30') returning id""", Long.class, meeting, ks, caseId, text);
        // and its row in the record, for staff until the minutes are posted
        jdbc.update("""
                insert into record_event (kind, occurred_at, event_date, audience, case_id, meeting_id, paragraph_id, body_id, details)
                values ('CASE_DECIDED', now(), date '2026-11-30', 'STAFF', ?, ?, ?, ?, jsonb_build_object('outcome', 'NOTED', 'reference', ?))""",
                caseId, meeting, paragraph, ks, text);
        return text;
    }
}
