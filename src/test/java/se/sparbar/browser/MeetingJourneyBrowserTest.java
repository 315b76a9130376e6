package se.sparbar.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import se.sparbar.meeting.domain.MeetingFixture;

/**
 * The journey of issue 4: the clerk plans a council meeting, puts the prepared motion on the
 * agenda, records a proposal and a roll-call vote, decides, has the minutes adjusted and posts
 * them; the public notice board shows them with the right dates and the motion shows its
 * decision. axe-core checks every page on the way.
 */
class MeetingJourneyBrowserTest extends BrowserTest {

    @Autowired
    java.time.Clock clock;

    @Autowired
    MeetingFixture fixture;

    @Test
    void fromAgendaToNoticeBoard() {
        MeetingFixture.Council council = fixture.council(3, 1);
        String caseNumber = fixture.preparedMotion(council, fixture.clerk(), "Belysning på gång- och cykelvägar");
        String[] m = new String[3];
        for (int i = 0; i < 3; i++) {
            m[i] = fixture.jdbc.queryForObject("select first_name || ' ' || last_name from person where id = ?", String.class,
                    council.members().get(i));
        }
        LocalDate today = LocalDate.now(clock);

        logIn("clerk", "demo");
        open("/meetings");
        assertAccessible();
        clickAndWait(find("a[href='/meetings/new']"));
        assertAccessible();
        new Select(find("#bodyId")).selectByVisibleText(council.name());
        setValue("#date", today.toString());
        setValue("#startTime", "00:00"); // started already today: it may decide, be held, adjusted and posted today
        find("#place").sendKeys("Stadshuset, sessionssalen");
        clickAndWait(find("main form button[type=submit]"));
        assertThat(heading()).startsWith(council.name());
        assertThat(find(".facts").getText()).contains("Beslutfört: 3 av 3");
        assertAccessible();
        String meetingPath = path();

        // functionaries, then the prepared motion onto the agenda
        new Select(find("#chair")).selectByVisibleText(m[0]);
        new Select(find("#adjusters0")).selectByVisibleText(m[1]);
        clickAndWait(buttonWithText("Spara funktionärerna"));
        WebElement candidate = browser.findElements(By.cssSelector(".candidates li")).stream()
                .filter(li -> li.getText().contains(caseNumber)).findFirst().orElseThrow();
        clickAndWait(candidate.findElement(By.tagName("button")));
        assertThat(find(".agenda").getText()).contains(caseNumber, "Belysning på gång- och cykelvägar");
        assertAccessible();
        clickAndWait(buttonWithText("Protokollför"));
        assertThat(heading()).contains("Belysning på gång- och cykelvägar");
        assertAccessible();
        String paragraphPath = path();

        // a proposal to reject, put against the board's proposal in a roll-call vote
        new Select(find("#moverId")).selectByVisibleText(m[2]);
        new Select(find("#proposalKind")).selectByVisibleText("avslag");
        new Select(find("#preference")).selectByVisibleText("Yrkande");
        find("#label").sendKeys("Avslagsyrkandet");
        find("#proposalText").sendKeys("Att motionen avslås.");
        clickAndWait(buttonWithText("Lägg till yrkande"));
        assertAccessible();
        new Select(find("#yesId")).selectByVisibleText("Kommunstyrelsens förslag till beslut");
        new Select(find("#noId")).selectByVisibleText("Avslagsyrkandet (" + m[2] + ")");
        new Select(find("#ballot-" + council.members().get(0))).selectByVisibleText("Ja");
        new Select(find("#ballot-" + council.members().get(1))).selectByVisibleText("Ja");
        new Select(find("#ballot-" + council.members().get(2))).selectByVisibleText("Nej");
        clickAndWait(buttonWithText("Registrera omröstningen"));
        assertThat(find("main").getText()).contains("Omröstningsresultat: 2 ja, 1 nej, 0 avstår");
        new Select(find("#outcome")).selectByVisibleText("Bifall");
        find("#decisionText").sendKeys("Motionen bifalls.");
        clickAndWait(buttonWithText("Registrera beslutet"));
        assertThat(find("main").getText()).contains("Motionen bifalls.");
        assertAccessible();

        // a member who voted for the winning proposal cannot reserve against it; one who voted against can, and may withdraw it
        new Select(find("#reserverId")).selectByVisibleText(m[0]);
        clickAndWait(buttonWithText("Registrera reservation"));
        assertThat(find("#reservations").getText()).contains("röstade för förslaget som vann");
        assertAccessible();
        new Select(find("#reserverId")).selectByVisibleText(m[2]);
        find("#writtenText").sendKeys("Belysningen behövs inte.");
        clickAndWait(buttonWithText("Registrera reservation"));
        assertThat(find("#reservations").getText()).contains("Ta tillbaka reservationen (" + m[2] + ")");
        assertAccessible();
        screenshot("paragraph-reservations", "#reservations");
        clickAndWait(buttonWithText("Ta tillbaka reservationen (" + m[2] + ")"));
        assertThat(find("#reservations").getText()).doesNotContain("Ta tillbaka reservationen");
        // the paragraph's history tells every step, with names
        open("/history/MinutesParagraph/" + paragraphPath.substring(paragraphPath.lastIndexOf('/') + 1));
        assertThat(find("main").getText()).contains("Omröstning, röster", m[2] + ": Nej", "Reservation", "Yrkande")
                .doesNotContain("??");
        assertAccessible();
        screenshot("paragraph-history", "main");
        open(paragraphPath);

        // held, adjusted by the chair and the adjuster, posted today
        open(meetingPath);
        clickAndWait(buttonWithText("Sammanträdet är hållet"));
        clickAndWait(find("#adjustment form button"));
        clickAndWait(find("#adjustment form button"));
        assertThat(find(".status").getText()).isEqualTo("Justerat");
        assertAccessible();
        // where the minutes are kept is required: the form says so beside the field and keeps the date
        clickAndWait(buttonWithText("Anslå protokollet"));
        assertThat(find("#posting").getText()).contains("Ange var protokollet förvaras.");
        assertAccessible();
        find("#minutesKeptAt").sendKeys("Kommunledningskontoret, Stadshuset");
        clickAndWait(buttonWithText("Anslå protokollet"));
        assertThat(find("#posting").getText()).contains(today.plusDays(21).toString());
        assertAccessible();
        // locked: the paragraph page offers no more recording
        open(paragraphPath);
        assertThat(browser.findElements(By.id("record"))).isEmpty();
        assertAccessible();
        logOut();

        // the public notice board shows the posting with its dates, and the minutes are public
        open("/notice-board");
        WebElement row = browser.findElements(By.cssSelector("main table tbody tr")).stream()
                .filter(r -> r.getText().contains(council.name())).findFirst().orElseThrow();
        assertThat(row.getText()).contains(today.toString(), today.plusDays(21).toString());
        assertAccessible();
        clickAndWait(row.findElement(By.tagName("a")));
        assertThat(find("main").getText()).contains("Belysning på gång- och cykelvägar", "Omröstningsresultat: 2 ja, 1 nej, 0 avstår",
                "Motionen bifalls.");
        assertAccessible();

        // the motion shows its decision and links to the paragraph
        open("/motions/" + fixture.motionIdOf(caseNumber));
        assertThat(find(".status").getText()).isEqualTo("Bifallen");
        WebElement decision = find("a[href='" + paragraphPath + "']");
        assertThat(decision.getText()).contains(" § ");
        assertAccessible();
        clickAndWait(decision);
        assertThat(heading()).contains("Belysning på gång- och cykelvägar");
        assertAccessible();
    }

    private void setValue(String css, String value) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];", find(css), value);
    }

    private WebElement buttonWithText(String text) {
        return browser.findElements(By.cssSelector("main button")).stream()
                .filter(b -> b.getText().equals(text)).findFirst().orElseThrow(() -> new AssertionError("no button " + text));
    }

    /** For looking at the page: target/screenshots/NAME.png, scrolled to {@code selector}. */
    private void screenshot(String name, String selector) {
        try {
            ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", find(selector));
            java.nio.file.Path directory = java.nio.file.Path.of("target", "screenshots");
            java.nio.file.Files.createDirectories(directory);
            byte[] png = ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
            java.nio.file.Files.write(directory.resolve(name + ".png"), png);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
