package se.sparbar.actionplan;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The other direction of an item's links, for a minutes paragraph's page: which action items the
 * paragraph fulfils or carries out, and which plans it adopted. Draft plans are left out.
 */
@Service
@Transactional(readOnly = true)
public class ParagraphItems {

    /** An item linked to a paragraph; its page is {@code /action-items/{itemId}}. */
    public record ParagraphItem(long itemId, long planId, String itemTitle, String planTitle, ItemStatus status, LinkKind kind) {

        public String url() {
            return "/action-items/" + itemId;
        }
    }

    /** A plan adopted by a paragraph; its page is {@code /action-plans/{planId}}. */
    public record AdoptedPlan(long planId, String title, PlanStatus status) {

        public String url() {
            return "/action-plans/" + planId;
        }
    }

    /** A progress report on an item, as the public reads it (without its author). */
    public record ItemReport(long itemId, java.time.LocalDate reportedOn, ItemStatus status, String text) {
    }

    /** A follow-up report on a plan, registered as a case of its own. */
    public record FollowUpCase(long planId, String planTitle, Long caseId, java.time.LocalDate roundClosesOn) {
    }

    /**
     * What carries a case out: the items linked to the case or to its paragraphs, the plans they
     * adopted or that were registered as the case, those items' progress reports, and the follow-up
     * reports on those plans (each a case). Draft plans are left out. Four statements, whatever the sizes.
     */
    public record CaseFollowUp(List<ParagraphItem> items, List<AdoptedPlan> plans, List<ItemReport> reports,
                               List<FollowUpCase> followUps) {
    }

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
}
