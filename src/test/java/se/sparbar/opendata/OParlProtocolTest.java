package se.sparbar.opendata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import se.sparbar.IntegrationTest;

/** The API's rules as a client meets them: errors, paging, filters, deleted objects, conditional GET, canonical URLs. */
@IntegrationTest
class OParlProtocolTest {

    static final String API = "http://localhost:8080/oparl/v1";
    static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    java.time.Clock clock;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    org.springframework.security.core.userdetails.UserDetailsService accounts;

    @ParameterizedTest
    @ValueSource(strings = {"/papers?modified_since=yesterday", "/papers?modified_since=2024-13-01T00:00:00%2B01:00",
            "/papers?created_until=2024-11-27", "/papers?limit=1000000000", "/papers?limit=0", "/papers?limit=-1",
            "/papers?limit=abc", "/papers?page=-1", "/papers?page=1000000000", "/papers?after=-5", "/papers?after=1-99999999999999999999",
            "/papers?omit_internal=maybe", "/papers?sort=name", "/meetings?modified_since=%00", "/sparbar/action-plans?limit=1001"})
    void badInputIsAnErrorObjectWith400(String path) throws Exception {
        MvcResult result = mvc.perform(get(java.net.URI.create(API + path))).andReturn();
        assertThat(result.getResponse().getStatus()).as(path).isEqualTo(400);
        assertError(result);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/persons/999999999", "/persons/abc", "/papers/motion-0", "/papers/speech-1", "/papers/999999999999999999999",
            "/nothing", "/nothing/1", "/bodies/2", "/legislative-terms/2019", "/legislative-terms/3022",
            "/sparbar/action-plans/999999", "/sparbar/action-plans/x", "/agenda-items/-1"})
    void unknownIdsAreAnErrorObjectWith404(String path) throws Exception {
        MvcResult result = mvc.perform(get(java.net.URI.create(API + path))).andReturn();
        assertThat(result.getResponse().getStatus()).as(path).isEqualTo(404);
        assertError(result);
    }

    @Test
    void aNulByteInThePathIsRefusedBeforeTheApi() throws Exception {
        assertThat(mvc.perform(get(java.net.URI.create(API + "/meetings/1%00"))).andReturn().getResponse().getStatus()).isEqualTo(400);
    }

    @Test
    void nonCanonicalFormsAnswer301() throws Exception {
        assertThat(redirect("http://localhost:8080/oparl/v1")).endsWith("/oparl/v1/system");
        assertThat(redirect(API + "/persons/007")).endsWith("/oparl/v1/persons/7");
        assertThat(redirect(API + "/papers/motion-01")).endsWith("/oparl/v1/papers/motion-1");
        assertThat(redirect(API + "/persons/")).endsWith("/oparl/v1/persons");
    }

    @Test
    void everyPageLinksToTheNextKeepingItsFiltersUntilTheLast() throws Exception {
        String since = "2000-01-01T00:00:00+01:00";
        String url = API + "/persons?limit=3&modified_since=" + since.replace("+", "%2B");
        List<String> ids = new ArrayList<>();
        int pages = 0;
        JsonNode page = null;
        while (url != null) {
            page = json(url);
            page.get("data").forEach(person -> ids.add(person.get("id").asText()));
            assertThat(page.get("data").size()).isLessThanOrEqualTo(3);
            pages++;
            url = page.get("links").has("next") ? page.get("links").get("next").asText() : null;
            if (url != null) {
                assertThat(url).contains("modified_since=2000-01-01T00%3A00%2B01%3A00").contains("limit=3");
            }
        }
        long persons = jdbc.queryForObject("select count(*) from person", Long.class);
        assertThat(ids).hasSize((int) persons).doesNotHaveDuplicates();
        assertThat(pages).isEqualTo((int) ((persons + 2) / 3));
        assertThat(page.get("links").has("next")).isFalse();
        JsonNode first = json(API + "/persons?limit=3");
        assertThat(first.get("pagination").get("totalElements").asLong()).isEqualTo(persons);
    }

    @Test
    void theTimeFiltersSelectByCreatedAndModified() throws Exception {
        assertThat(json(API + "/papers?modified_since=2999-01-01T00:00:00%2B01:00").get("data")).isEmpty();
        assertThat(json(API + "/papers?created_until=2000-01-01T00:00:00%2B01:00").get("data")).isEmpty();
        assertThat(json(API + "/papers?created_since=2000-01-01T00:00:00%2B01:00").get("data")).isNotEmpty();
    }

    @Test
    void aWithdrawnMotionIsDeletedAndListedOnlyToAClientAskingWhatChanged() throws Exception {
        long withdrawn = jdbc.queryForObject("select id from motion where status = 'WITHDRAWN' order by id limit 1", Long.class);
        String url = API + "/papers/motion-" + withdrawn;
        JsonNode paper = json(url);
        assertThat(paper.get("deleted").asBoolean()).isTrue();
        assertThat(paper.has("created")).isTrue();
        assertThat(paper.has("modified")).isTrue();
        assertThat(paper.has("name")).isFalse();
        assertThat(ids(API + "/papers?limit=1000")).doesNotContain(url);
        assertThat(ids(API + "/papers?limit=1000&modified_since=2000-01-01T00:00:00%2B01:00")).contains(url);
    }

    /**
     * Adjusted minutes are never rewritten: a correction (rättelse) is recorded beside them. So a
     * corrected paragraph is not deleted: it stays, carries the correction, and its {@code modified}
     * moves, so that a client syncing with {@code modified_since} fetches it again.
     */
    @Test
    void aCorrectedParagraphStaysAndIsListedAgainToAClientAskingWhatChanged() throws Exception {
        long paragraph = jdbc.queryForObject("""
                select max(p.id) from minutes_paragraph p join meeting m on m.id = p.meeting_id where m.status = 'POSTED'""", Long.class);
        long meeting = jdbc.queryForObject("select meeting_id from minutes_paragraph where id = ?", Long.class, paragraph);
        String url = API + "/agenda-items/" + paragraph;
        String before = json(url).get("modified").asText();
        // modified is the row's own time, kept by the database (ADR 0009): "since" is the database's time too
        String since = jdbc.queryForObject("select now()", java.time.OffsetDateTime.class).minusSeconds(1).withNano(0).toString();
        Thread.sleep(1_100);
        // the correction is dated by the application's clock, the row times by the database's: the tests' clock, which
        // starts at a fixed time, is moved past both, so that the correction is the latest thing that happened
        java.time.Instant latest = java.time.OffsetDateTime.parse(before).toInstant();
        java.time.Instant databaseNow = jdbc.queryForObject("select now()", java.time.OffsetDateTime.class).toInstant();
        latest = latest.isAfter(databaseNow) ? latest : databaseNow;
        java.time.Instant clockNow = clock.instant();
        if (!clockNow.isAfter(latest)) {
            se.sparbar.TestClock.advance(java.time.Duration.between(clockNow, latest).plusSeconds(60));
        }
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/meetings/" + meeting + "/corrections")
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(accounts.loadUserByUsername("clerk")))
                        .param("paragraphId", String.valueOf(paragraph)).param("description", "Rätt datum är 27 november")
                        .param("reason", "Skrivfel"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().is3xxRedirection());
        JsonNode item = json(url);
        assertThat(item.has("deleted")).isFalse();
        assertThat(item.get("modified").asText()).isNotEqualTo(before);
        assertThat(item.get("sparbar:correction").toString()).contains("Rätt datum är 27 november").contains("Skrivfel");
        String changed = API + "/agenda-items?limit=1000&modified_since=" + since.replace("+", "%2B");
        assertThat(ids(changed)).contains(url);
    }

    @Test
    void draftsAndUnpostedMinutesAreNotPublished() throws Exception {
        long draft = jdbc.queryForObject("select id from motion where status = 'DRAFT' order by id limit 1", Long.class);
        assertThat(mvc.perform(get(java.net.URI.create(API + "/papers/motion-" + draft))).andReturn().getResponse().getStatus()).isEqualTo(404);
        Long unposted = jdbc.queryForObject("""
                select min(p.id) from minutes_paragraph p join meeting m on m.id = p.meeting_id where m.status <> 'POSTED'""", Long.class);
        if (unposted != null) {
            assertThat(mvc.perform(get(java.net.URI.create(API + "/agenda-items/" + unposted))).andReturn().getResponse().getStatus()).isEqualTo(404);
        }
        long planned = jdbc.queryForObject("select id from meeting where status = 'PLANNED' order by id limit 1", Long.class);
        JsonNode meeting = json(API + "/meetings/" + planned);
        assertThat(meeting.has("agendaItem")).isFalse();
        assertThat(meeting.has("resultsProtocol")).isFalse();
    }

    @Test
    void conditionalGetAnswers304() throws Exception {
        MvcResult first = mvc.perform(get(java.net.URI.create(API + "/meetings"))).andReturn();
        String etag = first.getResponse().getHeader("ETag");
        String lastModified = first.getResponse().getHeader("Last-Modified");
        assertThat(etag).isNotBlank();
        assertThat(lastModified).isNotBlank();
        assertThat(mvc.perform(get(java.net.URI.create(API + "/meetings")).header("If-None-Match", etag)).andReturn().getResponse().getStatus()).isEqualTo(304);
        assertThat(mvc.perform(get(java.net.URI.create(API + "/meetings")).header("If-Modified-Since", lastModified)).andReturn().getResponse().getStatus())
                .isEqualTo(304);
        assertThat(mvc.perform(get(java.net.URI.create(API + "/meetings")).header("If-None-Match", "\"other\"")).andReturn().getResponse().getStatus())
                .isEqualTo(200);
    }

    @Test
    void omitInternalLeavesEmbeddedListsOut() throws Exception {
        JsonNode full = json(API + "/meetings?limit=1000");
        JsonNode lean = json(API + "/meetings?limit=1000&omit_internal=true");
        assertThat(full.toString()).contains("\"agendaItem\"");
        assertThat(lean.toString()).doesNotContain("\"agendaItem\"");
        assertThat(lean.get("links").get("self").asText()).contains("omit_internal=true");
    }

    @Test
    void theJune2024RollCallCountsTenYesFiveNoOneAbstaining() throws Exception {
        JsonNode items = json(API + "/agenda-items?limit=1000");
        List<String> counts = new ArrayList<>();
        items.get("data").forEach(item -> item.path("sparbar:decisionStep").forEach(step -> {
            JsonNode event = step.get("voteEvent");
            if (event != null) {
                StringBuilder line = new StringBuilder(item.get("number").asText() + ":");
                event.get("counts").forEach(count -> line.append(' ').append(count.get("option").asText()).append('=').append(count.get("value").asInt()));
                counts.add(line.toString());
            }
        }));
        assertThat(counts).anyMatch(line -> line.contains("yes=10 no=5 abstain=1"));
    }

    private String redirect(String url) throws Exception {
        MvcResult result = mvc.perform(get(java.net.URI.create(url))).andReturn();
        assertThat(result.getResponse().getStatus()).as(url).isEqualTo(301);
        return result.getResponse().getHeader("Location");
    }

    private List<String> ids(String url) throws Exception {
        List<String> ids = new ArrayList<>();
        json(url).get("data").forEach(object -> ids.add(object.get("id").asText()));
        return ids;
    }

    private JsonNode json(String url) throws Exception {
        MvcResult result = mvc.perform(get(java.net.URI.create(url))).andReturn();
        assertThat(result.getResponse().getStatus()).as(url).isEqualTo(200);
        return JSON.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private void assertError(MvcResult result) throws Exception {
        assertThat(result.getResponse().getHeader("Access-Control-Allow-Origin")).isEqualTo("*");
        JsonNode error = JSON.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(error.get("type").asText()).isEqualTo("https://schema.oparl.org/1.1/Error");
        assertThat(error.get("message").asText()).isNotBlank();
    }
}
