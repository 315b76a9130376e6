package se.sparbar.meeting.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import se.sparbar.IntegrationTest;
import se.sparbar.meeting.NonParticipationKind;

/**
 * The paragraph editor in parts: a save sent by htmx (HX-Request) is answered with the part saved and, out of band,
 * what it changed elsewhere on the page; the same form posted without JavaScript gets the whole page, as before.
 */
@IntegrationTest
class ParagraphPartsWebTest {

    @Autowired
    MeetingFixture fixture;

    @Autowired
    Minutes minutes;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    private MockHttpServletRequestBuilder asClerk(MockHttpServletRequestBuilder request) {
        return request.with(csrf()).with(user(users.loadUserByUsername("clerk")));
    }

    private static MockHttpServletRequestBuilder htmx(MockHttpServletRequestBuilder request) {
        return request.header("HX-Request", "true");
    }

    @Test
    void thePageHasATableOfContentsAndEachPartIsANamedRegion() throws Exception {
        MeetingFixture.Council council = fixture.council(3, 0);
        long paragraph = fixture.openParagraph(council, "Motion om parkbänkar");
        String page = mvc.perform(asClerk(get("/paragraphs/" + paragraph))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        for (String part : List.of("texts", "speakers", "proposals", "non-participation", "procedure", "decision", "reservations",
                "notes", "distribution")) {
            assertThat(page).as("the contents link to %s", part).contains("<a href=\"#" + part + "\"");
            assertThat(page).as("%s is a region named by its heading", part)
                    .containsPattern("<section id=\"" + part + "\" aria-labelledby=\"[a-z-]+-heading\"");
        }
        assertThat(page).contains("<nav class=\"toc\" aria-label=\"Paragrafens delar\"");
    }

    @Test
    void withoutJavaScriptASaveRedirectsToTheWholePageAndAnErrorShowsTheWholePage() throws Exception {
        MeetingFixture.Council council = fixture.council(3, 0);
        long paragraph = fixture.openParagraph(council, "Motion om parkbänkar");
        mvc.perform(asClerk(post("/paragraphs/" + paragraph + "/speakers")).param("speakerId", council.members().get(2).toString()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/paragraphs/" + paragraph + "#speakers"));
        mvc.perform(asClerk(post("/paragraphs/" + paragraph + "/non-participation")).param("memberId", council.members().get(1).toString()))
                .andExpect(status().isOk())
                .andExpect(result -> assertThat(result.getResponse().getContentAsString())
                        .contains("<html", "class=\"site-header\"", "id=\"error-summary\"", "id=\"texts\""));
        mvc.perform(asClerk(post("/paragraphs/" + paragraph + "/non-participation/" + council.members().get(2) + "/remove")))
                .andExpect(redirectedUrl("/paragraphs/" + paragraph + "#non-participation"));
    }

    @Test
    void withHtmxASaveAnswersThePartSavedWithWhatItChangedOutOfBand() throws Exception {
        MeetingFixture.Council council = fixture.council(3, 0);
        long paragraph = fixture.openParagraph(council, "Motion om parkbänkar");
        minutes.addPreparedProposal(paragraph, "Kommunstyrelsens förslag", "Motionen bifalls.");
        String speaker = "Ledamot2 Test " + council.name().substring("Fullmäktige ".length());

        String answer = mvc.perform(htmx(asClerk(post("/paragraphs/" + paragraph + "/speakers")))
                        .param("speakerId", council.members().get(2).toString()))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Sparbar-Part", "speakers"))
                .andReturn().getResponse().getContentAsString();
        assertThat(answer).doesNotContain("class=\"site-header\"", "id=\"texts\"");
        assertThat(answer).contains("<section id=\"speakers\"", "role=\"status\"", "Ändringarna är sparade.");
        // the record above the editor, out of band
        assertThat(answer).contains("<div id=\"paragraph-record\" hx-swap-oob=\"true\">").contains(speaker);
        assertThat(answer.indexOf("<section id=\"speakers\"")).isLessThan(answer.indexOf("paragraph-record"));

        // a second proposal: the procedure's forms appear, out of band
        answer = mvc.perform(htmx(asClerk(post("/paragraphs/" + paragraph + "/proposals")))
                        .param("moverId", council.members().get(2).toString()).param("proposalKind", "REJECT")
                        .param("preference", "ONLY").param("label", "Avslag").param("proposalText", "Motionen avslås."))
                .andExpect(status().isOk()).andExpect(header().string("X-Sparbar-Part", "proposals"))
                .andReturn().getResponse().getContentAsString();
        assertThat(answer).contains("<section id=\"proposals\"", "<section id=\"procedure\"")
                .containsPattern("<section id=\"procedure\"[^>]*hx-swap-oob=\"true\"")
                .contains("Lägg till proposition");
        // the form saved comes back empty
        assertThat(answer).doesNotContain("value=\"Avslag\"");

        // the title: the heading out of band as well
        answer = mvc.perform(htmx(asClerk(post("/paragraphs/" + paragraph + "/texts")))
                        .param("title", "Motion om fler parkbänkar").param("version", String.valueOf(minutes.view(paragraph).version())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(answer).contains("<h1 id=\"paragraph-heading\" hx-swap-oob=\"true\">", "Motion om fler parkbänkar");
        // the decision form must now send the new version, or the next save would be refused as a conflict
        assertThat(answer).contains("<input type=\"hidden\" id=\"decision-version\" name=\"version\" value=\""
                + minutes.view(paragraph).version() + "\" hx-swap-oob=\"true\">");
    }

    @Test
    void withHtmxAnErrorOrARefusalAnswersThePartWithItsErrorsAndTheInputKept() throws Exception {
        MeetingFixture.Council council = fixture.council(3, 0);
        long paragraph = fixture.openParagraph(council, "Motion om parkbänkar");
        // a field left out: 200, the part with its error summary, what was typed kept
        String answer = mvc.perform(htmx(asClerk(post("/paragraphs/" + paragraph + "/proposals")))
                        .param("proposalKind", "REJECT").param("preference", "ONLY").param("label", "Mitt avslag")
                        .param("proposalText", "Motionen avslås."))
                .andExpect(status().isOk()).andExpect(header().string("X-Sparbar-Part", "proposals"))
                .andReturn().getResponse().getContentAsString();
        assertThat(answer).contains("id=\"error-summary\"", "value=\"Mitt avslag\"", "Motionen avsl&aring;s.")
                .doesNotContain("class=\"site-header\"", "Ändringarna är sparade.");
        // a rule of the minutes refuses: 409, still the part, the reason beside the field, the input kept
        minutes.addNonParticipation(paragraph, council.members().get(2), NonParticipationKind.CONFLICT_OF_INTEREST);
        answer = mvc.perform(htmx(asClerk(post("/paragraphs/" + paragraph + "/proposals")))
                        .param("moverId", council.members().get(2).toString()).param("proposalKind", "REJECT")
                        .param("preference", "ONLY").param("label", "Avslag med jav").param("proposalText", "Motionen avslås."))
                .andExpect(status().isConflict()).andExpect(header().string("X-Sparbar-Part", "proposals"))
                .andReturn().getResponse().getContentAsString();
        assertThat(answer).contains("<section id=\"proposals\"", "id=\"error-summary\"", "value=\"Avslag med jav\"")
                .doesNotContain("class=\"site-header\"");
        assertThat(minutes.view(paragraph).proposals()).isEmpty();
        // and nothing was changed by the refused request
        assertThat(minutes.view(paragraph).nonParticipants()).hasSize(1);
    }
}
