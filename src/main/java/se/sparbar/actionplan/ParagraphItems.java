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
class ParagraphItems implements ParagraphFollowUp {

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
