package se.sparbar.actionplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import se.sparbar.IntegrationTest;
import se.sparbar.actionplan.domain.ActionPlans;
import se.sparbar.actionplan.domain.FollowUp;
import se.sparbar.actionplan.domain.FollowUpReportView;
import se.sparbar.actionplan.domain.ProgressReports;

/** Follow-up rounds and the report: expectations, missing reports, and figures that add up in page, CSV and PDF. */
@IntegrationTest
class FollowUpReportTest {

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
    ProgressReports reports;

    @Autowired
    FollowUp followUp;

    ActionPlanFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new ActionPlanFixtures(plans, jdbc);
    }

    @Test
    void eachActiveItemIsExpectedOncePerRoundAndMissingReportsAreListed() throws Exception {
        long plan = fixtures.adoptedPlan(ActionPlanFixtures.unique("Omgångar"));
        long reported = fixtures.item(plan, "Rapporterad", "Ekonomichef", LocalDate.of(2027, 6, 30), null);
        long silent = fixtures.item(plan, "Tyst", "Ekonomichef", LocalDate.of(2027, 6, 30), null);
        long cancelled = fixtures.item(plan, "Avbryts", "Ekonomichef", LocalDate.of(2027, 6, 30), null);
        FollowUp.Round round = followUp.current();
        LocalDate today = LocalDate.now(clock);
        assertThat(round.opensOn()).isBeforeOrEqualTo(today);
        assertThat(round.closesOn()).isAfterOrEqualTo(today);
        assertThat(expected(round.id(), plan)).containsExactly(reported + ":false", silent + ":false", cancelled + ":false");

        report(reported, ItemStatus.ON_TRACK, null);
        report(reported, ItemStatus.AT_RISK, null);
        plans.changeStatus(cancelled, ItemStatus.CANCELLED, version(cancelled));
        followUp.current();
        // one expectation per item and round however many reports; a cancelled item is no longer expected
        assertThat(expected(round.id(), plan)).containsExactly(reported + ":true", silent + ":false");

        String page = mvc.perform(get("/follow-up").with(as("clerk"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("/action-items/" + silent + "\"").doesNotContain("/action-items/" + reported + "\"");
        assertThat(followUp.missing(round.id())).extracting(FollowUp.Missing::itemId).contains(silent).doesNotContain(reported, cancelled);

        // an item past its due date and not done is flagged; the report shows the same
        long late = fixtures.item(plan, "Sen", "Ekonomichef", today.minusDays(1), null);
        FollowUpReportView view = followUp.report(plan, followUp.current().id());
        assertThat(view.overdue()).extracting(FollowUpReportView.Line::itemId).containsExactly(late);
        assertThat(view.missing()).extracting(FollowUpReportView.Line::itemId).containsExactly(silent, late);
    }

    @Test
    void theReportsFiguresAreTheSumsOfItsItemsInPageCsvAndPdf() throws Exception {
        long plan = fixtures.adoptedPlan(ActionPlanFixtures.unique("Summor"));
        long a = fixtures.item(plan, "Effekt A", "Ekonomichef", LocalDate.of(2027, 12, 31), 1_000_000L);
        long b = fixtures.item(plan, "Effekt B", "Ekonomichef", LocalDate.of(2027, 12, 31), 2_000_000L);
        fixtures.item(plan, "Effekt C", "Ekonomichef", LocalDate.of(2027, 12, 31), 3_500_000L);
        long d = fixtures.item(plan, "Avbruten D", "Ekonomichef", LocalDate.of(2027, 12, 31), 7_000_000L);
        fixtures.item(plan, "Utan pengar", "Ekonomichef", LocalDate.of(2027, 12, 31), null);
        report(a, ItemStatus.ON_TRACK, "400000");
        report(b, ItemStatus.ON_TRACK, "250000");
        report(b, ItemStatus.DONE, "1000000");
        plans.changeStatus(d, ItemStatus.CANCELLED, version(d));
        long round = followUp.current().id();

        FollowUpReportView view = followUp.report(plan, round);
        BigDecimal plannedSum = view.lines().stream().filter(FollowUpReportView.Line::counted).map(FollowUpReportView.Line::planned)
                .filter(java.util.Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(view.plannedTotal()).isEqualByComparingTo(plannedSum).isEqualByComparingTo("6500000");
        assertThat(view.realisedTotal()).isEqualByComparingTo("1400000");
        assertThat(view.counts()).containsEntry(ItemStatus.ON_TRACK, 1).containsEntry(ItemStatus.DONE, 1)
                .containsEntry(ItemStatus.NOT_STARTED, 2).containsEntry(ItemStatus.CANCELLED, 1);

        // the page: totals, each item's money, the status table beside the chart, the charts' text alternatives
        String page = mvc.perform(get("/action-plans/" + plan + "/follow-up").param("round", String.valueOf(round)).with(as("councillor")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(digits(first(page, "id=\"planned-total\"><span class=\"amount\">([^<]*)<"))).isEqualTo("6500000");
        assertThat(digits(first(page, "id=\"realised-total\"><span class=\"amount\">([^<]*)<"))).isEqualTo("1400000");
        assertThat(page).containsOnlyOnce("<title");
        assertThat(page).contains("id=\"count-ON_TRACK\" data-label=\"Antal\">1</td>", "id=\"count-NOT_STARTED\" data-label=\"Antal\">2</td>");
        assertThat(page).contains("role=\"img\" aria-labelledby=\"status-heading status-chart-desc\"",
                "Enligt plan: 1, ", "1. Effekt A: planerat 1");
        long pageSum = all(page, "<td class=\"planned\" data-label=\"Planerat\">\\s*<span class=\"amount\">([^<]*)<")
                .stream().filter(s -> !s.equals("–")).mapToLong(s -> Long.parseLong(digits(s))).sum();
        assertThat(pageSum).as("the listed amounts, the cancelled item's included").isEqualTo(6_500_000L + 7_000_000L);

        // CSV: the item rows add up to the total row
        String csv = new String(mvc.perform(get("/action-plans/" + plan + "/follow-up.csv").param("round", String.valueOf(round))
                .with(as("clerk"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
        List<String[]> rows = Arrays.stream(csv.split("\r?\n")).map(l -> l.split(";", -1)).toList();
        long csvPlanned = 0;
        long csvRealised = 0;
        String[] total = null;
        for (String[] row : rows) {
            if (row.length == 13 && cell(row[0]).matches("\\d+") && !cell(row[3]).equals("Avbruten")) {
                csvPlanned += cell(row[7]).isEmpty() ? 0 : Long.parseLong(cell(row[7]));
                csvRealised += cell(row[9]).isEmpty() ? 0 : Long.parseLong(cell(row[9]));
            }
            if (row.length == 13 && cell(row[1]).equals("Summa")) {
                total = row;
            }
        }
        assertThat(total).isNotNull();
        assertThat(csvPlanned).isEqualTo(Long.parseLong(cell(total[7]))).isEqualTo(6_500_000L);
        assertThat(csvRealised).isEqualTo(Long.parseLong(cell(total[9]))).isEqualTo(1_400_000L);
        assertThat(csv).contains("\"Enligt plan\";\"1\"");

        // PDF: tagged, and the same totals
        long start = System.nanoTime();
        byte[] pdf = mvc.perform(get("/action-plans/" + plan + "/follow-up.pdf").param("round", String.valueOf(round)).with(as("clerk")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        System.out.printf("Follow-up report PDF (%d items): %d ms, %d bytes%n", view.lines().size(),
                (System.nanoTime() - start) / 1_000_000, pdf.length);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).as("tagged").isTrue();
            assertThat(document.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("sv");
            String text = new PDFTextStripper().getText(document).replaceAll("[\\s\\u00a0\\u202f]", "");
            assertThat(text).contains("Planerattotalt6500000kr", "Realiserattotalt1400000kr", "Summa6500000kr1400000kr",
                    "1.EffektA", "Avbruten");
        }
    }

    @Test
    void theReportIsRegisteredAsACaseForABodyOnce() throws Exception {
        long plan = fixtures.adoptedPlan(ActionPlanFixtures.unique("Till nämnd"));
        fixtures.item(plan, "Något", "Ekonomichef", LocalDate.of(2027, 12, 31), 1_000_000L);
        long round = followUp.current().id();
        long ks = fixtures.body("KS");
        mvc.perform(post("/action-plans/" + plan + "/follow-up/register").with(csrf()).with(as("official"))
                .param("round", String.valueOf(round)).param("body", String.valueOf(ks))).andExpect(status().isForbidden());
        mvc.perform(post("/action-plans/" + plan + "/follow-up/register").with(csrf()).with(as("clerk"))
                .param("round", String.valueOf(round)).param("body", String.valueOf(ks))).andExpect(status().is3xxRedirection());
        var registered = jdbc.queryForMap("select c.case_type, c.case_number, c.owner_body_id, f.snapshot, f.file_id, "
                + "(select a.case_id from attached_file a where a.id = f.file_id) as file_case, f.case_id "
                + "from follow_up_report f join case_file c on c.id = f.case_id where f.plan_id = ?", plan);
        assertThat(registered.get("case_type")).isEqualTo("FOLLOW_UP_REPORT");
        assertThat(((Number) registered.get("owner_body_id")).longValue()).isEqualTo(ks);
        assertThat((String) registered.get("snapshot")).contains("\"plannedTotal\":\"1000000", "\"title\":\"Något\"");
        // its frozen PDF is a file of the case the report was registered as
        assertThat(registered.get("file_id")).isNotNull();
        assertThat(registered.get("file_case")).isEqualTo(registered.get("case_id"));
        mvc.perform(get("/action-plans/" + plan + "/follow-up").param("round", String.valueOf(round)).with(as("clerk")))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString((String) registered.get("case_number"))));
        mvc.perform(post("/action-plans/" + plan + "/follow-up/register").with(csrf()).with(as("clerk"))
                .param("round", String.valueOf(round)).param("body", String.valueOf(ks))).andExpect(status().isConflict());
    }

    private List<String> expected(long round, long plan) {
        return jdbc.queryForList("select e.item_id || ':' || (e.progress_report_id is not null) from follow_up_expectation e "
                + "join action_item i on i.id = e.item_id where e.round_id = ? and i.plan_id = ? order by e.item_id", String.class, round, plan);
    }

    private void report(long item, ItemStatus status, String amount) {
        reports.report(item, fixtures.account("official"), false, new NewProgressReport(LocalDate.now(clock), status, "Läget: " + status,
                amount == null ? null : new BigDecimal(amount), null, version(item)));
    }

    private long version(long item) {
        return jdbc.queryForObject("select version from action_item where id = ?", Long.class, item);
    }

    private static String cell(String quoted) {
        return quoted.replaceAll("^\"|\"$", "").replace("\uFEFF", "");
    }

    private static String digits(String text) {
        return text.replaceAll("\\D", "");
    }

    private static String first(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        assertThat(m.find()).as(regex).isTrue();
        return m.group(1);
    }

    private static List<String> all(String text, String regex) {
        return Pattern.compile(regex).matcher(text).results().map(r -> r.group(1)).toList();
    }

    private RequestPostProcessor as(String username) {
        return user(accounts.loadUserByUsername(username));
    }
}
