package se.sparbar.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import se.sparbar.meeting.Preference;
import se.sparbar.meeting.ProposalKind;
import se.sparbar.meeting.domain.MeetingFixture;
import se.sparbar.meeting.domain.Minutes;
import se.sparbar.motion.MotionDraft;
import se.sparbar.motion.domain.MotionImport;

/**
 * What the clerk saw wrong on her screens (issue 13): "null" before a motion without a case number, supporters in
 * English with the wrong verb, refusal pages without the layout or with the logged-out menu; and the buttons on the
 * meeting and paragraph pages, which were white on white.
 */
class ClerkScreensBrowserTest extends BrowserTest {

    @Autowired
    MeetingFixture fixture;

    @Autowired
    Minutes minutes;

    @Autowired
    MotionImport imports;

    @Autowired
    se.sparbar.meeting.domain.Meetings meetings;

    @Autowired
    Clock clock;

    @Test
    void aMotionWithoutACaseNumberIsListedByItsTitleAlone() {
        MeetingFixture.Council council = fixture.council(1, 0);
        String title = "Motion utan diarienummer " + System.nanoTime();
        // submitted a year less ten days ago and never registered: near its deadline, with no case number
        long motion = imports.draft(fixture.clerk(), council.members().get(0), new MotionDraft(title, "Text.", List.of("att det utreds"),
                council.bodyId(), Set.of(), new MotionDraft.Contact("Test", "Ledamot", null, null)), clock.instant().minus(Duration.ofDays(360)));
        imports.submit(motion, clock.instant().minus(Duration.ofDays(355)));
        logIn("clerk", "demo");
        open("/dashboard");
        WebElement link = find("main a[href='/motions/" + motion + "']");
        List<WebElement> listed = browser.findElements(By.cssSelector("main li a[href='/motions/" + motion + "']"));
        assertThat(listed).isNotEmpty();
        assertThat(listed).allSatisfy(a -> assertThat(a.getText()).isEqualTo(title));
        assertThat(link.getText()).doesNotContain("null");
        assertThat(find("main").getText()).doesNotContain("null");
        assertAccessible();
    }

    @Test
    void supportersAreToldInTheReadersLanguageWithTheRightVerb() {
        MeetingFixture.Council council = fixture.council(3, 0);
        long paragraph = fixture.openParagraph(council, "Motion om bänkar");
        String tag = council.name().substring("Fullmäktige ".length());
        long board = minutes.addPreparedProposal(paragraph, "Kommunstyrelsens förslag", "Motionen bifalls.");
        long reject = minutes.addProposal(paragraph, new Minutes.NewProposal(council.members().get(2), ProposalKind.REJECT, Preference.ONLY,
                "Avslag", "Motionen avslås.", Set.of()));
        minutes.support(paragraph, board, Set.of(council.members().get(1)));
        minutes.support(paragraph, reject, Set.of(council.members().get(0), council.members().get(1)));
        logIn("clerk", "demo");
        open("/paragraphs/" + paragraph + "?lang=en");
        String record = find("#paragraph-record").getText();
        assertThat(record).contains("Ledamot1 Test " + tag + " supports the proposal.")
                .contains("Ledamot0 Test " + tag + ", Ledamot1 Test " + tag + " support the proposal.")
                .doesNotContain("supports the proposal.\nLedamot0").doesNotContain("föreslår");
        assertAccessible();
        open("/paragraphs/" + paragraph + "?lang=fi");
        assertThat(find("#paragraph-record").getText()).contains("Ledamot1 Test " + tag + " kannattaa ehdotusta.")
                .contains("Ledamot0 Test " + tag + ", Ledamot1 Test " + tag + " kannattavat ehdotusta.");
        open("/paragraphs/" + paragraph + "?lang=sv");
        assertThat(find("#paragraph-record").getText()).contains("Ledamot1 Test " + tag + " föreslår att yrkandet bifalls.");
    }

    @Test
    void aRefusalKeepsTheLayoutAndTheClerksOwnMenu() {
        logIn("clerk", "demo");
        String name = find("header .nav-user").getText();
        // 403: a page of another role
        open("/admin/users");
        assertThat(heading()).isEqualTo("Åtkomst nekad");
        assertLoggedInLayout(name);
        assertAccessible();
        // 404: nothing there
        open("/motions/999999999");
        assertThat(heading()).isEqualTo("Sidan finns inte");
        assertLoggedInLayout(name);
        // 409: a change the record refuses (a meeting marked held twice), posted as the page's own form would
        MeetingFixture.Council council = fixture.council(2, 0);
        long paragraph = fixture.openParagraph(council, "Motion om staket");
        long meeting = fixture.jdbc.queryForObject("select meeting_id from minutes_paragraph where id = ?", Long.class, paragraph);
        open("/meetings/" + meeting);
        for (int i = 0; i < 2; i++) {
            String token = find("input[name=_csrf]").getAttribute("value");
            WebElement page = find("html");
            ((JavascriptExecutor) browser).executeScript("""
                    const form = document.createElement('form');
                    form.method = 'post';
                    form.action = arguments[0];
                    const csrf = document.createElement('input');
                    csrf.type = 'hidden'; csrf.name = '_csrf'; csrf.value = arguments[1];
                    form.appendChild(csrf);
                    document.body.appendChild(form);
                    form.submit();""", "/meetings/" + meeting + "/held", token);
            new org.openqa.selenium.support.ui.WebDriverWait(browser, Duration.ofSeconds(15)).until(driver -> {
                try {
                    page.isEnabled();
                    return false;
                } catch (org.openqa.selenium.WebDriverException gone) {
                    return true;
                }
            });
        }
        assertThat(heading()).isEqualTo("Ändringen är inte tillåten");
        assertThat(find("main .notice-error").getText()).isEqualTo("Sammanträdet är redan markerat som hållet.");
        assertLoggedInLayout(name);
        assertAccessible();
    }

    @Test
    void theButtonsOnTheMeetingAndParagraphPagesAreLegible() {
        MeetingFixture.Council council = fixture.council(3, 0);
        long paragraph = fixture.openParagraph(council, "Motion om skyltar");
        long meeting = fixture.jdbc.queryForObject("select meeting_id from minutes_paragraph where id = ?", Long.class, paragraph);
        minutes.addSpeaker(paragraph, council.members().get(1));
        meetings.addItem(meeting, se.sparbar.meeting.AgendaKind.INFORMATION, "Information om skyltar");
        fixture.preparedMotion(council, fixture.clerk(), "Motion om fler skyltar");
        logIn("clerk", "demo");
        open("/meetings/" + meeting);
        assertLegible("Protokollför");
        assertLegible("Lägg till");
        assertAccessible();
        screenshot("meeting-buttons");
        open("/paragraphs/" + paragraph);
        assertLegible("Ta bort");
        assertLegible("Lägg till talare");
        assertLegible("Lägg till yrkande");
        assertAccessible();
        screenshot("paragraph-buttons");
    }

    /** Every visible button with this text has text of another colour than what is behind it (white on white was the fault). */
    private void assertLegible(String text) {
        List<WebElement> buttons = browser.findElements(By.cssSelector("main button")).stream()
                .filter(b -> b.getText().equals(text)).toList();
        assertThat(buttons).as("buttons '%s'", text).isNotEmpty();
        for (WebElement button : buttons) {
            String colour = (String) ((JavascriptExecutor) browser).executeScript("""
                    let el = arguments[0];
                    const text = getComputedStyle(el).color;
                    let bg = 'rgba(0, 0, 0, 0)';
                    while (el && (bg === 'rgba(0, 0, 0, 0)' || bg === 'transparent')) { bg = getComputedStyle(el).backgroundColor; el = el.parentElement; }
                    return text + ' on ' + bg;""", button);
            String[] parts = colour.split(" on ");
            assertThat(parts[0]).as("'%s': %s", text, colour).isNotEqualTo(parts[1].replace("rgba(255, 255, 255, 1)", "rgb(255, 255, 255)"));
            assertThat(parts[0]).as("'%s' is not white text: %s", text, colour).isNotEqualTo("rgb(255, 255, 255)");
        }
    }

    private void assertLoggedInLayout(String name) {
        assertThat(browser.findElements(By.cssSelector("header.site-header"))).hasSize(1);
        assertThat(browser.findElements(By.cssSelector("link[rel=stylesheet][href='/css/sparbar.css']"))).hasSize(1);
        assertThat(find("header .nav-user").getText()).isEqualTo(name);
        assertThat(browser.findElements(By.cssSelector("header a[href='/login']"))).isEmpty();
        assertThat(browser.findElements(By.cssSelector("header form[action='/logout'] button"))).hasSize(1);
    }
}
