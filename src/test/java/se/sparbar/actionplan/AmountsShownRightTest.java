package se.sparbar.actionplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import se.sparbar.IntegrationTest;
import se.sparbar.actionplan.domain.ActionPlans;

/**
 * Money on the clerk's screens (issue 13): a budget year is a year ("2027", never "2 027"); a total to reach by a year
 * (seed 001's buffers, about 30 MSEK by the end of the term) is neither shown as an amount per year nor added into the
 * plan's total; an amount in the wrong format gets a message that does not contradict itself.
 */
@IntegrationTest
class AmountsShownRightTest {

    @Autowired
    java.time.Clock clock;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ActionPlans plans;

    @Autowired
    UserDetailsService accounts;

    private ActionPlanFixtures fixtures() {
        return new ActionPlanFixtures(plans, jdbc);
    }

    private String page(String path, String username) throws Exception {
        return mvc.perform(get(path).with(user(accounts.loadUserByUsername(username)))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    @Test
    void theBudgetYearIsWrittenAsAYear() throws Exception {
        ActionPlanFixtures fixtures = fixtures();
        long plan = fixtures.adoptedPlan(ActionPlanFixtures.unique("Budgetår"));
        long item = fixtures.item(plan, "Åtgärd från 2027", "Ekonomichef", LocalDate.of(2027, 6, 30), 2_000_000L);
        String page = page("/action-items/" + item, "clerk");
        assertThat(page).contains("per år, från budgetår 2027").doesNotContain("2 027", "2\u00a0027", "2\u202f027");
    }

    @Test
    void aTotalToReachByAYearIsShownAsSuchAndNotAddedIntoThePlansTotal() throws Exception {
        ActionPlanFixtures fixtures = fixtures();
        long plan = fixtures.adoptedPlan(ActionPlanFixtures.unique("Buffertar"));
        fixtures.item(plan, "Omställningsfond", "Ekonomichef", LocalDate.of(2026, 12, 31), 5_000_000L);
        long buffers = plans.addItem(plan, new ItemDetails("Nämndbuffertar", "Buffertar byggs upp under mandatperioden.",
                "Förvaltningscheferna.", List.of("Ekonomichef"), Set.of(), "Senast 2026.", LocalDate.of(2026, 12, 31),
                Recurrence.NONE, null, EffectKind.TOTAL_BY_YEAR, BigDecimal.valueOf(30_000_000L), 2026, "ungefär", 0),
                fixtures.account("clerk"), null);

        String item = page("/action-items/" + buffers, "clerk");
        assertThat(item).contains("totalt att nå till budgetåret, senast budgetår 2026").doesNotContain("per år");

        String report = page("/action-plans/" + plan + "/follow-up", "councillor");
        assertThat(digits(first(report, "id=\"planned-total\"><span class=\"amount\">([^<]*)<"))).isEqualTo("5000000");
        assertThat(first(report, "(?s)<ul id=\"targets\">(.*?)</ul>")).contains("Nämndbuffertar", "senast budgetår 2026");
        assertThat(digits(first(report, "(?s)<ul id=\"targets\">.*?<span class=\"amount\">([^<]*)<"))).isEqualTo("30000000");
    }

    @Test
    void theDemosBuffersAreATotalByTheEndOfTheTerm() {
        // seed 001: "i slutet av mandatperioden ska ungefär 30 miljoner kronor vara budgeterade som interna buffertar"
        assertThat(jdbc.queryForList("select effect_kind || ' ' || planned_amount_sek::bigint || ' ' || budget_year from action_item "
                + "where title = 'Nämndbuffertar mot oförutsedda kostnader'", String.class))
                .containsExactly("TOTAL_BY_YEAR 30000000 2026");
    }

    @Test
    void anAmountInTheWrongFormatGetsAMessageThatDoesNotContradictItself() throws Exception {
        ActionPlanFixtures fixtures = fixtures();
        long plan = fixtures.adoptedPlan(ActionPlanFixtures.unique("Beloppsformat"));
        long item = fixtures.item(plan, "Åtgärd med belopp", "Ekonomichef", LocalDate.of(2027, 6, 30), 1_000_000L);
        long version = jdbc.queryForObject("select version from action_item where id = ?", Long.class, item);
        String page = mvc.perform(post("/action-items/" + item + "/reports").with(csrf()).with(user(accounts.loadUserByUsername("official")))
                        .param("reportedOn", LocalDate.now(clock).toString()).param("status", "ON_TRACK").param("reportText", "Rapport")
                        .param("itemVersion", String.valueOf(version)).param("realisedAmount", "tre miljoner"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        // it used to ask for whole kronor and give 1500000,50 as the example
        assertThat(page).contains("Skriv beloppet i kronor med siffror, med högst två decimaler").doesNotContain("hela kronor");
    }

    private static String digits(String text) {
        return text.replaceAll("\\D", "");
    }

    private static String first(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        assertThat(m.find()).as(regex).isTrue();
        return m.group(1);
    }
}
