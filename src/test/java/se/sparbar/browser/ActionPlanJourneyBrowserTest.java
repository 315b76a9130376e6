package se.sparbar.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import se.sparbar.actionplan.EffectKind;
import se.sparbar.actionplan.ItemDetails;
import se.sparbar.actionplan.PlanDetails;
import se.sparbar.actionplan.Recurrence;
import se.sparbar.actionplan.domain.ActionPlans;

/**
 * The journey of issue 5: the official sees their item on the dashboard and reports progress with
 * a realised amount (after a refused negative one); the clerk's follow-up report shows it in the
 * new totals. axe-core checks every page on the way, also the demo plan of seed 001 and its report.
 */
class ActionPlanJourneyBrowserTest extends BrowserTest {

    @Autowired
    ActionPlans plans;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theOfficialReportsAndTheClerksFollowUpReportShowsTheNewTotals() {
        String title = "Samordnad fakturahantering " + System.nanoTime();
        long ks = jdbc.queryForObject("select id from body where abbreviation = 'KS'", Long.class);
        long clerk = jdbc.queryForObject("select id from user_account where username = 'clerk'", Long.class);
        long plan = plans.createPlan(new PlanDetails("Handlingsplan för resan " + System.nanoTime(), "Bakgrund.", null, ks, null,
                "KS 2026-02-09 § 12", LocalDate.of(2026, 2, 9), LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31), null, 0));
        long item = plans.addItem(plan, new ItemDetails(title, "Beskrivning.", "Ekonomichef.", List.of("Ekonomichef"), Set.of(),
                "Under 2027.", LocalDate.of(2027, 6, 30), Recurrence.NONE, null, EffectKind.PER_YEAR, BigDecimal.valueOf(3_000_000),
                2027, null, 0), clerk, null);
        plans.addItem(plan, new ItemDetails("Andra åtgärden", null, "Personalchef.", List.of("Personalchef"), Set.of(),
                "Under 2027.", LocalDate.of(2027, 6, 30), Recurrence.NONE, null, EffectKind.ONE_OFF, BigDecimal.valueOf(500_000),
                2027, null, 0), clerk, null);

        // the official sees the item on the dashboard and reports on it
        logIn("official", "demo");
        assertThat(path()).isEqualTo("/dashboard");
        assertThat(find("#my-items").getText()).contains(title);
        assertAccessible();
        clickAndWait(find("#my-items a[href='/action-items/" + item + "/reports/new']"));
        assertThat(heading()).isEqualTo("Rapportera: " + title);
        assertAccessible();
        new Select(find("#status")).selectByVisibleText("Enligt plan");
        find("#reportText").sendKeys("Ny rutin införd i två förvaltningar.");
        find("#realisedAmount").sendKeys("-1 250 000");
        clickAndWait(find("main form button[type=submit]"));
        assertThat(find("#error-summary").getText()).contains("Realiserat belopp: Beloppet kan inte vara negativt.");
        assertThat(find("#reportText").getAttribute("value")).isEqualTo("Ny rutin införd i två förvaltningar.");
        assertAccessible();
        find("#realisedAmount").clear();
        find("#realisedAmount").sendKeys("1 250 000");
        clickAndWait(find("main form button[type=submit]"));
        assertThat(path()).isEqualTo("/action-items/" + item);
        assertThat(find("#reports-heading + table").getText()).contains("Ny rutin införd i två förvaltningar.", "Erik Ekonom");
        assertThat(digits(find("#reports-heading + table tbody tr td:nth-child(4) .amount").getText())).isEqualTo("1250000");
        assertAccessible();
        logOut();

        // the clerk's follow-up report shows the report and the new totals
        logIn("clerk", "demo");
        open("/action-plans/" + plan);
        assertAccessible();
        clickAndWait(find("a[href='/action-plans/" + plan + "/follow-up']"));
        assertThat(digits(find("#planned-total").getText())).isEqualTo("3500000");
        assertThat(digits(find("#realised-total").getText())).isEqualTo("1250000");
        assertThat(find("#follow-up-items").getText()).contains("Ny rutin införd i två förvaltningar.");
        assertThat(find("#missing-heading + ul").getText()).contains("Andra åtgärden").doesNotContain(title);
        assertAccessible();
        clickAndWait(find("a[href='/action-items/" + item + "']"));
        assertAccessible();
        clickAndWait(find("a[href='/action-items/" + item + "/edit']"));
        assertAccessible();
    }

    @Test
    void seed001sPlanItsItemsAndItsReportPassAxe() {
        long plan = jdbc.queryForObject("select id from action_plan where adopted_reference = 'KS 2023-12-11 § 217'", Long.class);
        long styrmodell = jdbc.queryForObject("select id from action_item where plan_id = ? and ordinal = 3", Long.class, plan);

        // the public: plans, the plan, an item, the item list
        open("/action-plans");
        assertThat(find("main table").getText()).contains("Kommunkoncernövergripande ekonomisk handlingsplan");
        assertAccessible();
        open("/action-plans/" + plan);
        assertThat(find("main").getText()).contains("KS 2023-12-11 § 217", "Samtliga förvaltningschefer.", "Koncernredovisningschef.");
        assertAccessible();
        open("/action-items/" + styrmodell);
        assertThat(find(".status").getText()).isEqualTo("Klar");
        assertAccessible();
        open("/action-items?status=OVERDUE");
        assertAccessible();

        logIn("clerk", "demo");
        for (String page : List.of("/action-plans/" + plan + "/follow-up", "/follow-up", "/action-items?responsible=ekonomichef",
                "/action-items/" + styrmodell, "/action-plans/new", "/action-plans/" + plan + "/items/new", "/dashboard")) {
            open(page);
            assertNoInternals();
            assertAccessible();
        }
        open("/action-plans/" + plan + "/follow-up");
        assertThat(find("svg[aria-labelledby='status-heading status-chart-desc'] desc").getAttribute("textContent"))
                .contains("Klar: ");
        assertThat(find("#follow-up-items").getText()).contains("Aktieägartillskott till Alingsåshem lokaler AB");

        // a phone's width
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(375, 812));
        open("/action-plans/" + plan + "/follow-up");
        Long overflow = (Long) ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(overflow).isLessThanOrEqualTo(0L);
        assertAccessible();
        assertThat(browser.findElements(By.cssSelector("main svg"))).hasSize(2);
    }

    private static String digits(String text) {
        return text.replaceAll("\\D", "");
    }
}
