package se.sparbar.publicsite.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.sparbar.actionplan.CaseFollowUps;
import se.sparbar.governance.ParagraphDocuments;
import se.sparbar.meeting.PublicMeetings;
import se.sparbar.motion.MotionQueries;
import se.sparbar.organisation.BodyRef;
import se.sparbar.organisation.Directory;
import se.sparbar.referral.PreparationView;
import se.sparbar.referral.Referrals;
import se.sparbar.registry.CaseSummary;
import se.sparbar.registry.Cases;
import se.sparbar.record.PublicRecord;
import se.sparbar.record.RecordEntry;
import se.sparbar.record.RecordKind;
import se.sparbar.shared.NotFoundException;

/**
 * Puts a case's story together from the modules that own its parts, each read once for the whole
 * case (never once per event), so that a case page runs the same statements for 5 events as for 200.
 * The timeline is the record module's thread of the case; the sections beside it are the owning
 * modules' full texts (a statement in full, a decision with its votes).
 */
@Component
class CaseStories {

    private final Cases cases;
    private final Directory directory;
    private final Referrals referrals;
    private final PublicMeetings meetings;
    private final ParagraphDocuments governing;
    private final CaseFollowUps items;
    private final MotionQueries motions;
    private final PublicRecord record;
    private final se.sparbar.settings.Settings settings;
    private final Clock clock;
    private final se.sparbar.registry.IncomingDocuments incoming;

    CaseStories(se.sparbar.registry.IncomingDocuments incoming, Cases cases, Directory directory, Referrals referrals, PublicMeetings meetings,
                ParagraphDocuments governing, CaseFollowUps items, MotionQueries motions, PublicRecord record,
                se.sparbar.settings.Settings settings, Clock clock) {
        this.incoming = incoming;
        this.settings = settings;
        this.record = record;
        this.cases = cases;
        this.directory = directory;
        this.referrals = referrals;
        this.meetings = meetings;
        this.governing = governing;
        this.items = items;
        this.motions = motions;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public CaseStory story(long caseId, boolean staff) {
        CaseSummary summary = cases.find(caseId).orElseThrow(() -> new NotFoundException("Case", caseId));
        var referralViews = referrals.forCase(caseId);
        Optional<PreparationView> preparation = referrals.preparationOf(caseId);
        Instant now = Instant.now(clock);
        var settings = this.settings.current();
        List<PublicMeetings.AgendaPlacement> agenda = meetings.agendaPlacements(caseId).stream()
                .filter(a -> staff || !a.planned() && !"CANCELLED".equals(a.status())
                        || !settings.agendaPublicFrom(a.startsAt().toInstant()).isAfter(now))
                .toList();
        List<PublicMeetings.CaseDecision> decisions = meetings.decisionsOfCase(caseId, staff);
        List<Long> paragraphIds = decisions.stream().map(PublicMeetings.CaseDecision::id).toList();
        List<ParagraphDocuments.DocumentOfParagraph> documents = governing.adoptedOrEndedBy(paragraphIds);
        CaseFollowUps.CaseFollowUp followUp = items.forCase(caseId, paragraphIds);

        List<RecordEntry> rows = record.ofCase(caseId, staff);
        Set<Long> bodyIds = new HashSet<>();
        bodyIds.add(summary.ownerBodyId());
        rows.stream().map(RecordEntry::bodyId).filter(java.util.Objects::nonNull).forEach(bodyIds::add);
        referralViews.forEach(r -> bodyIds.add(r.bodyId()));
        preparation.ifPresent(p -> bodyIds.add(p.preparingBodyId()));
        Map<Long, BodyRef> bodies = directory.bodies(bodyIds);
        List<CaseStory.Referral> referralRows = referralViews.stream()
                .map(r -> new CaseStory.Referral(r, bodies.get(r.bodyId()))).toList();

        Optional<MotionQueries.Row> motion = summary.type() == se.sparbar.registry.CaseType.MOTION ? motions.ofCase(caseId) : Optional.empty();
        List<CaseStory.Event> timeline = timeline(summary, rows, bodies, referralRows);
        return new CaseStory(summary, bodies.get(summary.ownerBodyId()), motion, incoming.ofCase(caseId), referralRows, preparation,
                preparation.map(p -> bodies.get(p.preparingBodyId())), agenda, decisions, documents, followUp, timeline, staff);
    }

    /**
     * The timeline: the rows of the public record for this case's thread (its motion before
     * registration, the items that carry it out, the follow-up reports), as this reader may see
     * them, each linked to where it is recorded; the date it was received is the case's own fact.
     */
    private List<CaseStory.Event> timeline(CaseSummary summary, List<RecordEntry> rows, Map<Long, BodyRef> bodies,
                                           List<CaseStory.Referral> referralRows) {
        Map<Long, Long> statementOfReferral = new java.util.HashMap<>();
        referralRows.forEach(r -> r.referral().statement().ifPresent(st -> statementOfReferral.put(r.referral().id(), st.id())));
        List<CaseStory.Event> events = new ArrayList<>();
        events.add(new CaseStory.Event(summary.receivedOn(), null, "case.event.received", summary.sender(), null));
        for (RecordEntry row : rows) {
            String body = row.bodyId() == null || bodies.get(row.bodyId()) == null ? null : bodies.get(row.bodyId()).name();
            String key = "record.kind." + row.kind();
            CaseStory.Event event = switch (row.kind()) {
                case CASE_REGISTERED, MOTION_REGISTERED -> event(row, key, row.detail("caseNumber"), null);
                case MOTION_SUBMITTED, MOTION_WITHDRAWN, MOTION_WRITTEN_OFF -> event(row, key, row.summary(), "/motions/" + row.motionId());
                case REFERRAL_SENT -> event(row, key, body, "#referral-" + row.referralId());
                case STATEMENT_RECEIVED -> event(row, key, body, statementOfReferral.containsKey(row.referralId())
                        ? "#statement-" + statementOfReferral.get(row.referralId()) : null);
                case CASE_PREPARED -> event(row, key, body, "#preparation");
                case DOCUMENT_REGISTERED -> event(row, "case.event.document." + row.detail("documentType"),
                        row.summary().isBlank() ? row.detail("sender") : row.detail("sender") + " – " + row.summary(),
                        "#document-" + row.detail("documentId"));
                case PUT_ON_AGENDA -> event(row, key, body, "/meetings/" + row.meetingId());
                case CASE_DECIDED -> event(row, "record.kind.CASE_DECIDED." + row.detail("outcome"), row.detail("reference"),
                        "/paragraphs/" + row.paragraphId());
                case DECISION_PUBLISHED -> event(row, "record.kind.DECISION_PUBLISHED." + row.detail("outcome"), row.detail("reference"),
                        "/paragraphs/" + row.paragraphId());
                case GOVERNING_DOCUMENT_ADOPTED -> event(row, key, row.summary(),
                        row.detail("documentId") == null ? null : "/governing-documents/" + row.detail("documentId"));
                case ACTION_ITEM_CREATED, ACTION_ITEM_LINKED, PROGRESS_REPORTED -> event(row, key, row.summary(),
                        "/action-items/" + row.actionItemId());
                case FOLLOW_UP_REPORT_REGISTERED -> event(row, key, row.summary(), row.caseId() != null && row.caseId() != summary.id()
                        ? "/cases/" + row.caseId() : row.actionPlanId() == null ? null : "/action-plans/" + row.actionPlanId());
                default -> event(row, key, row.summary().isBlank() ? body : row.summary(), null);
            };
            events.add(event);
            if (row.kind() == RecordKind.DECISION_PUBLISHED && row.detail("appealEndsOn") != null) {
                events.add(new CaseStory.Event(LocalDate.parse(row.detail("appealEndsOn")), null, "case.event.appealEnds",
                        row.detail("reference"), null));
            }
        }
        events.sort(Comparator.comparing(CaseStory.Event::date, Comparator.nullsLast(Comparator.naturalOrder())));
        return events;
    }

    private static CaseStory.Event event(RecordEntry row, String key, String detail, String href) {
        return new CaseStory.Event(row.eventDate(), null, key, detail, href);
    }
}
