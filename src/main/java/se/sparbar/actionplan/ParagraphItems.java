package se.sparbar.actionplan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.sparbar.meeting.ParagraphFollowUp;

/**
 * The other direction of an item's links, for a minutes paragraph's page: which action items the
 * paragraph fulfils or carries out, and which plans it adopted. Draft plans are left out. The paragraph's
 * page lists them through the meeting module's {@link ParagraphFollowUp}: the plans first, then the items.
 */
@Service
@Transactional(readOnly = true)
class ParagraphItems implements ParagraphFollowUp, CaseFollowUps {

    @Override
    public CaseFollowUp forCase(long caseId, java.util.Collection<Long> paragraphIds) {
        Long[] paragraphs = paragraphIds.toArray(Long[]::new);
        var params = new org.springframework.jdbc.core.namedparam.MapSqlParameterSource("case", caseId)
                .addValue("paragraphs", paragraphs.length == 0 ? new Long[] {-1L} : paragraphs);
        List<ParagraphItem> items = jdbc.query("""
                select distinct on (i.id) i.id, p.id as plan_id, i.title, p.title as plan_title, i.status, l.kind, p.id as po, i.ordinal
                from action_item_link l join action_item i on i.id = l.item_id join action_plan p on p.id = i.plan_id
                where (l.case_id = :case or l.paragraph_id = any(:paragraphs)) and p.status <> 'DRAFT'
                order by i.id""", params,
                (rs, n) -> new ParagraphItem(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        ItemStatus.valueOf(rs.getString(5)), LinkKind.valueOf(rs.getString(6))));
        List<AdoptedPlan> plans = jdbc.query("""
                select id, title, status from action_plan
                where (case_id = :case or adopted_by_paragraph_id = any(:paragraphs)) and status <> 'DRAFT' order by id""", params,
                (rs, n) -> new AdoptedPlan(rs.getLong(1), rs.getString(2), PlanStatus.valueOf(rs.getString(3))));
        Long[] itemIds = items.stream().map(ParagraphItem::itemId).toArray(Long[]::new);
        List<ItemReport> reports = itemIds.length == 0 ? List.of() : jdbc.query("""
                select item_id, reported_on, status, report_text from progress_report
                where item_id = any(:items) order by reported_on, id""", Map.of("items", itemIds),
                (rs, n) -> new ItemReport(rs.getLong(1), rs.getObject(2, java.time.LocalDate.class), ItemStatus.valueOf(rs.getString(3)),
                        rs.getString(4)));
        java.util.Set<Long> planIds = new java.util.TreeSet<>();
        plans.forEach(p -> planIds.add(p.planId()));
        items.forEach(i -> planIds.add(i.planId()));
        // a follow-up report's own case leads back to the plan it reports on
        List<FollowUpCase> followUps = jdbc.query("""
                select p.id, p.title, r.case_id, f.closes_on
                from follow_up_report r join action_plan p on p.id = r.plan_id join follow_up_round f on f.id = r.round_id
                where (r.plan_id = any(:plans) or r.case_id = :case) and p.status <> 'DRAFT' order by f.closes_on, r.id""",
                new org.springframework.jdbc.core.namedparam.MapSqlParameterSource("case", caseId)
                        .addValue("plans", planIds.isEmpty() ? new Long[] {-1L} : planIds.toArray(Long[]::new)),
                (rs, n) -> new FollowUpCase(rs.getLong(1), rs.getString(2), (Long) rs.getObject(3, Long.class),
                        rs.getObject(4, java.time.LocalDate.class)));
        return new CaseFollowUp(items, plans, reports, followUps);
    }

    private final NamedParameterJdbcTemplate jdbc;

    ParagraphItems(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The items this paragraph fulfils (or carries out, or relates to), in plan and item order. One statement. */
    public List<ParagraphItem> itemsForParagraph(long paragraphId) {
        return jdbc.query("""
                select i.id, p.id as plan_id, i.title, p.title as plan_title, i.status, l.kind
                from action_item_link l join action_item i on i.id = l.item_id join action_plan p on p.id = i.plan_id
                where l.paragraph_id = :paragraph and p.status <> 'DRAFT'
                order by p.id, i.ordinal""", Map.of("paragraph", paragraphId),
                (rs, n) -> new ParagraphItem(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        ItemStatus.valueOf(rs.getString(5)), LinkKind.valueOf(rs.getString(6))));
    }

    public List<AdoptedPlan> plansAdoptedBy(long paragraphId) {
        return jdbc.query("select id, title, status from action_plan where adopted_by_paragraph_id = :paragraph and status <> 'DRAFT' order by id",
                Map.of("paragraph", paragraphId),
                (rs, n) -> new AdoptedPlan(rs.getLong(1), rs.getString(2), PlanStatus.valueOf(rs.getString(3))));
    }

    @Override
    public List<Link> linksOf(long paragraphId) {
        List<Link> links = new ArrayList<>();
        plansAdoptedBy(paragraphId).forEach(plan -> links.add(new Link(plan.url(), plan.title(), null)));
        itemsForParagraph(paragraphId).forEach(item -> links.add(
                new Link(item.url(), item.planTitle() + ": " + item.itemTitle(), "itemStatus." + item.status())));
        return links;
    }
}
