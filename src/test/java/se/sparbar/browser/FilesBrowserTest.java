package se.sparbar.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import se.sparbar.files.TestPdfs;

/**
 * A clerk attaches a PDF to the audit-report case in Chromium; the public sees it listed on the case
 * page. axe-core on every page (the upload form, its field error, the case page, the depublish form),
 * and a screenshot of the case page with its files in target/screenshots.
 */
class FilesBrowserTest extends BrowserTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aClerkAttachesAFileAndThePublicSeesItOnTheCasePage() throws Exception {
        long caseId = jdbc.queryForObject("select id from case_file where title = 'Granskning av Beställar-utförarmodellen i Borås Stad'",
                Long.class);
        logIn("clerk", "demo");
        open("/cases/" + caseId);
        assertAccessible();
        clickAndWait(find("#files a.button"));
        assertThat(heading()).isEqualTo("Bifoga fil");
        assertAccessible();

        clickAndWait(find("main form button[type=submit]"));
        assertThat(find("#file-error").getText()).contains("Välj en fil.");
        assertThat(find("#error-summary").getText()).contains("Fil: Välj en fil.");
        assertAccessible();

        Path pdf = Files.createTempFile("yttrande", ".pdf");
        Files.write(pdf, TestPdfs.pdf(3, "Servicenämndens underlag"));
        find("#file").sendKeys(pdf.toAbsolutePath().toString());
        find("#name").sendKeys("Protokollsutdrag Servicenämnden");
        clickAndWait(find("main form button[type=submit]"));
        assertThat(path()).startsWith("/cases/" + caseId);
        assertThat(find("#files").getText()).contains("Protokollsutdrag Servicenämnden", "PDF");

        clickAndWait(find("#files a[href$='/depublish']"));
        assertThat(heading()).isEqualTo("Avpublicera fil");
        assertAccessible();

        logOut();
        open("/cases/" + caseId);
        assertThat(find("#files").getText()).contains("Protokollsutdrag Servicenämnden").doesNotContain("Avpublicera");
        assertAccessible();
        browser.manage().window().setSize(new Dimension(1280, 1600));
        Path screenshots = Path.of("target/screenshots");
        Files.createDirectories(screenshots);
        Files.write(screenshots.resolve("case-with-files.png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));

        long id = jdbc.queryForObject("select max(id) from attached_file where case_id = ?", Long.class, caseId);
        open("/files/999999999");
        assertAccessible();
        assertThat(id).isPositive();
    }
}
