package se.sparbar.actionplan;

import java.util.Collection;
import java.util.List;

/** What carries a case out, for the case's page: the action items, plans and reports linked to it or its paragraphs. */
public interface CaseFollowUps {

    CaseFollowUp forCase(long caseId, Collection<Long> paragraphIds);

    /** An item linked to a paragraph; its page is {@code /action-items/{itemId}}. */
    record ParagraphItem(long itemId, long planId, String itemTitle, String planTitle, ItemStatus status, LinkKind kind) {

        public String url() {
            return "/action-items/" + itemId;
        }
    }

    /** A plan adopted by a paragraph; its page is {@code /action-plans/{planId}}. */
    record AdoptedPlan(long planId, String title, PlanStatus status) {

        public String url() {
            return "/action-plans/" + planId;
        }
    }

    /** A progress report on an item, as the public reads it (without its author). */
    record ItemReport(long itemId, java.time.LocalDate reportedOn, ItemStatus status, String text) {
    }

    /** A follow-up report on a plan, registered as a case of its own. */
    record FollowUpCase(long planId, String planTitle, Long caseId, java.time.LocalDate roundClosesOn) {
    }

    /**
     * What carries a case out: the items linked to the case or to its paragraphs, the plans they
     * adopted or that were registered as the case, those items' progress reports, and the follow-up
     * reports on those plans (each a case). Draft plans are left out. Four statements, whatever the sizes.
     */
    record CaseFollowUp(List<ParagraphItem> items, List<AdoptedPlan> plans, List<ItemReport> reports,
                               List<FollowUpCase> followUps) {
    }
}
