package se.sparbar.actionplan.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.TreeSet;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.sparbar.actionplan.ActionItemAssigned;
import se.sparbar.actionplan.ActionItemCreated;
import se.sparbar.actionplan.ActionItemLinked;
import se.sparbar.actionplan.ItemDetails;
import se.sparbar.actionplan.ItemStatus;
import se.sparbar.actionplan.LinkKind;
import se.sparbar.actionplan.PlanDetails;
import se.sparbar.actionplan.PlanStatus;
import se.sparbar.shared.NotFoundException;
import se.sparbar.shared.RefusedException;
import se.sparbar.shared.StaleVersionException;

/** What clerks do with plans and items: write them, assign officials, link decisions, set the status. */
@Service
@NamedInterface("seeding")
public class ActionPlans {

    private final ActionPlanRepository plans;
    private final ActionItemRepository items;
    private final ItemLinkRepository links;
    private final ProgressReportRepository reports;
    private final FollowUp followUp;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ActionPlans(ActionPlanRepository plans, ActionItemRepository items, ItemLinkRepository links, ProgressReportRepository reports,
                FollowUp followUp, ApplicationEventPublisher events, Clock clock) {
        this.events = events;
        this.plans = plans;
        this.items = items;
        this.links = links;
        this.reports = reports;
        this.followUp = followUp;
        this.clock = clock;
    }

    @Transactional
    public long createPlan(PlanDetails details) {
        return plans.saveAndFlush(new ActionPlan(details)).getId();
    }

    @Transactional
    public void changePlan(long planId, PlanDetails details) {
        ActionPlan plan = plan(planId);
        StaleVersionException.check("ActionPlan", planId, details.version(), plan.getVersion());
        boolean wasDraft = plan.getStatus() == PlanStatus.DRAFT;
        plan.change(details);
        plans.flush();
        if (wasDraft && plan.getStatus() == PlanStatus.ADOPTED) {
            followUp.expectReportsInOpenRound();
        }
    }

    @Transactional
    public void closePlan(long planId) {
        plan(planId).close();
    }

    /** Adds an item at the end of the plan; when started from a paragraph, the paragraph is linked as fulfilling it. */
    @Transactional
    public long addItem(long planId, ItemDetails details, long clerkId, Long fromParagraphId) {
        ActionPlan plan = plan(planId);
        if (plan.getStatus() == PlanStatus.CLOSED) {
            throw new RefusedException("actionplan.refused.closed");
        }
        ActionItem item = items.saveAndFlush(new ActionItem(planId, items.maxOrdinal(planId) + 1, details, now(), clerkId));
        if (fromParagraphId != null) {
            links.save(new ItemLink(item.getId(), null, fromParagraphId, LinkKind.FULFILS, null, now(), clerkId));
        }
        if (plan.getStatus() == PlanStatus.ADOPTED) {
            followUp.expectReportsInOpenRound();
        }
        events.publishEvent(new ActionItemCreated(item.getId(), planId, item.getTitle(), fromParagraphId, plan.getStatus() != PlanStatus.DRAFT,
                clerkId));
        return item.getId();
    }

    /**
     * Corrects the item; officials it newly makes responsible (assigned, or holding a role now named) are
     * announced by {@link ActionItemAssigned}, in this transaction.
     */
    @Transactional
    public void changeItem(long itemId, ItemDetails details, long clerkId) {
        ActionItem item = items.findForUpdate(itemId).orElseThrow(() -> new NotFoundException("ActionItem", itemId));
        StaleVersionException.check("ActionItem", itemId, details.version(), item.getVersion());
        var before = items.responsibleAccounts(itemId);
        item.change(details, now(), clerkId, reports.latestReportedOn(itemId));
        items.flush();
        var newly = new TreeSet<>(items.responsibleAccounts(itemId));
        newly.removeAll(before);
        if (!newly.isEmpty()) {
            events.publishEvent(new ActionItemAssigned(itemId, item.getPlanId(), item.getTitle(), java.util.List.copyOf(newly),
                    plan(item.getPlanId()).getStatus() != PlanStatus.DRAFT, clerkId));
        }
    }

    /** The clerk's status change: cancel, reopen a done item, or correct. A cancelled item is refused. */
    @Transactional
    public void changeStatus(long itemId, ItemStatus status, long version) {
        ActionItem item = items.findForUpdate(itemId).orElseThrow(() -> new NotFoundException("ActionItem", itemId));
        StaleVersionException.check("ActionItem", itemId, version, item.getVersion());
        boolean wasClosed = item.getStatus().isClosed();
        item.changeStatus(status, now(), reports.latestReportedOn(itemId));
        items.flush();
        if (status.isClosed()) {
            followUp.noLongerExpected(itemId);
        } else if (wasClosed) {
            followUp.expectReportsInOpenRound();
        }
    }

    /** Links the item to the paragraph or case that carries it out; a link already there is kept as it is. */
    @Transactional
    public void link(long itemId, LinkKind kind, Long caseId, Long paragraphId, String note, long clerkId) {
        ActionItem item = items.findById(itemId).orElseThrow(() -> new NotFoundException("ActionItem", itemId));
        if (item.getStatus() == ItemStatus.CANCELLED) {
            throw new RefusedException("actionitem.refused.cancelled");
        }
        boolean exists = paragraphId != null ? links.existsByItemIdAndParagraphId(itemId, paragraphId)
                : links.existsByItemIdAndCaseId(itemId, caseId);
        if (!exists) {
            links.save(new ItemLink(itemId, caseId, paragraphId, kind, note, now(), clerkId));
            events.publishEvent(new ActionItemLinked(itemId, item.getPlanId(), item.getTitle(), caseId, paragraphId,
                    plan(item.getPlanId()).getStatus() != PlanStatus.DRAFT, clerkId));
        }
    }

    private ActionPlan plan(long id) {
        return plans.findById(id).orElseThrow(() -> new NotFoundException("ActionPlan", id));
    }

    private Instant now() {
        return Instant.now(clock);
    }
}
