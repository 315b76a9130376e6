package se.sparbar.actionplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import se.sparbar.IntegrationTest;
import se.sparbar.actionplan.domain.ActionPlans;
import se.sparbar.organisation.Commands.NewUserAccount;
import se.sparbar.organisation.Role;
import se.sparbar.organisation.domain.UserAccounts;

@IntegrationTest
class ActionPlanWebTest {

    @Autowired
    java.time.Clock clock;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    ActionPlans plans;

    @Autowired
    UserAccounts userAccounts;

    @Autowired
    ParagraphItems paragraphItems;

    ActionPlanFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new ActionPlanFixtures(plans, jdbc);
    }

    @Test
    void theDemoHoldsSeed001InFull() throws Exception {
        long plan = jdbc.queryForObject("select id from action_plan where adopted_reference = 'KS 2023-12-11 § 217'", Long.class);
        List<String> items = jdbc.queryForList("select title || ' | ' || responsible_text || ' | ' || timeline_text "
                + "from action_item where plan_id = ? order by ordinal", String.class, plan);
        assertThat(items).hasSize(8);
        assertThat(items.get(2)).isEqualTo("Effektivisera den politiska målstyrningen | Ekonomichef. | Beslut om reviderad styrmodell under 2024.");
        assertThat(items.get(3)).isEqualTo("Omstrukturerings-/omställningsfond | Personalchef och ekonomichef. | Beslut i samband med kommunbudget 2025-2027.");
        assertThat(jdbc.queryForList("select planned_amount_sek::bigint from action_item where plan_id = ? and planned_amount_sek is not null "
                + "order by ordinal", Long.class, plan)).containsExactly(30_000_000L, 5_000_000L, 10_000_000L);
        assertThat(jdbc.queryForObject("select status from action_item where plan_id = ? and ordinal = 3", String.class, plan)).isEqualTo("DONE");
        assertThat(jdbc.queryForObject("select count(*) from progress_report r join action_item i on i.id = r.item_id where i.plan_id = ?",
                Long.class, plan)).isGreaterThan(10);

        // the public reads the plan and its items, without staff names
        mvc.perform(get("/action-plans/" + plan)).andExpect(status().isOk())
                .andExpect(content().string(containsString("KS 2023-12-11 § 217")))
                .andExpect(content().string(containsString("Samtliga förvaltningschefer.")))
                .andExpect(content().string(containsString("30 000 000 kr")));
        long styrmodell = jdbc.queryForObject("select id from action_item where plan_id = ? and ordinal = 3", Long.class, plan);
        mvc.perform(get("/action-items/" + styrmodell)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Reviderad styrmodell antagen av KF § 149")))
                .andExpect(content().string(not(containsString("Erik Ekonom"))));
        mvc.perform(get("/action-items/" + styrmodell).with(as("clerk"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Erik Ekonom")))
                .andExpect(content().string(containsString("/history/ActionItem/" + styrmodell)));
        mvc.perform(get("/history/ActionItem/" + styrmodell).with(as("clerk"))).andExpect(status().isOk());
        mvc.perform(get("/action-items").param("responsible", "koncernredovisning")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Aktieägartillskott till Alingsåshem lokaler AB")))
                .andExpect(content().string(not(containsString("Lokaleffektivitet"))));
    }

    @Test
    void theOfficialSeesTheirItemsNextDueFirstAndReportsWithARealisedAmount() throws Exception {
        long plan = fixtures.adoptedPlan(ActionPlanFixtures.unique("Plan för test"));
        long later = fixtures.item(plan, "Senare åtgärd", "Ekonomichef", LocalDate.of(2028, 6, 30), 2_000_000L);
        long sooner = fixtures.item(plan, "Tidigare åtgärd", "Ekonomichef", LocalDate.of(2027, 3, 31), null);
        String dashboard = mvc.perform(get("/dashboard").with(as("official"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(dashboard.indexOf("/action-items/" + sooner + "/reports/new")).isPositive()
                .isLessThan(dashboard.indexOf("/action-items/" + later + "/reports/new"));

        mvc.perform(get("/action-items/" + later + "/reports/new").with(as("official"))).andExpect(status().isOk());
        mvc.perform(post("/action-items/" + later + "/reports").with(csrf()).with(as("official"))
                        .param("reportedOn", LocalDate.now(clock).toString()).param("status", "ON_TRACK")
                        .param("reportText", "Halva effekten nådd.").param("realisedAmount", "1 250 000")
                        .param("itemVersion", String.valueOf(version(later))))
                .andExpect(redirectedUrl("/action-items/" + later));
        assertThat(jdbc.queryForObject("select realised_amount_sek::bigint || ' ' || status from action_item where id = ?", String.class, later))
                .isEqualTo("1250000 ON_TRACK");
        assertThat(jdbc.queryForObject("select count(*) from progress_report_aud a join progress_report r on r.id = a.id "
                + "where r.item_id = ?", Long.class, later)).isEqualTo(1);
    }

    @Test
    void anOfficialReportsOnlyOnTheirOwnItemsAndACouncillorNotAtAll() throws Exception {
        long plan = fixtures.adoptedPlan(ActionPlanFixtures.unique("Behörighet"));
        long others = fixtures.item(plan, "Någon annans åtgärd", "Koncernredovisningschef", LocalDate.of(2027, 6, 30), null);
        long assigned = fixtures.item(plan, "Tilldelad åtgärd", "Personalchef", LocalDate.of(2027, 6, 30), null);
        long official = fixtures.account("official");
        plans.changeItem(assigned, new ItemDetails("Tilldelad åtgärd", null, "Personalchef.", List.of("Personalchef"), Set.of(official),
                "Under 2027.", LocalDate.of(2027, 6, 30), Recurrence.NONE, null, EffectKind.NONE, null, null, null, version(assigned)),
                fixtures.account("clerk"));

        mvc.perform(get("/action-items/" + others + "/reports/new").with(as("official"))).andExpect(status().isForbidden());
        mvc.perform(reportOn(others, "official", "Försök")).andExpect(status().isForbidden());
        mvc.perform(reportOn(others, "councillor", "Försök")).andExpect(status().isForbidden());
        mvc.perform(post("/action-items/" + others + "/reports").with(csrf()).param("reportText", "x"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select count(*) from progress_report where item_id = ?", Long.class, others)).isZero();
        mvc.perform(get("/action-items/" + others).with(as("official"))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("/reports/new"))));

        // assigned by name, although the official's job title is another
        mvc.perform(reportOn(assigned, "official", "Enligt plan")).andExpect(redirectedUrl("/action-items/" + assigned));
        // a clerk manages; a councillor cannot change status either
        mvc.perform(post("/action-items/" + others + "/status").with(csrf()).with(as("councillor"))
                .param("status", "CANCELLED").param("version", String.valueOf(version(others)))).andExpect(status().isForbidden());
    }

    @Test
    void badInputIsExplainedBesideTheFieldAndEverythingTypedStays() throws Exception {
        long plan = fixtures.adoptedPlan(ActionPlanFixtures.unique("Felaktiga uppgifter"));
        long item = fixtures.item(plan, "Åtgärd med pengar", "Ekonomichef", LocalDate.of(2027, 6, 30), 1_000_000L);

        mvc.perform(reportOn(item, "official", "Texten stannar kvar").param("realisedAmount", "-500"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "realisedAmount", "amount.negative"))
                .andExpect(content().string(containsString("Beloppet kan inte vara negativt.")))
                .andExpect(content().string(containsString("Texten stannar kvar")))
                .andExpect(content().string(containsString("value=\"-500\"")));
        mvc.perform(reportOn(item, "official", "Texten stannar kvar").param("realisedAmount", "tre miljoner"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "realisedAmount", "amount.invalidFormat"))
                .andExpect(content().string(containsString("value=\"tre miljoner\"")));
        mvc.perform(post("/action-items/" + item + "/reports").with(csrf()).with(as("official"))
                        .param("reportedOn", LocalDate.now(clock).plusDays(3).toString()).param("status", "ON_TRACK")
                        .param("reportText", "Framtida rapport").param("itemVersion", String.valueOf(version(item))))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "reportedOn", "progress.reportedOn.future"))
                .andExpect(content().string(containsString("Rapportens datum kan inte vara i framtiden.")));
        mvc.perform(reportOn(item, "official", "Min text").param("lang", "en").param("realisedAmount", "-1"))
                .andExpect(content().string(containsString("The amount cannot be negative.")));
        assertThat(jdbc.queryForObject("select count(*) from progress_report where item_id = ?", Long.class, item)).isZero();

        // a cancelled item changes no more: neither its status nor by reports
        mvc.perform(post("/action-items/" + item + "/status").with(csrf()).with(as("clerk"))
                .param("status", "CANCELLED").param("version", String.valueOf(version(item)))).andExpect(redirectedUrl("/action-items/" + item));
        mvc.perform(post("/action-items/" + item + "/status").with(csrf()).with(as("clerk"))
                        .param("status", "ON_TRACK").param("version", String.valueOf(version(item))))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Åtgärden är avbruten")));
        mvc.perform(reportOn(item, "official", "Rapport på avbruten")).andExpect(status().isConflict());
        assertThat(jdbc.queryForObject("select status from action_item where id = ?", String.class, item)).isEqualTo("CANCELLED");
    }

    @Test
    void twoReportsMadeFromTheSameViewCannotBothBeSaved() throws Exception {
        long plan = fixtures.adoptedPlan(ActionPlanFixtures.unique("Samtidigt"));
        long item = fixtures.item(plan, "Omstridd åtgärd", "Ekonomichef", LocalDate.of(2027, 6, 30), null);
        long seen = version(item);
        mvc.perform(reportOn(item, "official", "Första rapporten", seen))
                .andExpect(redirectedUrl("/action-items/" + item));
        mvc.perform(reportOn(item, "clerk", "Second report, at the same time", seen))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Någon annan har sparat ändringar")))
                .andExpect(content().string(containsString("Second report, at the same time")));
        assertThat(jdbc.queryForList("select report_text from progress_report where item_id = ?", String.class, item))
                .containsExactly("Första rapporten");
    }

    @Test
    void aClerkStartsAPlanAndAnItemFromAParagraphAndTheParagraphListsTheItem() throws Exception {
        long paragraph = paragraph(ActionPlanFixtures.unique("Beslut om plan"));
        mvc.perform(get("/action-plans/new").param("paragraphId", String.valueOf(paragraph)).with(as("clerk")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("KF 2026-03-02 §")));
        String title = ActionPlanFixtures.unique("Plan från paragraf");
        String location = mvc.perform(post("/action-plans").with(csrf()).with(as("clerk"))
                        .param("title", title).param("ownerBodyId", String.valueOf(fixtures.body("KF")))
                        .param("adoptedByParagraphId", String.valueOf(paragraph)).param("adoptedOn", "2026-03-02")
                        .param("periodFrom", "2026-04-01").param("periodTo", "2027-12-31"))
                .andExpect(redirectedUrlPattern("/action-plans/*")).andReturn().getResponse().getRedirectedUrl();
        long plan = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        mvc.perform(get("/action-plans/" + plan + "/items/new").param("paragraphId", String.valueOf(paragraph)).with(as("clerk")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("länkas till paragrafen")));
        mvc.perform(post("/action-items").with(csrf()).with(as("clerk"))
                        .param("planId", String.valueOf(plan)).param("paragraphId", String.valueOf(paragraph))
                        .param("title", "Genomför beslutet").param("responsibleText", "Kommundirektör")
                        .param("rolesText", "Kommundirektör").param("timelineText", "Under 2026.")
                        .param("deadline", "2026-12-31").param("recurrence", "NONE").param("effectKind", "ONE_OFF")
                        .param("plannedAmount", "2 500 000").param("budgetYear", "2026"))
                .andExpect(redirectedUrlPattern("/action-items/*"));

        List<ParagraphItems.ParagraphItem> linked = paragraphItems.itemsForParagraph(paragraph);
        assertThat(linked).singleElement().satisfies(i -> {
            assertThat(i.itemTitle()).isEqualTo("Genomför beslutet");
            assertThat(i.planTitle()).isEqualTo(title);
            assertThat(i.kind()).isEqualTo(LinkKind.FULFILS);
        });
        assertThat(paragraphItems.plansAdoptedBy(paragraph)).extracting(ParagraphItems.AdoptedPlan::title).containsExactly(title);
        assertThat(jdbc.queryForObject("select planned_amount_sek::bigint from action_item where plan_id = ?", Long.class, plan))
                .isEqualTo(2_500_000L);
    }

    @Test
    void theItemFormExplainsWhatIsMissing() throws Exception {
        long plan = fixtures.adoptedPlan(ActionPlanFixtures.unique("Formulär"));
        mvc.perform(post("/action-items").with(csrf()).with(as("clerk"))
                        .param("planId", String.valueOf(plan)).param("title", "Utan datum").param("responsibleText", "Ekonomichef")
                        .param("timelineText", "Senast i juni").param("recurrence", "NONE").param("effectKind", "PER_YEAR")
                        .param("plannedAmount", "-3"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "deadline", "actionitem.when.missing"))
                .andExpect(model().attributeHasFieldErrorCode("form", "plannedAmount", "amount.negative"))
                .andExpect(model().attributeHasFieldErrorCode("form", "budgetYear", "actionitem.budgetYear.missing"))
                .andExpect(content().string(containsString("Senast i juni")));
        mvc.perform(get("/action-plans/new").with(as("official"))).andExpect(status().isForbidden());
    }

    private long paragraph(String title) {
        long kf = fixtures.body("KF");
        long meeting = jdbc.queryForObject("insert into meeting (body_id, starts_at, place, status) "
                + "values (?, timestamptz '2026-03-02 18:00 Europe/Stockholm', 'Sessionssalen', 'PLANNED') returning id", Long.class, kf);
        int number = jdbc.queryForObject("select coalesce(max(number), 900) + 1 from minutes_paragraph where body_id = ? and paragraph_year = 2026",
                Integer.class, kf);
        return jdbc.queryForObject("insert into minutes_paragraph (meeting_id, body_id, paragraph_year, number, title) "
                + "values (?, ?, 2026, ?, ?) returning id", Long.class, meeting, kf, number, title);
    }

    private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder reportOn(long item, String username, String text) {
        return reportOn(item, username, text, version(item));
    }

    /** A report as posted from a form that showed the item at {@code seenVersion}. */
    private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder reportOn(long item, String username, String text,
                                                                                              long seenVersion) {
        return post("/action-items/" + item + "/reports").with(csrf()).with(as(username))
                .param("reportedOn", LocalDate.now(clock).toString()).param("status", "ON_TRACK").param("reportText", text)
                .param("itemVersion", String.valueOf(seenVersion));
    }

    private long version(long item) {
        return jdbc.queryForObject("select version from action_item where id = ?", Long.class, item);
    }

    private RequestPostProcessor as(String username) {
        return user(accounts.loadUserByUsername(username));
    }

    @SuppressWarnings("unused")
    private long official(String jobTitle) {
        return userAccounts.create(new NewUserAccount(ActionPlanFixtures.unique("tj").toLowerCase(), "Tjänsteperson", jobTitle,
                "lösenord-för-test", Set.of(Role.OFFICIAL)));
    }

    @SuppressWarnings("unused")
    private static BigDecimal sek(long amount) {
        return BigDecimal.valueOf(amount);
    }
}
