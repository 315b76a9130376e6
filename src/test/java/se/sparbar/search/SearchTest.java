package se.sparbar.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.sparbar.IntegrationTest;
import se.sparbar.StatementCounter;
import static se.sparbar.Rendered.rendered;
import se.sparbar.search.domain.Reader;
import se.sparbar.search.domain.SearchIndex;
import se.sparbar.search.domain.SearchRequest;
import se.sparbar.search.domain.SearchResult;

/**
 * Search against the real server: who finds what (unique words planted in each kind of non-public
 * record), freshness in the same transaction, ranking, highlighting that never lets stored text
 * become markup, suggestions, the feed and bad input.
 */
@IntegrationTest
class SearchTest {

    private static final AtomicInteger NUMBER = new AtomicInteger(90_000);

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SearchIndex index;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    PlatformTransactionManager transactionManager;

    // ------------------------------------------------------------------ who finds what

    @Test
    void eachReaderFindsExactlyWhatSheMayRead() {
        inRolledBackTransaction(() -> {
            long frida = personOf("councillor");
            long heidi = personOf("councillor2");
            Reader publicReader = Reader.PUBLIC;
            Reader fridaReader = new Reader(false, frida);
            Reader heidiReader = new Reader(false, heidi);
            Reader clerk = new Reader(true, null);

            motion("Utkast om zqxutkastord", "Text", "DRAFT", frida);
            motion("Återtagen om zqxtillbakaord", "Text", "WITHDRAWN", frida);
            motion("Inlämnad om zqxinlamnadord", "Text med kontakt", "SUBMITTED", frida);
            long meeting = meeting("HELD");
            paragraph(meeting, "Paragraf om zqxoposteradord", "Beskrivning");
            long plan = plan("Handlingsplan zqxplanutkastord", "DRAFT");
            item(plan, "Åtgärd zqxatgardutkastord");

            assertThat(found("zqxinlamnadord", publicReader)).isEqualTo(1);
            assertThat(found("zqxutkastord", publicReader)).isZero();
            assertThat(found("zqxutkastord", fridaReader)).isEqualTo(1);
            assertThat(found("zqxutkastord", heidiReader)).isZero();
            assertThat(found("zqxutkastord", clerk)).as("staff do not read others' drafts").isZero();
            assertThat(found("zqxtillbakaord", publicReader)).as("a withdrawn motion vanishes for the public").isZero();
            assertThat(found("zqxtillbakaord", clerk)).isEqualTo(1);
            assertThat(found("zqxoposteradord", publicReader)).as("minutes not yet posted").isZero();
            assertThat(found("zqxoposteradord", fridaReader)).isZero();
            assertThat(found("zqxoposteradord", clerk)).isEqualTo(1);
            assertThat(found("zqxplanutkastord", publicReader)).isZero();
            assertThat(found("zqxatgardutkastord", publicReader)).isZero();
            assertThat(found("zqxplanutkastord", clerk)).isEqualTo(1);
            assertThat(found("zqxatgardutkastord", clerk)).isEqualTo(1);
            // contact details are never indexed
            assertThat(found("hemligkontakt", clerk)).isZero();
            assertThat(found("0701234567", clerk)).isZero();
        });
    }

    @Test
    void theIndexChangesInTheSameTransactionAsTheRecord() {
        inRolledBackTransaction(() -> {
            long frida = personOf("councillor");
            long motion = motion("Förslag om zqxfarskord", "Text", "DRAFT", frida);
            assertThat(found("zqxfarskord", Reader.PUBLIC)).isZero();
            submit(motion);
            assertThat(found("zqxfarskord", Reader.PUBLIC)).isEqualTo(1);
            jdbc.update("update motion set title = 'Förslag om zqxnyttord' where id = ?", motion);
            assertThat(found("zqxfarskord", Reader.PUBLIC)).isZero();
            assertThat(found("zqxnyttord", Reader.PUBLIC)).isEqualTo(1);
            jdbc.update("insert into motion_proposal (motion_id, ordinal, proposal_text) values (?, 1, 'att zqxattsatsord utreds')", motion);
            assertThat(found("zqxattsatsord", Reader.PUBLIC)).isEqualTo(1);
            jdbc.update("update motion set status = 'WITHDRAWN', withdrawn_at = now() where id = ?", motion);
            assertThat(found("zqxnyttord", Reader.PUBLIC)).isZero();

            long meeting = meeting("HELD");
            paragraph(meeting, "Beslut om zqxanslagsord", "Text");
            assertThat(found("zqxanslagsord", Reader.PUBLIC)).isZero();
            jdbc.update("update meeting set status = 'POSTED', adjusted_on = current_date where id = ?", meeting);
            assertThat(found("zqxanslagsord", Reader.PUBLIC)).isEqualTo(1);

            long plan = plan("Plan zqxantagenord", "DRAFT");
            long item = item(plan, "Åtgärd zqxitemord");
            jdbc.update("insert into progress_report (item_id, reported_on, author_id, status, report_text, created_at) "
                    + "values (?, current_date, (select id from user_account where username = 'official'), 'ON_TRACK', 'Rapport zqxrapportord', now())", item);
            assertThat(found("zqxrapportord", Reader.PUBLIC)).isZero();
            jdbc.update("update action_plan set status = 'ADOPTED', adopted_on = current_date where id = ?", plan);
            assertThat(found("zqxantagenord", Reader.PUBLIC)).isEqualTo(1);
            assertThat(index.search(request("zqxitemord", null, null, false, 0), Reader.PUBLIC).kinds())
                    .as("the item, and its report under the item's title").extracting(SearchResult.Facet::value)
                    .containsExactlyInAnyOrder("ACTION_ITEM", "PROGRESS_REPORT");
            assertThat(found("zqxrapportord", Reader.PUBLIC)).isEqualTo(1);
        });
    }

    @Test
    void compoundsAndInflectionsAreFoundThroughTheWholeChain() {
        inRolledBackTransaction(() -> {
            long frida = personOf("councillor");
            motion("Zqxett: kommunfullmäktige och förskolan", "Beslutet om budgetprocessen och den nya styrmodell", "SUBMITTED", frida);
            for (String query : List.of("zqxett fullmäktige", "zqxett förskolor", "zqxett beslut", "zqxett budget", "zqxett styrmodellen")) {
                assertThat(found(query, Reader.PUBLIC)).as(query).isEqualTo(1);
            }
            assertThat(found("zqxett -förskolor", Reader.PUBLIC)).isZero();
            assertThat(found("zqxett or zqxinget", Reader.PUBLIC)).isEqualTo(1);
            assertThat(found("\"zqxett kommunfullmäktige\"", Reader.PUBLIC)).isEqualTo(1);
            assertThat(found("\"förskolan zqxett\"", Reader.PUBLIC)).isZero();
        });
    }

    @Test
    void titlesRankAboveTextsAndAPhraseAboveScatteredWords() {
        inRolledBackTransaction(() -> {
            long frida = personOf("councillor");
            long inText = motion("Ett förslag", "Det handlar om zqxrankord i texten bland mycket annat som står här.", "SUBMITTED", frida);
            long inTitle = motion("Om zqxrankord", "Text utan ordet.", "SUBMITTED", frida);
            assertThat(hits("zqxrankord", Reader.PUBLIC)).extracting(SearchResult.Hit::recordId).containsExactly(inTitle, inText);

            long scattered = motion("Zqxfrasa lokaler", "Lokaler för skolan. Vi vill se nya idéer om allt möjligt, och sedan zqxfrasb.", "SUBMITTED", frida);
            long phrase = motion("Zqxfrasa lokaler", "Förslaget gäller zqxfrasb zqxfrasc, inget annat.", "SUBMITTED", frida);
            assertThat(hits("zqxfrasb zqxfrasa", Reader.PUBLIC)).extracting(SearchResult.Hit::recordId).contains(scattered, phrase);
            assertThat(hits("zqxfrasb zqxfrasc", Reader.PUBLIC)).extracting(SearchResult.Hit::recordId).containsExactly(phrase);
            long near = motion("Om zqxnara", "zqxnarb zqxnarc står intill varandra här", "SUBMITTED", frida);
            long far = motion("Om zqxnara", "zqxnarc först, sedan mycket annan text om lokaler och skolor och till sist zqxnarb", "SUBMITTED", frida);
            assertThat(hits("zqxnarb zqxnarc", Reader.PUBLIC)).extracting(SearchResult.Hit::recordId).containsExactly(near, far);
        });
    }

    @Test
    void filtersCountAndNarrowAndSortingByDateIsNewestFirst() {
        inRolledBackTransaction(() -> {
            long frida = personOf("councillor");
            long older = motion("Zqxfilter ett", "Text", "SUBMITTED", frida);
            jdbc.update("update motion set submitted_at = submitted_at - interval '800 days', filed_year = filed_year - 2 where id = ?", older);
            long newer = motion("Zqxfilter två", "Text", "SUBMITTED", frida);
            governing("Zqxfilter riktlinje");
            SearchResult all = index.search(request("zqxfilter", null, null, true, 0), Reader.PUBLIC);
            assertThat(all.total()).isEqualTo(3);
            assertThat(all.kinds()).extracting(SearchResult.Facet::value, SearchResult.Facet::count)
                    .contains(org.assertj.core.groups.Tuple.tuple("MOTION", 2L), org.assertj.core.groups.Tuple.tuple("GOVERNING_DOCUMENT", 1L));
            assertThat(all.years()).hasSizeGreaterThanOrEqualTo(2);
            assertThat(all.hits().get(0).recordId()).isNotEqualTo(older);
            SearchResult motions = index.search(request("zqxfilter", SearchKind.MOTION, null, true, 0), Reader.PUBLIC);
            assertThat(motions.hits()).extracting(SearchResult.Hit::recordId).containsExactly(newer, older);
            int olderYear = jdbc.queryForObject("select filed_year from motion where id = ?", Integer.class, older);
            SearchResult byYear = index.search(new SearchRequest("zqxfilter", SearchKind.MOTION, null, olderYear, null, false, 0, 20), Reader.PUBLIC);
            assertThat(byYear.hits()).extracting(SearchResult.Hit::recordId).containsExactly(older);
            SearchResult byStatus = index.search(request("zqxfilter", SearchKind.MOTION, "WITHDRAWN", false, 0), Reader.PUBLIC);
            assertThat(byStatus.total()).isZero();
            SearchResult paged = index.search(new SearchRequest("zqxfilter", null, null, null, null, true, 1, 2), Reader.PUBLIC);
            assertThat(paged.hits()).hasSize(1);
            assertThat(paged.total()).isEqualTo(3);
        });
    }

    @Test
    void aMisspeltWordGetsASuggestionThatFindsSomething() {
        inRolledBackTransaction(() -> {
            motion("Trafiksäkerhet vid zqxbullerplank", "Text", "SUBMITTED", personOf("councillor"));
            motion("Hemligt utkast om zqxkattunge", "Text", "DRAFT", personOf("councillor"));
            SearchResult result = index.search(request("zqxbulerplank", null, null, false, 0), Reader.PUBLIC);
            assertThat(result.total()).isZero();
            assertThat(result.suggestion()).isEqualTo("zqxbullerplank");
            assertThat(index.search(request("zqxkatunge", null, null, false, 0), Reader.PUBLIC).suggestion())
                    .as("a draft's title is no suggestion").isNull();
        });
    }

    // ------------------------------------------------------------------ the page

    @Test
    void thePageHighlightsHitsAndEscapesEverythingElse() throws Exception {
        motion("<script>alert('zqxxss')</script> <b>fet</b> om zqxmarkord", "Texten om zqxmarkord <img src=x onerror=alert(1)> \uE000falsk\uE001",
                "SUBMITTED", personOf("councillor"));
        String page = mvc.perform(get("/search").param("q", "zqxmarkord"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("<mark>zqxmarkord</mark>")
                .contains("&lt;script&gt;alert(")
                .contains("&lt;img src=x onerror=alert(1)&gt;")
                .doesNotContain("<script>alert").doesNotContain("<b>fet</b>").doesNotContain("<img src=x")
                .doesNotContain("<mark>falsk</mark>")
                .contains("value=\"zqxmarkord\"");
    }

    @Test
    void theSearchBoxIsInTheHeaderAndOnTheStartPage() throws Exception {
        mvc.perform(get("/")).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"site-search-q\"")))
                .andExpect(content().string(Matchers.containsString("id=\"home-search-q\"")));
        mvc.perform(get("/governing-documents").with(user("councillor").roles("COUNCILLOR"))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"site-search-q\"")));
    }

    @Test
    void aCouncillorFindsHerOwnDraftOnThePageAndThePublicDoesNot() throws Exception {
        motion("Utkast zqxegetutkast", "Text", "DRAFT", personOf("councillor"));
        mvc.perform(get("/search").param("q", "zqxegetutkast").with(as("councillor")))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("<mark>zqxegetutkast</mark>")));
        mvc.perform(get("/search").param("q", "zqxegetutkast").with(as("councillor2")))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.not(Matchers.containsString("<mark>zqxegetutkast"))));
        mvc.perform(get("/search").param("q", "zqxegetutkast"))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.not(Matchers.containsString("<mark>zqxegetutkast"))));
        mvc.perform(get("/search.atom").param("q", "zqxegetutkast"))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.not(Matchers.containsString("zqxegetutkast</title>"))));
    }

    @Test
    void theAtomFeedListsTheHits() throws Exception {
        long motion = motion("Flöde om zqxfeedord & annat", "Text om zqxfeedord", "SUBMITTED", personOf("councillor"));
        String feed = mvc.perform(get("/search.atom").param("q", "zqxfeedord"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/atom+xml"))
                .andReturn().getResponse().getContentAsString();
        assertThat(feed).contains("<feed xmlns=\"http://www.w3.org/2005/Atom\"")
                .contains("Flöde om zqxfeedord &amp; annat")
                .contains("/motions/" + motion);
    }

    @Test
    void badInputIsAMessageOrAnEmptyResultNeverAServerError() throws Exception {
        String[][] cases = {
                {"q", "a".repeat(10_000), "Sökningen är för lång"},
                {"q", "och att det som", "inga ord som går att söka på"},
                {"q", "!!! ... ??? ,,,", "inga ord som går att söka på"},
                {"q", "\"styrmodell", "<mark>"},
                {"q", "styr\u0000modell", "träffar"},
                {"q", "", "Skriv vad du söker"},
                {"q", "-", "inga ord som går att söka på"},
                {"q", "{x} %s ' ; drop table motion; --", "Inga träffar"},
        };
        for (String[] c : cases) {
            mvc.perform(get("/search").param(c[0], c[1]))
                    .andExpect(status().isOk())
                    .andExpect(content().string(Matchers.containsString(c[2])));
        }
        mvc.perform(get("/search").param("q", "styrmodell").param("page", "-1")).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("<mark>")));
        mvc.perform(get("/search").param("q", "styrmodell").param("page", "1000000000")).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Det finns inga träffar på den här sidan")));
        mvc.perform(get("/search").param("q", "styrmodell").param("page", "x").param("kind", "NOPE").param("body", "1e9")
                        .param("year", "99999999999").param("status", "<x>").param("sort", "\u0000"))
                .andExpect(status().isOk());
        mvc.perform(get("/search.atom").param("q", "a".repeat(10_000))).andExpect(status().isOk());
        mvc.perform(get("/search.atom")).andExpect(status().isOk());
        mvc.perform(get("/search")).andExpect(status().isOk());
    }

    @Test
    void aSearchRunsTheSameFewStatementsWhateverTheNumberOfHits() throws Exception {
        long frida = personOf("councillor");
        motion("Zqxfaträff", "Text", "SUBMITTED", frida);
        for (int i = 0; i < 60; i++) {
            motion("Zqxmangaträff nummer " + i, "Text om zqxmangaträff", "SUBMITTED", frida);
        }
        long few = statementsFor("zqxfaträff");
        long many = statementsFor("zqxmangaträff");
        long none = statementsFor("zqxingentraffalls");
        System.out.printf("SQL statements for /search: %d for 1 hit, %d for 61 hits, %d for none (with a suggestion look-up)%n", few, many, none);
        assertThat(many).isEqualTo(few).isLessThanOrEqualTo(4);
        assertThat(none).isLessThanOrEqualTo(6);
    }

    // ------------------------------------------------------------------ helpers

    private long statementsFor(String q) throws Exception {
        StatementCounter.reset();
        mvc.perform(get("/search").param("q", q).with(rendered())).andExpect(status().isOk());
        return StatementCounter.count();
    }

    private RequestPostProcessor as(String username) {
        return user(accounts.loadUserByUsername(username));
    }

    private static SearchRequest request(String q, SearchKind kind, String status, boolean byDate, int page) {
        return new SearchRequest(q, kind, null, null, status, byDate, page, 20);
    }

    private long found(String q, Reader reader) {
        return index.search(request(q, null, null, false, 0), reader).total();
    }

    private List<SearchResult.Hit> hits(String q, Reader reader) {
        return index.search(request(q, null, null, false, 0), reader).hits();
    }

    private void inRolledBackTransaction(Runnable work) {
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            work.run();
            status.setRollbackOnly();
        });
    }

    private long personOf(String username) {
        return jdbc.queryForObject("select p.id from person p join user_account u on u.id = p.user_account_id where u.username = ?",
                Long.class, username);
    }

    private long motion(String title, String text, String status, long person) {
        boolean submitted = !"DRAFT".equals(status);
        return jdbc.queryForObject("""
                insert into motion (addressed_body_id, title, motion_text, first_signatory_id, filed_by, contact_first_name,
                                    contact_last_name, contact_phone, contact_email, created_at, submitted_at, filed_year,
                                    deadline_on, status, status_changed_at, withdrawn_at)
                select (select id from body where abbreviation = 'KF'), ?, ?, ?, (select id from user_account where username = 'councillor'),
                       'Hemligkontakt', 'Kontaktsson', '0701234567', 'hemligkontakt@example.org', now(),
                       case when ? then now() end, case when ? then extract(year from now())::int end,
                       case when ? then current_date + 365 end, ?, now(), case when ? = 'WITHDRAWN' then now() end
                returning id
                """, Long.class, title, text, person, submitted, submitted, submitted, status, status);
    }

    private void submit(long motion) {
        jdbc.update("update motion set status = 'SUBMITTED', submitted_at = now(), filed_year = extract(year from now())::int, "
                + "deadline_on = current_date + 365 where id = ?", motion);
    }

    private long meeting(String status) {
        return jdbc.queryForObject("insert into meeting (body_id, starts_at, place, status) "
                + "values ((select id from body where abbreviation = 'KF'), now(), 'Sessionssalen', ?) returning id", Long.class, status);
    }

    private long paragraph(long meeting, String title, String description) {
        return jdbc.queryForObject("""
                insert into minutes_paragraph (meeting_id, body_id, paragraph_year, number, title, case_description)
                select id, body_id, 2999, ?, ?, ? from meeting where id = ? returning id
                """, Long.class, NUMBER.incrementAndGet(), title, description, meeting);
    }

    private long plan(String title, String status) {
        return jdbc.queryForObject("""
                insert into action_plan (title, owner_body_id, period_from, period_to, status, adopted_on)
                values (?, (select id from body where abbreviation = 'KS'), current_date, current_date + 365, ?,
                        case when ? <> 'DRAFT' then current_date end) returning id
                """, Long.class, title, status, status);
    }

    private long item(long plan, String title) {
        return jdbc.queryForObject("""
                insert into action_item (plan_id, ordinal, title, responsible_text, timeline_text, due_on, recurrence, effect_kind,
                                         status, status_changed_at)
                values (?, (select coalesce(max(ordinal), 0) + 1 from action_item where plan_id = ?), ?, 'Ekonomichef', '2026',
                        current_date + 30, 'NONE', 'NONE', 'NOT_STARTED', now()) returning id
                """, Long.class, plan, plan, title);
    }

    private long governing(String title) {
        return jdbc.queryForObject("""
                insert into governing_document (doc_type, title, owner_body_id, adopted_reference, adopted_on, valid_from, status)
                values ('GUIDELINE', ?, (select id from body where abbreviation = 'KS'), 'KS 2026-01-01 § 1', current_date, current_date, 'IN_FORCE')
                returning id
                """, Long.class, title);
    }

}
