package se.sparbar.actionplan.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.sparbar.actionplan.ActionPlanQueries;
import se.sparbar.actionplan.Deadlines;
import se.sparbar.actionplan.EffectKind;
import se.sparbar.actionplan.FollowUpReportRegistered;
import se.sparbar.actionplan.ItemStatus;
import se.sparbar.actionplan.Recurrence;
import se.sparbar.files.AttachedFiles;
import se.sparbar.organisation.BodyRef;
import se.sparbar.organisation.Directory;
import se.sparbar.registry.CaseSummary;
import se.sparbar.registry.CaseType;
import se.sparbar.registry.Cases;
import se.sparbar.registry.NewCase;
import se.sparbar.settings.FollowUpSchedule;
import se.sparbar.settings.Settings;
import se.sparbar.shared.NotFoundException;
import se.sparbar.shared.RefusedException;
import se.sparbar.shared.pdf.PdfDocuments;
import tools.jackson.databind.json.JsonMapper;

/**
 * Follow-up rounds and the follow-up report. The municipality's schedule (e.g. 31 August and
 * 31 December) cuts the year into rounds; a round is opened when first needed (a report dated in it,
 * the follow-up pages), and then every active item of an adopted plan is expected to report once in
 * it. The report for a plan and a round can be registered as a case for a body, with its figures
 * frozen (JSON) and its PDF stored, so that it can go on that body's agenda.
 */
@Service
@NamedInterface("seeding")
public class FollowUp {

    /** A round: from the day after the previous follow-up day up to and including {@code closesOn}. */
    public record Round(long id, LocalDate opensOn, LocalDate closesOn, boolean open, int expected, int answered) {

        public int missing() {
            return expected - answered;
        }
    }

    /** A registered follow-up report: its case, the body it went to, its frozen PDF. */
    public record Registration(long caseId, String caseNumber, String body, Long fileId, Instant generatedAt) {
    }

    /** An expected report that has not come, for the clerk's list of what is missing. */
    public record Missing(long itemId, String itemTitle, long planId, String planTitle, String responsibleText, LocalDate nextDueOn) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final FollowUpRoundRepository rounds;
    private final FollowUpExpectationRepository expectations;
    private final FollowUpReportRepository reports;
    private final ActionPlanQueries queries;
    private final NamedParameterJdbcTemplate jdbc;
    private final Settings settings;
    private final Cases cases;
    private final AttachedFiles files;
    private final Directory directory;
    private final PdfDocuments pdf;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    FollowUp(FollowUpRoundRepository rounds, FollowUpExpectationRepository expectations, FollowUpReportRepository reports,
             ActionPlanQueries queries, NamedParameterJdbcTemplate jdbc, Settings settings, Cases cases, AttachedFiles files,
             Directory directory, PdfDocuments pdf, ApplicationEventPublisher events, Clock clock) {
        this.events = events;
        this.rounds = rounds;
        this.expectations = expectations;
        this.reports = reports;
        this.queries = queries;
        this.jdbc = jdbc;
        this.settings = settings;
        this.cases = cases;
        this.files = files;
        this.directory = directory;
        this.pdf = pdf;
        this.clock = clock;
    }

    /** The round containing today, opened if need be, with every active item expected in it; past rounds closed. */
    @Transactional
    public Round current() {
        LocalDate today = LocalDate.now(clock);
        rounds.findByStatus("OPEN").forEach(r -> r.closeIfOver(today));
        FollowUpRound round = roundFor(today);
        expect(round);
        return view(round.getId());
    }

    /** Opens the round containing {@code date} (if not yet open), e.g. for reports brought in from before. */
    @Transactional
    public Round openRound(LocalDate date) {
        return view(roundFor(date).getId());
    }

    /** Items added to adopted plans join the round that is open now. */
    @Transactional
    public void expectReportsInOpenRound() {
        expect(roundFor(LocalDate.now(clock)));
    }

    @Transactional(readOnly = true)
    public List<Round> rounds() {
        return jdbc.query(ROUNDS + " order by f.closes_on desc", Map.of(), (rs, n) -> round(rs));
    }

    @Transactional(readOnly = true)
    public Optional<Round> round(long id) {
        return jdbc.query(ROUNDS + " where f.id = :id", Map.of("id", id), (rs, n) -> round(rs)).stream().findFirst();
    }

    /** Items expected to report in the round that have not, plan by plan. */
    @Transactional(readOnly = true)
    public List<Missing> missing(long roundId) {
        return jdbc.query("""
                select i.id, i.title, p.id as plan_id, p.title as plan_title, i.responsible_text, i.next_due_on
                from follow_up_expectation e join action_item i on i.id = e.item_id join action_plan p on p.id = i.plan_id
                where e.round_id = :round and e.progress_report_id is null
                order by p.id, i.ordinal""", Map.of("round", roundId),
                (rs, n) -> new Missing(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4), rs.getString(5),
                        rs.getObject(6, LocalDate.class)));
    }

    /** The follow-up report of a plan for a round, in two statements (the items with their reports; the registration). */
    @Transactional(readOnly = true)
    public FollowUpReportView report(long planId, long roundId) {
        ActionPlanQueries.PlanView plan = queries.plan(planId).orElseThrow(() -> new NotFoundException("ActionPlan", planId));
        Round round = round(roundId).orElseThrow(() -> new NotFoundException("FollowUpRound", roundId));
        LocalDate today = LocalDate.now(clock);
        boolean current = !round.closesOn().isBefore(today);
        LocalDate asOf = current ? today : round.closesOn();
        List<FollowUpReportView.Line> lines = jdbc.query("""
                select i.id, i.ordinal, i.title, i.responsible_text, i.status, i.status_changed_at, i.due_on, i.recurrence,
                       i.recurrence_from, i.next_due_on, i.effect_kind, i.planned_amount_sek, i.budget_year,
                       lr.reported_on, lr.status as report_status, lr.report_text,
                       (select r2.realised_amount_sek from progress_report r2 where r2.item_id = i.id and r2.reported_on <= :asOf
                          and r2.realised_amount_sek is not null order by r2.reported_on desc, r2.id desc limit 1) as realised,
                       e.id as expectation_id, e.progress_report_id
                from action_item i
                left join lateral (select r.reported_on, r.status, r.report_text from progress_report r
                                   where r.item_id = i.id and r.reported_on <= :asOf
                                   order by r.reported_on desc, r.id desc limit 1) lr on true
                left join follow_up_expectation e on e.item_id = i.id and e.round_id = :round
                where i.plan_id = :plan
                order by i.ordinal""", Map.of("plan", planId, "round", roundId, "asOf", asOf), (rs, n) -> {
            ItemStatus itemStatus = ItemStatus.valueOf(rs.getString("status"));
            String reported = rs.getString("report_status");
            LocalDate reportedOn = rs.getObject("reported_on", LocalDate.class);
            ItemStatus status;
            LocalDate nextDue;
            if (current) {
                status = itemStatus;
                nextDue = rs.getObject("next_due_on", LocalDate.class);
            } else {
                Instant changed = rs.getTimestamp("status_changed_at").toInstant();
                boolean cancelledBy = itemStatus == ItemStatus.CANCELLED
                        && !changed.atZone(clock.getZone()).toLocalDate().isAfter(asOf);
                status = cancelledBy ? ItemStatus.CANCELLED : reported != null ? ItemStatus.valueOf(reported) : ItemStatus.NOT_STARTED;
                nextDue = Deadlines.nextDue(rs.getObject("due_on", LocalDate.class), Recurrence.valueOf(rs.getString("recurrence")),
                        rs.getObject("recurrence_from", LocalDate.class), status, reportedOn);
            }
            return new FollowUpReportView.Line(rs.getLong("id"), rs.getInt("ordinal"), rs.getString("title"),
                    rs.getString("responsible_text"), status, nextDue, Deadlines.isOverdue(nextDue, asOf),
                    EffectKind.valueOf(rs.getString("effect_kind")), rs.getBigDecimal("planned_amount_sek"),
                    (Integer) rs.getObject("budget_year", Integer.class), rs.getBigDecimal("realised"), reportedOn,
                    reported == null ? null : ItemStatus.valueOf(reported), rs.getString("report_text"),
                    rs.getObject("expectation_id") != null, rs.getObject("progress_report_id") != null);
        });
        return new FollowUpReportView(plan, round, asOf, lines, registration(planId, roundId).orElse(null));
    }

    private Optional<Registration> registration(long planId, long roundId) {
        return jdbc.query("""
                select f.case_id, c.case_number, b.name, f.file_id, f.generated_at
                from follow_up_report f join registry_case_v c on c.id = f.case_id join organisation_body_v b on b.id = f.body_id
                where f.plan_id = :plan and f.round_id = :round""", Map.of("plan", planId, "round", roundId),
                (rs, n) -> new Registration(rs.getLong(1), rs.getString(2), rs.getString(3), (Long) rs.getObject(4, Long.class),
                        rs.getTimestamp(5).toInstant())).stream().findFirst();
    }

    /**
     * Registers the report as a case for {@code bodyId} (so it can go on that body's agenda), with its
     * figures frozen as JSON and its PDF stored. Once per plan and round.
     */
    @Transactional
    public CaseSummary register(long planId, long roundId, long bodyId, long clerkId, Locale locale) {
        if (reports.findByPlanIdAndRoundId(planId, roundId).isPresent()) {
            throw new RefusedException("followup.refused.registered");
        }
        FollowUpReportView view = report(planId, roundId);
        BodyRef body = directory.body(bodyId).orElseThrow(() -> new NotFoundException("Body", bodyId));
        BodyRef owner = directory.body(view.plan().ownerBodyId()).orElseThrow();
        String title = "Uppföljning av " + view.plan().title() + " per " + view.asOf();
        byte[] document = pdf.render("actionplan/follow-up-pdf", pdfModel(view), locale);
        CaseSummary registered = cases.register(new NewCase(CaseType.FOLLOW_UP_REPORT, title,
                "Uppföljningsrapport till " + body.name(), settings.current().name(), LocalDate.now(clock), body.id(),
                owner.abbreviation().toUpperCase(Locale.ROOT), clerkId));
        long fileId = files.attach(AttachedFiles.Owner.ofCase(registered.id()), new AttachedFiles.NewFile(title,
                "uppfoljning-" + planId + "-" + view.round().closesOn() + ".pdf", document), clerkId).id();
        reports.save(new FollowUpReport(planId, roundId, registered.id(), bodyId, snapshot(view), fileId,
                Instant.now(clock), clerkId));
        events.publishEvent(new FollowUpReportRegistered(registered.id(), planId, roundId, bodyId, title, clerkId));
        return registered;
    }

    /** What the PDF template needs: the report and the municipality's name. */
    public Map<String, Object> pdfModel(FollowUpReportView view) {
        return Map.of("report", view, "municipality", settings.current().name(), "today", LocalDate.now(clock));
    }

    private static String snapshot(FollowUpReportView view) {
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("planId", view.plan().id());
        figures.put("round", Map.of("opensOn", view.round().opensOn().toString(), "closesOn", view.round().closesOn().toString()));
        figures.put("asOf", view.asOf().toString());
        Map<String, Integer> counts = new LinkedHashMap<>();
        view.counts().forEach((s, c) -> counts.put(s.name(), c));
        figures.put("counts", counts);
        figures.put("plannedTotal", view.plannedTotal().toPlainString());
        figures.put("realisedTotal", view.realisedTotal().toPlainString());
        figures.put("items", view.lines().stream().map(l -> {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", l.itemId());
            item.put("ordinal", l.ordinal());
            item.put("title", l.title());
            item.put("status", l.status().name());
            item.put("overdue", l.overdue());
            item.put("planned", l.planned() == null ? null : l.planned().toPlainString());
            item.put("realised", l.realised() == null ? null : l.realised().toPlainString());
            item.put("reportedOn", l.reportedOn() == null ? null : l.reportedOn().toString());
            item.put("report", l.reportText());
            item.put("missing", l.missing());
            return item;
        }).toList());
        return JSON.writeValueAsString(figures);
    }

    // --- rounds -------------------------------------------------------------------------------

    /** The round containing {@code date}; created (with its expectations) when it does not exist. */
    FollowUpRound roundFor(LocalDate date) {
        Optional<FollowUpRound> existing = rounds.findContaining(date);
        if (existing.isPresent()) {
            return existing.get();
        }
        FollowUpSchedule schedule = settings.current().followUpSchedule();
        LocalDate closes = schedule.nextOnOrAfter(date);
        Optional<FollowUpRound> sameEnd = rounds.findByClosesOn(closes);
        if (sameEnd.isPresent()) {
            return sameEnd.get();
        }
        LocalDate opens = previousDay(schedule, closes).plusDays(1);
        LocalDate latestEnd = jdbc.queryForObject("select max(closes_on) from follow_up_round where closes_on < :closes",
                Map.of("closes", closes), LocalDate.class);
        if (latestEnd != null && !latestEnd.isBefore(opens)) {
            opens = latestEnd.plusDays(1);
        }
        FollowUpRound round = rounds.saveAndFlush(new FollowUpRound(opens, closes));
        round.closeIfOver(LocalDate.now(clock));
        expect(round);
        return round;
    }

    /** Every active item of an adopted plan whose period reaches into the round is expected to report in it. */
    private void expect(FollowUpRound round) {
        List<Long> items = jdbc.queryForList("""
                select i.id from action_item i join action_plan p on p.id = i.plan_id
                where p.status = 'ADOPTED' and i.status not in ('DONE', 'CANCELLED')
                  and p.period_from <= :closes and p.period_to >= :opens
                  and not exists (select 1 from follow_up_expectation e where e.round_id = :round and e.item_id = i.id)
                order by i.id""", Map.of("closes", round.getClosesOn(), "opens", round.getOpensOn(), "round", round.getId()), Long.class);
        items.forEach(item -> expectations.save(new FollowUpExpectation(round.getId(), item)));
    }

    /** A report answers its round's expectation for the item (created if the item joined the round late). */
    void answer(FollowUpRound round, long itemId, long reportId) {
        FollowUpExpectation expectation = expectations.findByRoundIdAndItemId(round.getId(), itemId)
                .orElseGet(() -> expectations.save(new FollowUpExpectation(round.getId(), itemId)));
        expectation.answeredBy(reportId);
        expectations.flush();
    }

    /** A done or cancelled item is no longer expected to report in rounds that have not ended. */
    void noLongerExpected(long itemId) {
        expectations.deleteAll(expectations.findUnansweredNotEnded(itemId, LocalDate.now(clock)));
    }

    private static LocalDate previousDay(FollowUpSchedule schedule, LocalDate closes) {
        LocalDate previous = schedule.nextOnOrAfter(closes.minusYears(1));
        for (LocalDate next = schedule.nextOnOrAfter(previous.plusDays(1)); next.isBefore(closes);
             next = schedule.nextOnOrAfter(next.plusDays(1))) {
            previous = next;
        }
        return previous;
    }

    private Round view(long id) {
        return round(id).orElseThrow();
    }

    private static final String ROUNDS = """
            select f.id, f.opens_on, f.closes_on, f.status,
                   (select count(*) from follow_up_expectation e where e.round_id = f.id) as expected,
                   (select count(*) from follow_up_expectation e where e.round_id = f.id and e.progress_report_id is not null) as answered
            from follow_up_round f""";

    private static Round round(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Round(rs.getLong("id"), rs.getObject("opens_on", LocalDate.class), rs.getObject("closes_on", LocalDate.class),
                "OPEN".equals(rs.getString("status")), rs.getInt("expected"), rs.getInt("answered"));
    }
}
