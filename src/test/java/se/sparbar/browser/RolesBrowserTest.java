package se.sparbar.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** Each demo role logs in, sees its dashboard, and reaches exactly what its role allows. */
class RolesBrowserTest extends BrowserTest {

    @ParameterizedTest
    @CsvSource({
            "councillor, Mina motioner",
            "clerk, Inkorg",
            "official, Mina åtgärder",
            "admin, Administration"})
    void eachRoleSeesItsDashboard(String username, String sectionHeading) {
        logIn(username, "demo");
        assertThat(path()).isEqualTo("/dashboard");
        assertThat(heading()).isEqualTo("Min översikt");
        assertThat(browser.findElements(By.cssSelector("main h2")).stream().map(WebElement::getText))
                .containsExactly(sectionHeading);
        assertAccessible();

        open("/account/password");
        assertThat(heading()).isNotBlank();
        assertAccessible();
        open("/dashboard");
        logOut();
        assertThat(path()).isEqualTo("/login?logout");
        open("/dashboard");
        assertThat(path()).isEqualTo("/login");
    }

    @ParameterizedTest
    @CsvSource({"councillor", "clerk", "official"})
    void otherRolesAreRefusedTheAdminPagesWithAFriendlyPage(String username) {
        logIn(username, "demo");
        assertThat(browser.findElements(By.cssSelector("a[href='/admin/users']"))).isEmpty();
        open("/admin/users");
        assertThat(heading()).isEqualTo("Åtkomst nekad");
        assertNoInternals();
        assertAccessible();
    }

    @Test
    void theAdministratorsPagesAreAllAccessible() {
        logIn("admin", "demo");
        for (String page : List.of("/admin/users", "/admin/users/new", "/admin/bodies", "/admin/bodies/new",
                "/admin/parties", "/admin/parties/new", "/admin/people", "/admin/people/new", "/admin/settings",
                "/admin/security-events")) {
            open(page);
            assertThat(heading()).as(page).isNotBlank();
            assertAccessible();
        }
        // an edit page of each kind, reached by clicking as a person would
        for (String list : List.of("/admin/users", "/admin/bodies", "/admin/parties", "/admin/people")) {
            open(list);
            clickAndWait(find("main table tbody tr a"));
            assertAccessible();
            clickAndWait(find("a[href^='/history/']"));
            assertThat(heading()).startsWith("Ändringshistorik");
            assertAccessible();
        }
    }

    @Test
    void theRegisterOfGoverningDocumentsIsAccessible() {
        logIn("clerk", "demo");
        clickAndWait(find("a[href='/governing-documents']"));
        assertThat(heading()).isEqualTo("Styrdokument");
        assertAccessible();
        clickAndWait(browser.findElement(By.linkText("Styrmodell för Alingsås kommun 2024")));
        assertThat(find(".facts").getText()).contains("Ersätter", "Styrmodell för Alingsås kommun, reviderad 2019");
        assertAccessible();
        clickAndWait(find("a[href^='/governing-documents/new?replaces=']"));
        assertAccessible();
        open("/governing-documents/due?from=2028-01-01&to=2029-12-31");
        assertThat(find("main table").getText()).contains("Styrmodell för Alingsås kommun 2024");
        assertAccessible();
    }

    @Test
    void aFormWithErrorsSummarisesThemKeepsTheInputAndStaysAccessible() {
        logIn("admin", "demo");
        open("/admin/bodies/new");
        find("#abbreviation").sendKeys("KF");
        clickAndWait(find("main form button[type=submit]"));

        WebElement summary = find("#error-summary");
        assertThat(browser.switchTo().activeElement()).isEqualTo(summary);
        assertThat(summary.findElements(By.tagName("li"))).hasSize(2);
        assertThat(find("#name-error").getText()).isEqualTo("Fältet måste fyllas i.");
        assertThat(find("#name").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(find("#abbreviation").getAttribute("value")).isEqualTo("KF");
        assertAccessible();
        summary.findElement(By.cssSelector("a[href='#name']")).click();
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("name");

        // the abbreviation KF is the council's: refused beside the field, with everything typed kept
        find("#name").sendKeys("Kulturförvaltningen");
        new Select(find("#type")).selectByValue("OTHER");
        clickAndWait(find("main form button[type=submit]"));
        assertThat(find("#abbreviation-error").getText()).isEqualTo("Förkortningen används redan. Välj en annan.");
        assertThat(find("#abbreviation").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(find("#name").getAttribute("value")).isEqualTo("Kulturförvaltningen");
        assertThat(new Select(find("#type")).getFirstSelectedOption().getAttribute("value")).isEqualTo("OTHER");
        assertAccessible();
    }

    @Test
    void scriptTypedIntoAFieldIsShownAsText() {
        logIn("admin", "demo");
        open("/admin/parties/new");
        String hostile = "<script>document.title='hacked'</script>";
        find("#abbreviation").sendKeys("XSS");
        find("#name").sendKeys(hostile);
        clickAndWait(find("main form button[type=submit]"));
        assertThat(path()).isEqualTo("/admin/parties");
        assertThat(find("main table").getText()).contains(hostile);
        assertThat(browser.getTitle()).isNotEqualTo("hacked");
    }

    @Test
    void anUnexpectedFailureShowsAFriendlyPageWithoutInternals() {
        logIn("clerk", "demo");
        open(FailingEndpoint.PATH);
        assertThat(heading()).isEqualTo("Något gick fel");
        assertThat(browser.getPageSource()).doesNotContain(FailingEndpoint.SECRET);
        assertNoInternals();
        assertAccessible();
    }
}
