package se.sparbar.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * The journey of issue 3: a councillor files a motion with a co-signer, the co-signer confirms,
 * the motion is submitted, the clerk registers it and refers it, the statement is recorded with
 * a PDF, and the motion's page tells the story. axe-core checks every page on the way.
 */
class MotionJourneyBrowserTest extends BrowserTest {

    @Test
    void fromDraftToStatement() throws Exception {
        String title = "Trygga skolvägar i alla stadsdelar";

        // the councillor writes a draft and invites Heidi Hankanen Ängberg to co-sign
        logIn("councillor", "demo");
        clickAndWait(find("a[href='/motions/new']"));
        assertAccessible();
        find("#title").sendKeys(title);
        find("#text").sendKeys("Många barn går och cyklar till skolan.\n\nKommunen bör göra skolvägarna tryggare.");
        find("#proposals0").sendKeys("att kommunen kartlägger skolvägarna");
        clickAndWait(find("button[value=addProposal]"));
        find("#proposals1").sendKeys("att åtgärder prioriteras i budgeten");
        checkLabelled("Heidi Hankanen Ängberg (C)");
        find("#contactPhone").sendKeys("0322-61 61 00");
        clickAndWait(find("button.button[value=save]"));
        assertThat(heading()).isEqualTo(title);
        assertThat(find(".status").getText()).isEqualTo("Utkast");
        assertThat(find(".proposals").getText()).contains("att kommunen kartlägger skolvägarna", "att åtgärder prioriteras i budgeten");
        assertAccessible();
        String motionPath = path();
        logOut();

        // the co-signer sees the invitation on her dashboard and confirms
        logIn("councillor2", "demo");
        clickAndWait(browser.findElement(By.linkText(title)));
        clickAndWait(buttonWithText("Bekräfta att jag skriver under"));
        assertThat(find(".facts").getText()).contains("Heidi Hankanen Ängberg (C) – har skrivit under");
        assertAccessible();
        logOut();

        // the councillor submits
        logIn("councillor", "demo");
        open(motionPath);
        clickAndWait(buttonWithText("Lämna in motionen"));
        assertThat(find(".status").getText()).isEqualTo("Inlämnad");
        assertAccessible();
        // withdrawing asks first; saying no changes nothing
        clickAndWait(find("a[href$='/withdraw']"));
        assertThat(heading()).isEqualTo("Återta motionen?");
        assertAccessible();
        clickAndWait(browser.findElement(By.linkText("Nej, tillbaka till motionen")));
        assertThat(find(".status").getText()).isEqualTo("Inlämnad");
        logOut();

        // the clerk registers it from the inbox and refers it to Servicenämnden
        logIn("clerk", "demo");
        clickAndWait(browser.findElement(By.linkText(title)));
        clickAndWait(find("a[href$='/register']"));
        assertAccessible();
        clickAndWait(find("main form button[type=submit]"));
        String caseNumber = find(".kicker").getText().replace("Motion · ", "");
        assertThat(caseNumber).matches("\\d{4}\\.\\d+ KS");
        assertThat(find(".status").getText()).isEqualTo("Registrerad");
        assertThat(find(".facts").getText()).contains("0322-61 61 00");
        assertAccessible();

        clickAndWait(find("a[href$='/referrals/new']"));
        assertAccessible();
        checkLabelled("Servicenämnden");
        clickAndWait(find("main form button[type=submit]"));
        assertThat(find(".status").getText()).isEqualTo("På remiss");
        assertThat(find("#referrals-heading + table").getText()).contains("Servicenämnden", "Väntar på svar");
        assertAccessible();

        // the statement, with its decision basis as a PDF
        clickAndWait(find("a[href*='/statement']"));
        assertAccessible();
        find("#bodyDecisionText").sendKeys("Servicenämnden avger yttrande över motionen.");
        setDate("#decidedOn", "2026-11-20");
        find("#fullText").sendKeys("Servicenämnden ser positivt på motionen.");
        find("#basis0\\.title").sendKeys("Missiv");
        Path pdf = Files.createTempFile("missiv", ".pdf");
        Files.write(pdf, "%PDF-1.4\n% demo\n".getBytes(StandardCharsets.US_ASCII));
        find("#basis0\\.file").sendKeys(pdf.toAbsolutePath().toString());
        find("#signatories0\\.name").sendKeys("Micael Svensson");
        find("#signatories0\\.title").sendKeys("Ordförande");
        clickAndWait(find("main form button[type=submit]"));

        assertThat(find("#referrals-heading + table").getText()).contains("Besvarad");
        assertThat(find(".statement").getText()).contains("Yttrande från Servicenämnden", "Missiv", "Micael Svensson, Ordförande");
        // the basis item links its file in the one file store (issue 9)
        assertThat(find(".statement a[href*='/files/']").getText()).isEqualTo("Missiv");
        List<String> story = browser.findElements(By.cssSelector(".timeline li")).stream().map(WebElement::getText).toList();
        assertThat(String.join("\n", story)).contains("Skapad", "Medundertecknad: Heidi Hankanen Ängberg (C)", "Inlämnad",
                "Registrerad: " + caseNumber, "Skickad på remiss: Servicenämnden", "Yttrande: Servicenämnden");
        assertAccessible();

        // the motion is in the list, and its contact details are not
        open("/motions?status=REFERRED");
        assertThat(find("main table").getText()).contains(title, caseNumber);
        assertThat(browser.getPageSource()).doesNotContain("0322-61 61 00");
        assertAccessible();
    }

    @Test
    void badInputKeepsEverythingTypedAndTheClerksDashboardShowsDeadlines() {
        logIn("councillor", "demo");
        open("/motions/new");
        find("#text").sendKeys("Text utan rubrik");
        clickAndWait(find("button.button[value=save]"));
        assertThat(find("#error-summary").getText()).contains("Rubrik: Fältet måste fyllas i.", "Skriv minst en att-sats.");
        assertThat(find("#text").getAttribute("value")).isEqualTo("Text utan rubrik");
        assertAccessible();
        logOut();

        logIn("clerk", "demo");
        assertThat(find("main").getText()).contains("Sveriges mest hållbara kommun", "Borgå bör utreda ibruktagandet av Alliansmodellen");
        assertThat(browser.findElements(By.cssSelector(".deadline-warning"))).isNotEmpty();
        assertAccessible();
        open("/motions");
        assertAccessible();
        open("/motions/unprepared");
        assertThat(heading()).isEqualTo("Redovisning av motioner som inte har beretts färdigt");
        assertAccessible();
    }

    @Test
    void motionPagesFitAPhone() {
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(375, 812));
        logIn("clerk", "demo");
        for (String page : List.of("/dashboard", "/motions", "/motions/unprepared", "/governing-documents")) {
            open(page);
            assertNoSidewaysScrolling(page);
            assertAccessible();
        }
        open("/motions?status=PREPARED");
        clickAndWait(find("main table tbody tr a"));
        assertNoSidewaysScrolling(path());
        assertAccessible();
        logOut();
        logIn("councillor", "demo");
        open("/motions/new");
        assertNoSidewaysScrolling("/motions/new");
        assertAccessible();
    }

    private void assertNoSidewaysScrolling(String page) {
        Long overflow = (Long) ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(overflow).as("sideways overflow on %s", page).isLessThanOrEqualTo(0L);
    }

    private WebElement buttonWithText(String text) {
        return browser.findElements(By.cssSelector("main button")).stream()
                .filter(b -> b.getText().equals(text)).findFirst().orElseThrow();
    }
}
