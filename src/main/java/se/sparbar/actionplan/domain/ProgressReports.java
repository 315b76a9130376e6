package se.sparbar.actionplan.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.NamedInterface;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.sparbar.actionplan.ActionPlanQueries;
import se.sparbar.actionplan.ItemStatus;
import se.sparbar.actionplan.NewProgressReport;
import se.sparbar.actionplan.PlanStatus;
import se.sparbar.actionplan.ProgressReported;
import se.sparbar.shared.FieldRefusedException;
import se.sparbar.shared.NotFoundException;
import se.sparbar.shared.StaleVersionException;

/**
 * Officials' progress reports. An official reports only on items assigned to them or to a role they
 * hold; clerks on any item. The item row is locked while a report is saved, and the report must be
 * made from the item's current version: of two simultaneous reports, the second is refused (and
 * shown again with everything typed), never silently merged.
 */
@Service
@NamedInterface("seeding")
public class ProgressReports {

    private final ActionItemRepository items;
    private final ProgressReportRepository reports;
    private final ActionPlanQueries queries;
    private final FollowUp followUp;
    private final se.sparbar.actionplan.domain.ActionPlanRepository plans;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ProgressReports(ActionItemRepository items, ProgressReportRepository reports, ActionPlanQueries queries, FollowUp followUp,
                    se.sparbar.actionplan.domain.ActionPlanRepository plans, ApplicationEventPublisher events, Clock clock) {
        this.plans = plans;
        this.events = events;
        this.items = items;
        this.reports = reports;
        this.queries = queries;
        this.followUp = followUp;
        this.clock = clock;
    }

    public boolean mayReport(long itemId, long accountId, boolean clerk) {
        return clerk || queries.mayReport(itemId, accountId);
    }

    @Transactional
    public long report(long itemId, long authorId, boolean clerk, NewProgressReport report) {
        if (!mayReport(itemId, authorId, clerk)) {
            throw new AccessDeniedException("Not responsible for action item " + itemId);
        }
        ActionItem item = items.findForUpdate(itemId).orElseThrow(() -> new NotFoundException("ActionItem", itemId));
        LocalDate today = LocalDate.now(clock);
        if (report.reportedOn().isAfter(today)) {
            throw new FieldRefusedException("reportedOn", "progress.reportedOn.future");
        }
        LocalDate latest = reports.latestReportedOn(itemId);
        if (latest != null && report.reportedOn().isBefore(latest)) {
            throw new FieldRefusedException("reportedOn", "progress.reportedOn.beforeLatest");
        }
        StaleVersionException.check("ActionItem", itemId, report.itemVersion(), item.getVersion());
        Instant now = Instant.now(clock);
        item.recordReport(report.status(), report.realisedAmount(), report.reportedOn(), now);
        FollowUpRound round = followUp.roundFor(report.reportedOn());
        ProgressReport saved = reports.save(new ProgressReport(itemId, round.getId(), report.reportedOn(), authorId, report.status(),
                report.text(), report.realisedAmount(), report.realisedBudgetYear(), now));
        items.flush();
        followUp.answer(round, itemId, saved.getId());
        if (report.status() == ItemStatus.DONE) {
            followUp.noLongerExpected(itemId);
        }
        boolean planPublic = plans.findById(item.getPlanId()).map(p -> p.getStatus() != PlanStatus.DRAFT).orElse(false);
        events.publishEvent(new ProgressReported(saved.getId(), itemId, item.getPlanId(), item.getTitle(), report.status(),
                report.reportedOn(), planPublic, authorId));
        return saved.getId();
    }
}
