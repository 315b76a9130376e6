package se.sparbar.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import se.sparbar.actionplan.ActionPlanQueries;
import se.sparbar.actionplan.EffectKind;
import se.sparbar.actionplan.ItemDetails;
import se.sparbar.actionplan.ItemStatus;
import se.sparbar.actionplan.LinkKind;
import se.sparbar.actionplan.NewProgressReport;
import se.sparbar.actionplan.PlanDetails;
import se.sparbar.actionplan.Recurrence;
import se.sparbar.actionplan.domain.ActionPlans;
import se.sparbar.actionplan.domain.FollowUp;
import se.sparbar.actionplan.domain.ProgressReports;

/**
 * Seed 001 in full: the action plan adopted by KS 2023-12-11 § 217, each of its eight sections an
 * item with Ansvar and Tidplan as written, the money it names, and follow-up rounds from 2024 with
 * progress reports. The reports are demo texts (the seed has none); the styrmodell item is done
 * and linked to seed 003's decision, KF 2024 § 149, when the meetings demo has recorded it.
 */
@Component
class DemoActionPlans {

    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

    private final ActionPlans plans;
    private final ProgressReports reports;
    private final FollowUp followUp;
    private final ActionPlanQueries queries;
    private final JdbcTemplate jdbc;

    DemoActionPlans(ActionPlans plans, ProgressReports reports, FollowUp followUp, ActionPlanQueries queries, JdbcTemplate jdbc) {
        this.plans = plans;
        this.reports = reports;
        this.followUp = followUp;
        this.queries = queries;
        this.jdbc = jdbc;
    }

    void load(DemoCases.Cast cast) {
        Map<String, String> text = sections();
        long clerk = cast.clerk();
        long official = jdbc.queryForObject("select id from user_account where username = 'official'", Long.class);
        long plan = plans.createPlan(new PlanDetails(
                "Kommunkoncernövergripande ekonomisk handlingsplan för välfärdens finansiering under 2020-talet",
                text.get("background"), null, cast.bodies().get("KS"), null, "KS 2023-12-11 § 217", LocalDate.of(2023, 12, 11),
                LocalDate.of(2024, 1, 1), LocalDate.of(2026, 12, 31), "Uppemot 100 mnkr för kommunen över tid, "
                + "dels från de kommunala bolagen, dels i nämndsbuffertar", 0));

        Map<Integer, Long> item = new HashMap<>();
        item.put(1, plans.addItem(plan, new ItemDetails("Nämndbuffertar mot oförutsedda kostnader", text.get("item1"),
                "Samtliga förvaltningschefer.", List.of("Förvaltningschef"), Set.of(),
                "Nämndbuffertar ska vara införda senast sista året i mandatperioden, dvs 2026.", LocalDate.of(2026, 12, 31),
                // about 30 MSEK budgeted as buffers by the end of the term: a level to reach by 2026, not 30 MSEK a year
                Recurrence.NONE, null, EffectKind.TOTAL_BY_YEAR, BigDecimal.valueOf(30).multiply(MILLION), 2026,
                "ungefär 30 miljoner kronor budgeterade som interna buffertar i slutet av mandatperioden", 0), clerk, null));
        item.put(2, plans.addItem(plan, new ItemDetails("Genomlysningar och metod för ständiga förbättringar", text.get("item2"),
                "Samtliga förvaltningschefer och ekonomichef.", List.of("Förvaltningschef", "Ekonomichef"), Set.of(),
                text.get("tidplan2"), null, Recurrence.YEARLY, LocalDate.of(2024, 12, 31), EffectKind.NONE, null, null, null, 0),
                clerk, null));
        item.put(3, plans.addItem(plan, new ItemDetails("Effektivisera den politiska målstyrningen", text.get("item3"),
                "Ekonomichef.", List.of("Ekonomichef"), Set.of(official), "Beslut om reviderad styrmodell under 2024.",
                LocalDate.of(2024, 12, 31), Recurrence.NONE, null, EffectKind.NONE, null, null, null, 0), clerk, null));
        item.put(4, plans.addItem(plan, new ItemDetails("Omstrukturerings-/omställningsfond", text.get("item4"),
                "Personalchef och ekonomichef.", List.of("Personalchef", "Ekonomichef"), Set.of(),
                "Beslut i samband med kommunbudget 2025-2027.", LocalDate.of(2024, 11, 30), Recurrence.NONE, null,
                EffectKind.PER_YEAR, BigDecimal.valueOf(5).multiply(MILLION), 2025,
                "ungefär 5 miljoner kronor årligen, finansieras genom ett förstärkt finansnetto", 0), clerk, null));
        item.put(5, plans.addItem(plan, new ItemDetails("Lokaleffektivitet", text.get("item5"), text.get("ansvar5"),
                List.of("Förvaltningschef", "Ekonomichef"), Set.of(), "Årligen i samband med lokalförsörjningsplanerna.", null,
                Recurrence.YEARLY, LocalDate.of(2024, 12, 31), EffectKind.NONE, null, null, null, 0), clerk, null));
        item.put(6, plans.addItem(plan, new ItemDetails("Översyn av inköpsorganisation", text.get("item6"), "Ekonomichef.",
                List.of("Ekonomichef"), Set.of(), "Översyn under 2024 och implementation av inköpsorganisation under 2025.",
                LocalDate.of(2025, 12, 31), Recurrence.NONE, null, EffectKind.NONE, null, null,
                "inköp på cirka en halv miljard kronor per år", 0), clerk, null));
        item.put(7, plans.addItem(plan, new ItemDetails("Utdelning/koncernbidrag från koncernen Alingsås Energi", text.get("item7"),
                "Koncernredovisningschef.", List.of("Koncernredovisningschef"), Set.of(),
                "Utredning under 2024 och beslut i samband med kommunbudget 2025-2027.", LocalDate.of(2024, 11, 30),
                Recurrence.NONE, null, EffectKind.PER_YEAR, BigDecimal.valueOf(10).multiply(MILLION), 2025,
                "10 miljoner kronor årligen", 0), clerk, null));
        item.put(8, plans.addItem(plan, new ItemDetails("Aktieägartillskott till Alingsåshem lokaler AB", text.get("item8"),
                "Koncernredovisningschef.", List.of("Koncernredovisningschef"), Set.of(),
                "Beslut i kommunfullmäktige första halvåret 2024.", LocalDate.of(2024, 6, 30), Recurrence.NONE, null,
                EffectKind.NONE, null, null, null, 0), clerk, null));

        // Follow-up twice a year from 2024 (the demo's schedule is 31 August and 31 December).
        followUp.openRound(LocalDate.of(2024, 8, 31));
        report(item.get(8), clerk, true, "2024-06-25", ItemStatus.DELAYED,
                "Utredningen av ett aktieägartillskott pågår; beslutet i fullmäktige flyttas till hösten 2024.", null);
        report(item.get(3), official, false, "2024-08-20", ItemStatus.ON_TRACK,
                "Översynen av styrmodellen pågår. Förslag till reviderad styrmodell går till kommunstyrelsen i oktober.", null);
        report(item.get(2), official, false, "2024-08-22", ItemStatus.ON_TRACK,
                "Genomlysning av två förvaltningar påbörjad; metod för ständiga förbättringar tas fram.", null);
        report(item.get(6), official, false, "2024-08-22", ItemStatus.ON_TRACK, "Kartläggning av kommunens beställare pågår.", null);
        report(item.get(4), official, false, "2024-08-26", ItemStatus.ON_TRACK,
                "Förslag om en omställningsfond tas fram till budgetarbetet för 2025–2027.", null);

        followUp.openRound(LocalDate.of(2024, 12, 31));
        report(item.get(3), official, false, "2024-11-28", ItemStatus.DONE,
                "Reviderad styrmodell antagen av KF § 149 (ärende 2024.339 KS). Den ersätter styrmodellen från 2019.", null);
        report(item.get(4), official, false, "2024-11-29", ItemStatus.DONE,
                "Kommunbudget 2025–2027 avsätter 5 mnkr per år till omställningsfonden.", "5000000");
        report(item.get(7), clerk, true, "2024-12-10", ItemStatus.DONE,
                "Kommunbudget 2025–2027 räknar med utdelning/koncernbidrag om 10 mnkr per år från Alingsås Energi.", "10000000");
        report(item.get(2), official, false, "2024-12-16", ItemStatus.ON_TRACK,
                "Metod för ständiga förbättringar införd. Genomlysningar av samtliga förvaltningar för 2024 klara.", null);
        report(item.get(6), official, false, "2024-12-16", ItemStatus.AT_RISK,
                "Översynen tar längre tid än planerat; förslag till ny inköpsorganisation våren 2025.", null);
        report(item.get(1), clerk, true, "2024-12-18", ItemStatus.ON_TRACK,
                "Tre av sex nämnder har budgeterat en central buffert för 2025.", "12000000");

        followUp.openRound(LocalDate.of(2025, 8, 31));
        report(item.get(6), official, false, "2025-06-10", ItemStatus.DELAYED,
                "Ny inköpsorganisation beslutas först hösten 2025; implementationen skjuts till 2026.", null);
        report(item.get(1), clerk, true, "2025-08-25", ItemStatus.ON_TRACK, "Fyra av sex nämnder har budgeterat buffert.", "18000000");

        followUp.openRound(LocalDate.of(2025, 12, 31));
        report(item.get(2), official, false, "2025-12-12", ItemStatus.ON_TRACK, "Genomlysningarna för 2025 är klara.", null);
        report(item.get(5), official, false, "2025-12-12", ItemStatus.ON_TRACK,
                "Lokaleffektivitet ingår i förvaltningarnas lokalförsörjningsplaner; översynen av köksorganisationen är klar.", null);
        report(item.get(1), clerk, true, "2025-12-15", ItemStatus.ON_TRACK, "Budget 2026: fem av sex nämnder har buffert.", "22000000");

        followUp.openRound(LocalDate.of(2026, 8, 31));
        report(item.get(6), official, false, "2026-05-20", ItemStatus.DELAYED,
                "Den nya inköpsorganisationen införs stegvis under 2026.", null);
        report(item.get(1), clerk, true, "2026-08-20", ItemStatus.ON_TRACK, "Samtliga nämnder utom en har budgeterat buffert.",
                "26000000");
        followUp.current();

        // Seed 001's styrmodell item is fulfilled by seed 003's decision, when the meetings demo has recorded it.
        jdbc.queryForList("""
                select p.id from minutes_paragraph p join body b on b.id = p.body_id
                where b.abbreviation = 'KF' and p.paragraph_year = 2024 and p.number = 149""", Long.class)
                .forEach(paragraph -> plans.link(item.get(3), LinkKind.FULFILS, null, paragraph, null, clerk));
        queries.caseByNumber("2024.339 KS")
                .ifPresent(c -> plans.link(item.get(3), LinkKind.CARRIES_OUT, c.id(), null, null, clerk));
    }

    private void report(long itemId, long author, boolean clerk, String on, ItemStatus status, String text, String amount) {
        long version = queries.item(itemId).orElseThrow().row().version();
        LocalDate date = LocalDate.parse(on);
        reports.report(itemId, author, clerk, new NewProgressReport(date, status, text, amount == null ? null : new BigDecimal(amount),
                amount == null ? null : date.getYear() + (date.getMonthValue() >= 11 ? 1 : 0), version));
    }

    /** The seed's texts, section by section ("=== key" lines), reflowed from the PDF's line breaks. */
    private static Map<String, String> sections() {
        try {
            String all = new ClassPathResource("demo/seed-001-action-plan.txt").getContentAsString(StandardCharsets.UTF_8);
            Map<String, String> sections = new HashMap<>();
            for (String part : all.split("(?m)^=== ")) {
                if (!part.isBlank()) {
                    int newline = part.indexOf('\n');
                    sections.put(part.substring(0, newline).strip(), part.substring(newline + 1).strip());
                }
            }
            return sections;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
