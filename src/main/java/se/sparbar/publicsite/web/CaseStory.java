package se.sparbar.publicsite.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import se.sparbar.actionplan.CaseFollowUps;
import se.sparbar.governance.ParagraphDocuments;
import se.sparbar.meeting.PublicMeetings;
import se.sparbar.motion.MotionQueries;
import se.sparbar.organisation.BodyRef;
import se.sparbar.referral.PreparationView;
import se.sparbar.referral.ReferralView;
import se.sparbar.registry.CaseSummary;

/**
 * Everything a case page shows, for one reader: what the public may see, or (for staff) also the
 * decisions of minutes not yet posted and agendas not yet published.
 */
public record CaseStory(CaseSummary summary, BodyRef owner, Optional<MotionQueries.Row> motion,
                        List<se.sparbar.registry.IncomingDocument> incoming, List<Referral> referrals,
                        Optional<PreparationView> preparation, Optional<BodyRef> preparingBody,
                        List<PublicMeetings.AgendaPlacement> agenda, List<PublicMeetings.CaseDecision> decisions,
                        List<ParagraphDocuments.DocumentOfParagraph> governingDocuments, CaseFollowUps.CaseFollowUp followUp,
                        List<Event> timeline, boolean staff) {

    public record Referral(ReferralView referral, BodyRef body) {
    }

    /**
     * One event of the case's story. {@code at} is set when the time of day is known; {@code href}
     * leads to where it is recorded (a paragraph, a plan, another case).
     */
    public record Event(LocalDate date, Instant at, String messageKey, String detail, String href) {
    }

    /** A text's non-blank lines (a distribution list, one recipient a line). */
    public List<String> lines(String text) {
        return text == null ? List.of() : text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    /** The progress reports of each item, by item id. */
    public Map<Long, List<CaseFollowUps.ItemReport>> reportsByItem() {
        return followUp.reports().stream().collect(Collectors.groupingBy(CaseFollowUps.ItemReport::itemId));
    }
}
