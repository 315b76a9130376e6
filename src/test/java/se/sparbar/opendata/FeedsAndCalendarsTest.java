package se.sparbar.opendata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.io.ParseWarning;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import se.sparbar.IntegrationTest;

/** The Atom feeds (RFC 4287 MUSTs) and the calendar subscriptions (parsed back as RFC 5545), read as the public. */
@IntegrationTest
class FeedsAndCalendarsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyFeedHasItsIdTitleUpdatedAuthorAndSelfLinkAndEveryEntryAPermanentId() throws Exception {
        long body = jdbc.queryForObject("select id from body where abbreviation = 'KF'", Long.class);
        long person = jdbc.queryForObject("select first_signatory_id from motion where status <> 'DRAFT' order by id limit 1", Long.class);
        long caseId = jdbc.queryForObject("select case_id from motion where status = 'DECIDED_APPROVED' or status like 'DECIDED%' order by id limit 1", Long.class);
        List<String> urls = List.of("/feeds/notice-board.atom", "/feeds/motions.atom", "/feeds/bodies/" + body + "/decisions.atom",
                "/feeds/persons/" + person + "/motions.atom", "/feeds/cases/" + caseId + ".atom");
        int entries = 0;
        for (String url : urls) {
            MvcResult result = mvc.perform(get(URI.create(url))).andReturn();
            assertThat(result.getResponse().getStatus()).as(url).isEqualTo(200);
            assertThat(result.getResponse().getContentType()).startsWith("application/atom+xml");
            String xml = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
            SyndFeed feed = new SyndFeedInput().build(new StringReader(xml));
            assertThat(feed.getUri()).as(url).startsWith("tag:");
            assertThat(feed.getTitle()).isNotBlank();
            assertThat(feed.getPublishedDate()).isNotNull();
            assertThat(feed.getAuthors()).isNotEmpty();
            assertThat(feed.getLinks()).anyMatch(link -> "self".equals(link.getRel()) && link.getHref().endsWith(url));
            Set<String> ids = new HashSet<>();
            for (SyndEntry entry : feed.getEntries()) {
                assertThat(ids.add(entry.getUri())).as("entry ids are unique").isTrue();
                assertThat(entry.getUri()).startsWith("tag:");
                assertThat(entry.getUpdatedDate()).isNotNull();
                assertThat(entry.getLink()).startsWith("http://localhost:8080/");
                assertThat(mvc.perform(get(URI.create(entry.getLink()))).andReturn().getResponse().getStatus()).as(entry.getLink()).isEqualTo(200);
                entries++;
            }
            assertThat(xml).doesNotContain("fridasigfrids@gmail.com");
            String etag = result.getResponse().getHeader("ETag");
            assertThat(mvc.perform(get(URI.create(url)).header("If-None-Match", etag)).andReturn().getResponse().getStatus()).isEqualTo(304);
        }
        assertThat(entries).isPositive();
        assertThat(mvc.perform(get(URI.create("/feeds/bodies/999999/decisions.atom"))).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get(URI.create("/feeds/cases/abc.atom"))).andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void aDraftMotionsCaseHasNoPublicFeed() throws Exception {
        Long draftCase = jdbc.queryForObject("select max(case_id) from motion where status = 'DRAFT'", Long.class);
        long unknown = draftCase == null ? 999_999_999L : draftCase;
        assertThat(mvc.perform(get(URI.create("/feeds/cases/" + unknown + ".atom"))).andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void pagesWithAFeedLinkItInTheirHead() throws Exception {
        assertThat(page("/notice-board")).contains("<link rel=\"alternate\" type=\"application/atom+xml\" href=\"/feeds/notice-board.atom\"");
        assertThat(page("/motions")).contains("href=\"/feeds/motions.atom\"");
        long decided = jdbc.queryForObject("select id from motion where status like 'DECIDED%' order by id limit 1", Long.class);
        long caseId = jdbc.queryForObject("select case_id from motion where id = ?", Long.class, decided);
        assertThat(page("/motions/" + decided)).contains("href=\"/feeds/cases/" + caseId + ".atom\"");
    }

    @Test
    void theCalendarsParseAsRfc5545WithStableUidsSequenceAndStockholmTime() throws Exception {
        List<String> urls = new ArrayList<>(List.of("/calendar/meetings.ics"));
        jdbc.queryForList("select id from body order by id", Long.class).forEach(id -> urls.add("/calendar/bodies/" + id + ".ics"));
        int events = 0;
        for (String url : urls) {
            MvcResult result = mvc.perform(get(URI.create(url))).andReturn();
            assertThat(result.getResponse().getStatus()).as(url).isEqualTo(200);
            assertThat(result.getResponse().getContentType()).startsWith("text/calendar");
            String text = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(text).startsWith("BEGIN:VCALENDAR\r\n").contains("VERSION:2.0\r\n").contains("PRODID:")
                    .contains("BEGIN:VTIMEZONE\r\nTZID:Europe/Stockholm");
            for (String line : text.split("\r\n")) {
                assertThat(line.getBytes(StandardCharsets.UTF_8).length).as("folded at 75 octets").isLessThanOrEqualTo(75);
            }
            List<List<ParseWarning>> warnings = new ArrayList<>();
            ICalendar calendar = Biweekly.parse(text).warnings(warnings).first();
            assertThat(warnings.stream().flatMap(List::stream).toList()).as(url).isEmpty();
            for (VEvent event : calendar.getEvents()) {
                assertThat(event.getUid().getValue()).matches("meeting-\\d+@localhost");
                assertThat(event.getDateTimeStamp()).isNotNull();
                assertThat(event.getSequence()).isNotNull();
                assertThat(event.getDescription().getValue()).contains("http://localhost:8080/");
                events++;
            }
        }
        assertThat(events).isPositive();
        String all = mvc.perform(get(URI.create("/calendar/meetings.ics"))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(all).contains("DTSTART;TZID=Europe/Stockholm:");
        assertThat(mvc.perform(get(URI.create("/calendar/bodies/999999.ics"))).andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void aMeetingsSequenceRisesWhenItChanges() throws Exception {
        long meeting = jdbc.queryForObject("select id from meeting where status = 'PLANNED' order by id limit 1", Long.class);
        int before = sequenceOf(meeting);
        jdbc.update("update meeting set place = place || ' ', version = version + 1 where id = ?", meeting);
        try {
            assertThat(sequenceOf(meeting)).isEqualTo(before + 1);
        } finally {
            jdbc.update("update meeting set place = rtrim(place), version = version + 1 where id = ?", meeting);
        }
    }

    private int sequenceOf(long meeting) throws Exception {
        String text = mvc.perform(get(URI.create("/calendar/meetings.ics"))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        ICalendar calendar = Biweekly.parse(text).first();
        return calendar.getEvents().stream().filter(e -> e.getUid().getValue().equals("meeting-" + meeting + "@localhost"))
                .findFirst().orElseThrow().getSequence().getValue();
    }

    private String page(String path) throws Exception {
        MvcResult result = mvc.perform(get(URI.create(path))).andReturn();
        assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
