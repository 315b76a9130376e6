package se.sparbar.actionplan;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.sparbar.shared.Paged;

/**
 * Read models of plans, items, reports and links for pages, dashboards and CSV: one SQL statement
 * per list whatever its length. Draft plans and their items are shown only to staff.
 */
@Service
@Transactional(readOnly = true)
public class ActionPlanQueries {

    /** A plan as lists show it, with its items counted. */
    public record PlanRow(long id, String title, String owner, String adoptedReference, LocalDate periodFrom, LocalDate periodTo,
                          PlanStatus status, int items, int done, int overdue) {
    }

    /** A plan's page. {@code paragraphLabel} is the adopting paragraph as cited ("KS 2023-12-11 § 217"). */
    public record PlanView(long id, String title, String background, String purpose, long ownerBodyId, String owner,
                           Long adoptedByParagraphId, String paragraphLabel, boolean paragraphPublic, String adoptedReference,
                           LocalDate adoptedOn, LocalDate periodFrom, LocalDate periodTo, String effectNote, PlanStatus status,
                           Long caseId, String caseNumber, long version) {

        /** How the adoption is cited: the paragraph when the system holds it, else the reference as written. */
        public String adoptedLabel() {
            return adoptedReference != null ? adoptedReference : paragraphLabel;
        }
    }

    /** An item as lists show it. */
    /**
     * An item as lists show it, in named parts: what it is (plan, number, title, status), who answers for it and by
     * when ({@link Responsibility}), its deadlines ({@link Schedule}) and its effect ({@link Effect}). The flat
     * accessors read through to the parts, so pages keep writing {@code item.nextDueOn}.
     */
    public record ItemRow(long id, long planId, String planTitle, int ordinal, String title, ItemStatus status, long version,
                          Responsibility responsibility, Schedule schedule, Effect effect, LocalDate latestReportOn) {

        /** Who is responsible and the timeline, as the plan writes them. */
        public record Responsibility(String responsibleText, String timelineText) {
        }

        /** The first due date, how it recurs and from when, and the next due date. */
        public record Schedule(LocalDate dueOn, Recurrence recurrence, LocalDate recurrenceFrom, LocalDate nextDueOn) {
        }

        /** The kind of effect, the amount planned for a budget year and what has been realised. */
        public record Effect(EffectKind effectKind, BigDecimal plannedAmount, Integer budgetYear, String amountNote,
                             BigDecimal realisedAmount) {
        }

        public String responsibleText() {
            return responsibility.responsibleText();
        }

        public String timelineText() {
            return responsibility.timelineText();
        }

        public LocalDate dueOn() {
            return schedule.dueOn();
        }

        public Recurrence recurrence() {
            return schedule.recurrence();
        }

        public LocalDate recurrenceFrom() {
            return schedule.recurrenceFrom();
        }

        public LocalDate nextDueOn() {
            return schedule.nextDueOn();
        }

        public EffectKind effectKind() {
            return effect.effectKind();
        }

        public BigDecimal plannedAmount() {
            return effect.plannedAmount();
        }

        public Integer budgetYear() {
            return effect.budgetYear();
        }

        public String amountNote() {
            return effect.amountNote();
        }

        public BigDecimal realisedAmount() {
            return effect.realisedAmount();
        }

        public boolean isOverdue(LocalDate today) {
            return Deadlines.isOverdue(schedule.nextDueOn(), today);
        }
    }

    /** An item's page: the row plus its description, roles and assigned officials. */
    public record ItemView(ItemRow row, String description, PlanStatus planStatus, List<String> roles, List<Assignee> assignees,
                           Instant statusChangedAt) {
    }

    public record Assignee(long accountId, String name, String jobTitle) {
    }

    public record ReportRow(long id, LocalDate reportedOn, String author, ItemStatus status, String text,
                            BigDecimal realisedAmount, Integer realisedBudgetYear, Instant createdAt, LocalDate roundClosesOn) {
    }

    /** A link from an item to a case or a paragraph; {@code url} is where the target's page lives. */
    public record LinkRow(long id, LinkKind kind, Long caseId, String caseNumber, String caseTitle, Long paragraphId,
                          String paragraphLabel, String paragraphTitle, boolean targetPublic, String note) {

        public String url() {
            return paragraphId != null ? "/paragraphs/" + paragraphId : caseId != null ? "/cases/" + caseId : null;
        }
    }

    /** A minutes paragraph for pickers and links ("KF 2024-11-27 § 149 Ny styrmodell 2024"). */
    public record ParagraphOption(long id, String reference, String title, long bodyId, LocalDate decidedOn, boolean isPublic)
            implements se.sparbar.shared.Labelled {
        @Override
        public String label() {
            return reference + " " + title;
        }
    }

    public record Official(long id, String name, String jobTitle) implements se.sparbar.shared.Labelled {
        @Override
        public String label() {
            return jobTitle == null ? name : name + " (" + jobTitle + ")";
        }
    }

    public record CaseRef(long id, String caseNumber, String title) {
    }

    /** What the item list is filtered by; null means all. {@code responsible} matches Ansvar, roles and (for staff) assignees. */
    public record ItemFilter(String status, String responsible, LocalDate dueBefore, Long planId, String sort) {
    }

    static final String PARAGRAPH_LABEL = """
            mp.body_abbreviation || ' ' || to_char(coalesce(mp.decided_on, (mp.meeting_starts_at at time zone :zone)::date), 'YYYY-MM-DD')
              || ' § ' || mp.number""";

    private static final String ITEM_SELECT = """
            select i.id, i.plan_id, p.title as plan_title, i.ordinal, i.title, i.responsible_text, i.timeline_text, i.due_on,
                   i.recurrence, i.recurrence_from, i.next_due_on, i.status, i.effect_kind, i.planned_amount_sek, i.budget_year,
                   i.amount_note, i.realised_amount_sek, i.version,
                   (select max(r.reported_on) from progress_report r where r.item_id = i.id) as latest_report_on
            from action_item i
            join action_plan p on p.id = i.plan_id
            """;

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    ActionPlanQueries(NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public List<PlanRow> plans(boolean staff, LocalDate today) {
        return jdbc.query("""
                select p.id, p.title, b.name as owner, p.adopted_reference, p.period_from, p.period_to, p.status,
                       count(i.id) as items, count(i.id) filter (where i.status = 'DONE') as done,
                       count(i.id) filter (where i.next_due_on < :today) as overdue
                from action_plan p
                join organisation_body_v b on b.id = p.owner_body_id
                left join action_item i on i.plan_id = p.id
                where (:staff or p.status <> 'DRAFT')
                group by p.id, b.name
                order by p.period_from desc, p.id desc""", Map.of("staff", staff, "today", today),
                (rs, n) -> new PlanRow(rs.getLong("id"), rs.getString("title"), rs.getString("owner"),
                        rs.getString("adopted_reference"), rs.getObject("period_from", LocalDate.class),
                        rs.getObject("period_to", LocalDate.class), PlanStatus.valueOf(rs.getString("status")),
                        rs.getInt("items"), rs.getInt("done"), rs.getInt("overdue")));
    }

    public Optional<PlanView> plan(long id) {
        return jdbc.query("""
                select p.*, b.name as owner, %s as paragraph_label, mp.meeting_status in ('ADJUSTED', 'POSTED') as paragraph_public,
                       c.case_number
                from action_plan p
                join organisation_body_v b on b.id = p.owner_body_id
                left join meeting_paragraph_v mp on mp.id = p.adopted_by_paragraph_id
                left join registry_case_v c on c.id = p.case_id
                where p.id = :id""".formatted(PARAGRAPH_LABEL),
                Map.of("id", id, "zone", zone()),
                (rs, n) -> new PlanView(rs.getLong("id"), rs.getString("title"), rs.getString("background"), rs.getString("purpose"),
                        rs.getLong("owner_body_id"), rs.getString("owner"), (Long) rs.getObject("adopted_by_paragraph_id", Long.class),
                        rs.getString("paragraph_label"), rs.getBoolean("paragraph_public"), rs.getString("adopted_reference"),
                        rs.getObject("adopted_on", LocalDate.class), rs.getObject("period_from", LocalDate.class),
                        rs.getObject("period_to", LocalDate.class), rs.getString("effect_note"),
                        PlanStatus.valueOf(rs.getString("status")), (Long) rs.getObject("case_id", Long.class),
                        rs.getString("case_number"), rs.getLong("version"))).stream().findFirst();
    }

    public List<ItemRow> itemsOfPlan(long planId) {
        return jdbc.query(ITEM_SELECT + " where i.plan_id = :plan order by i.ordinal", Map.of("plan", planId), ActionPlanQueries::item);
    }

    public Paged<ItemRow> items(ItemFilter filter, boolean staff, int page, int size) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String where = where(filter, staff, params);
        params.addValue("limit", size).addValue("offset", (long) page * size);
        List<ItemRow> rows = jdbc.query(ITEM_SELECT + where + orderBy(filter) + " limit :limit offset :offset", params,
                ActionPlanQueries::item);
        Long total = jdbc.queryForObject("select count(*) from action_item i join action_plan p on p.id = i.plan_id " + where,
                params, Long.class);
        return new Paged<>(rows, page, size, total == null ? 0 : total);
    }

    /** Every matching item, streamed (CSV). */
    public void eachItem(ItemFilter filter, boolean staff, Consumer<ItemRow> sink) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String where = where(filter, staff, params);
        jdbc.query(ITEM_SELECT + where + orderBy(filter), params, rs -> {
            sink.accept(item(rs, 0));
        });
    }

    /** The official's open items, assigned to them or to their job title, next due first. */
    public List<ItemRow> myItems(long accountId) {
        return jdbc.query(ITEM_SELECT + " where p.status = 'ADOPTED' and i.status not in ('DONE', 'CANCELLED') and " + MINE
                + " order by i.next_due_on nulls last, p.id, i.ordinal", Map.of("account", accountId), ActionPlanQueries::item);
    }

    private static final String MINE = """
            (exists (select 1 from action_item_assignee a where a.item_id = i.id and a.user_account_id = :account)
             or exists (select 1 from action_item_responsible_role r join organisation_account_v u on u.id = :account
                        where r.item_id = i.id and lower(r.role_title) = lower(u.job_title)))""";

    /** An official may report on items assigned to them or to a role they hold (their job title). */
    public boolean mayReport(long itemId, long accountId) {
        return Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from action_item i where i.id = :item and " + MINE + ")",
                Map.of("item", itemId, "account", accountId), Boolean.class));
    }

    public Optional<ItemView> item(long id) {
        List<ItemRow> rows = jdbc.query(ITEM_SELECT + " where i.id = :id", Map.of("id", id), ActionPlanQueries::item);
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> extra = jdbc.queryForMap("""
                select i.description, p.status as plan_status, i.status_changed_at,
                       (select string_agg(r.role_title, '|' order by r.id) from action_item_responsible_role r where r.item_id = i.id) as roles
                from action_item i join action_plan p on p.id = i.plan_id where i.id = :id""", Map.of("id", id));
        List<Assignee> assignees = jdbc.query("""
                select u.id, u.display_name, u.job_title from action_item_assignee a join organisation_account_v u on u.id = a.user_account_id
                where a.item_id = :id order by u.display_name""", Map.of("id", id),
                (rs, n) -> new Assignee(rs.getLong(1), rs.getString(2), rs.getString(3)));
        String roles = (String) extra.get("roles");
        return Optional.of(new ItemView(rows.get(0), (String) extra.get("description"), PlanStatus.valueOf((String) extra.get("plan_status")),
                roles == null ? List.of() : List.of(roles.split("\\|")), assignees,
                ((Timestamp) extra.get("status_changed_at")).toInstant()));
    }

    public List<ReportRow> reports(long itemId) {
        return jdbc.query("""
                select r.id, r.reported_on, u.display_name, r.status, r.report_text, r.realised_amount_sek, r.realised_budget_year,
                       r.created_at, f.closes_on
                from progress_report r join organisation_account_v u on u.id = r.author_id
                left join follow_up_round f on f.id = r.round_id
                where r.item_id = :item order by r.reported_on desc, r.id desc""", Map.of("item", itemId),
                (rs, n) -> new ReportRow(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getString(3),
                        ItemStatus.valueOf(rs.getString(4)), rs.getString(5), rs.getBigDecimal(6), (Integer) rs.getObject(7, Integer.class),
                        rs.getTimestamp(8).toInstant(), rs.getObject(9, LocalDate.class)));
    }

    public List<LinkRow> links(long itemId) {
        return jdbc.query("""
                select l.id, l.kind, l.case_id, c.case_number, c.title as case_title, l.paragraph_id, %s as paragraph_label,
                       mp.title as paragraph_title, coalesce(mp.meeting_status in ('ADJUSTED', 'POSTED'), true) as target_public, l.note
                from action_item_link l
                left join registry_case_v c on c.id = l.case_id
                left join meeting_paragraph_v mp on mp.id = l.paragraph_id
                where l.item_id = :item order by l.id""".formatted(PARAGRAPH_LABEL), Map.of("item", itemId, "zone", zone()),
                (rs, n) -> new LinkRow(rs.getLong("id"), LinkKind.valueOf(rs.getString("kind")), (Long) rs.getObject("case_id", Long.class),
                        rs.getString("case_number"), rs.getString("case_title"), (Long) rs.getObject("paragraph_id", Long.class),
                        rs.getString("paragraph_label"), rs.getString("paragraph_title"), rs.getBoolean("target_public"),
                        rs.getString("note")));
    }

    /** Decided paragraphs, newest first, for the pickers (the latest 500). */
    public List<ParagraphOption> paragraphs() {
        return jdbc.query(PARAGRAPHS + " order by coalesce(mp.decided_on, mp.meeting_starts_at::date) desc, mp.id desc limit 500",
                Map.of("zone", zone()), ActionPlanQueries::paragraph);
    }

    public Optional<ParagraphOption> paragraph(long id) {
        return jdbc.query(PARAGRAPHS + " where mp.id = :id", Map.of("zone", zone(), "id", id), ActionPlanQueries::paragraph)
                .stream().findFirst();
    }

    private static final String PARAGRAPHS = """
            select mp.id, %s as label, mp.title, mp.body_id, coalesce(mp.decided_on, (mp.meeting_starts_at at time zone :zone)::date) as decided_on,
                   mp.meeting_status in ('ADJUSTED', 'POSTED') as public
            from meeting_paragraph_v mp
            """.formatted(PARAGRAPH_LABEL);

    private static ParagraphOption paragraph(ResultSet rs, int n) throws SQLException {
        return new ParagraphOption(rs.getLong("id"), rs.getString("label"), rs.getString("title"), rs.getLong("body_id"),
                rs.getObject("decided_on", LocalDate.class), rs.getBoolean("public"));
    }

    /** Active accounts holding the official role, for assigning items. */
    public List<Official> officials() {
        return jdbc.query("""
                select u.id, u.display_name, u.job_title from organisation_account_v u
                where u.enabled and exists (select 1 from organisation_account_role_v r where r.user_account_id = u.id and r.role = 'OFFICIAL')
                order by u.display_name, u.id""", Map.of(), (rs, n) -> new Official(rs.getLong(1), rs.getString(2), rs.getString(3)));
    }

    public Optional<CaseRef> caseByNumber(String caseNumber) {
        return jdbc.query("select id, case_number, title from registry_case_v where lower(case_number) = lower(:number)",
                Map.of("number", caseNumber.strip()), (rs, n) -> new CaseRef(rs.getLong(1), rs.getString(2), rs.getString(3)))
                .stream().findFirst();
    }

    private String zone() {
        return clock.getZone().getId();
    }

    private String where(ItemFilter filter, boolean staff, MapSqlParameterSource params) {
        List<String> conditions = new ArrayList<>();
        conditions.add(staff ? "true" : "p.status <> 'DRAFT'");
        if (filter.status() != null && !filter.status().isBlank()) {
            switch (filter.status()) {
                case "OPEN" -> conditions.add("i.status not in ('DONE', 'CANCELLED')");
                case "OVERDUE" -> {
                    conditions.add("i.next_due_on < :today");
                    params.addValue("today", LocalDate.now(clock));
                }
                default -> {
                    conditions.add("i.status = :status");
                    params.addValue("status", ItemStatus.valueOf(filter.status()).name());
                }
            }
        }
        if (filter.responsible() != null && !filter.responsible().isBlank()) {
            params.addValue("responsible", "%" + filter.responsible().strip().replace("\\", "\\\\").replace("%", "\\%")
                    .replace("_", "\\_") + "%");
            conditions.add("(i.responsible_text ilike :responsible or exists (select 1 from action_item_responsible_role r "
                    + "where r.item_id = i.id and r.role_title ilike :responsible)"
                    + (staff ? " or exists (select 1 from action_item_assignee a join organisation_account_v u on u.id = a.user_account_id "
                    + "where a.item_id = i.id and u.display_name ilike :responsible)" : "") + ")");
        }
        if (filter.dueBefore() != null) {
            conditions.add("i.next_due_on <= :dueBefore");
            params.addValue("dueBefore", filter.dueBefore());
        }
        if (filter.planId() != null) {
            conditions.add("i.plan_id = :plan");
            params.addValue("plan", filter.planId());
        }
        return " where " + String.join(" and ", conditions) + " ";
    }

    private static String orderBy(ItemFilter filter) {
        return "due".equals(filter.sort()) || filter.dueBefore() != null
                ? " order by i.next_due_on nulls last, p.id, i.ordinal"
                : " order by p.period_from desc, p.id desc, i.ordinal";
    }

    private static ItemRow item(ResultSet rs, int n) throws SQLException {
        var responsibility = new ItemRow.Responsibility(rs.getString("responsible_text"), rs.getString("timeline_text"));
        var schedule = new ItemRow.Schedule(rs.getObject("due_on", LocalDate.class), Recurrence.valueOf(rs.getString("recurrence")),
                rs.getObject("recurrence_from", LocalDate.class), rs.getObject("next_due_on", LocalDate.class));
        var effect = new ItemRow.Effect(EffectKind.valueOf(rs.getString("effect_kind")), rs.getBigDecimal("planned_amount_sek"),
                (Integer) rs.getObject("budget_year", Integer.class), rs.getString("amount_note"), rs.getBigDecimal("realised_amount_sek"));
        return new ItemRow(rs.getLong("id"), rs.getLong("plan_id"), rs.getString("plan_title"), rs.getInt("ordinal"),
                rs.getString("title"), ItemStatus.valueOf(rs.getString("status")), rs.getLong("version"), responsibility, schedule,
                effect, rs.getObject("latest_report_on", LocalDate.class));
    }
}
