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
import se.sparbar.actionplan.ParagraphItems;
import se.sparbar.governance.GoverningRegister;
import se.sparbar.meeting.MeetingQueries;
import se.sparbar.meeting.MeetingStatus;
import se.sparbar.meeting.Minutes;
import se.sparbar.meeting.ParagraphView;
import se.sparbar.motion.MotionQueries;
import se.sparbar.organisation.BodyRef;
import se.sparbar.organisation.Directory;
import se.sparbar.referral.PreparationView;
import se.sparbar.referral.Referrals;
import se.sparbar.registry.CaseSummary;
import se.sparbar.registry.Cases;
import se.sparbar.shared.NotFoundException;

/**
 * Puts a case's story together from the modules that own its parts, each read once for the whole
 * case (never once per event), so that a case page runs the same statements for 5 events as for 200.
 */
@Component
class CaseStories {

    /** An agenda is public this many days before its meeting. */
    static final int AGENDA_PUBLIC_DAYS_BEFORE = 7;

    private final Cases cases;
    private final Directory directory;
    private final Referrals referrals;
    private final MeetingQueries meetings;
    private final Minutes minutes;
    private final GoverningRegister governing;
    private final ParagraphItems items;
    private final MotionQueries motions;
    private final Clock clock;

    CaseStories(Cases cases, Directory directory, Referrals referrals, MeetingQueries meetings, Minutes minutes,
                GoverningRegister governing, ParagraphItems items, MotionQueries motions, Clock clock) {
        this.cases = cases;
        this.directory = directory;
        this.referrals = referrals;
        this.meetings = meetings;
        this.minutes = minutes;
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
        List<MeetingQueries.AgendaPlacement> agenda = meetings.agendaPlacements(caseId).stream()
                .filter(a -> staff || a.status() != MeetingStatus.PLANNED
                        || !a.startsAt().toInstant().minus(java.time.Duration.ofDays(AGENDA_PUBLIC_DAYS_BEFORE)).isAfter(now))
                .toList();
        List<ParagraphView> paragraphs = minutes.ofCase(caseId).stream()
                .filter(p -> staff || p.meetingStatus() == MeetingStatus.POSTED).toList();
        Map<Long, MeetingQueries.Posting> postings = meetings.postings(paragraphs.stream().map(ParagraphView::meetingId).distinct().toList());
        List<CaseStory.Decision> decisions = paragraphs.stream()
                .map(p -> new CaseStory.Decision(p, Optional.ofNullable(postings.get(p.meetingId())))).toList();
        List<Long> paragraphIds = paragraphs.stream().map(ParagraphView::id).toList();
        List<GoverningRegister.Entry> documents = governing.byParagraphs(paragraphIds);
        ParagraphItems.CaseFollowUp followUp = items.forCase(caseId, paragraphIds);

        Set<Long> bodyIds = new HashSet<>();
        bodyIds.add(summary.ownerBodyId());
        referralViews.forEach(r -> bodyIds.add(r.bodyId()));
        preparation.ifPresent(p -> bodyIds.add(p.preparingBodyId()));
        Map<Long, BodyRef> bodies = directory.bodies(bodyIds);
        List<CaseStory.Referral> referralRows = referralViews.stream()
                .map(r -> new CaseStory.Referral(r, bodies.get(r.bodyId()))).toList();

        Optional<MotionQueries.Row> motion = summary.type() == se.sparbar.registry.CaseType.MOTION ? motions.ofCase(caseId) : Optional.empty();
        List<CaseStory.Event> timeline = timeline(summary, motion, referralRows, preparation, bodies, agenda, decisions, documents, followUp);
        return new CaseStory(summary, bodies.get(summary.ownerBodyId()), motion, referralRows, preparation,
                preparation.map(p -> bodies.get(p.preparingBodyId())), agenda, decisions, documents, followUp, timeline, staff);
    }

    private List<CaseStory.Event> timeline(CaseSummary summary, Optional<MotionQueries.Row> motion, List<CaseStory.Referral> referralRows,
                                           Optional<PreparationView> preparation, Map<Long, BodyRef> bodies,
                                           List<MeetingQueries.AgendaPlacement> agenda, List<CaseStory.Decision> decisions,
                                           List<GoverningRegister.Entry> documents, ParagraphItems.CaseFollowUp followUp) {
        List<CaseStory.Event> events = new ArrayList<>();
        events.add(new CaseStory.Event(summary.receivedOn(), null, "case.event.received", summary.sender(), null));
        motion.ifPresent(m -> {
            if (m.submittedAt() != null) {
                events.add(at(m.submittedAt(), "case.event.motionSubmitted", m.filer(), "/motions/" + m.id()));
            }
        });
        events.add(at(summary.registeredAt(), "case.event.registered", summary.caseNumber(), null));
        for (CaseStory.Referral row : referralRows) {
            events.add(new CaseStory.Event(row.referral().sentOn(), null, "case.event.referred", row.body().name(), "#referral-" + row.referral().id()));
            row.referral().statement().ifPresent(s -> events.add(new CaseStory.Event(s.decidedOn(), null, "case.event.statement",
                    row.body().name(), "#statement-" + s.id())));
        }
        preparation.ifPresent(p -> events.add(new CaseStory.Event(p.preparedOn(), null, "case.event.prepared",
                bodies.get(p.preparingBodyId()).name(), "#preparation")));
        for (MeetingQueries.AgendaPlacement a : agenda) {
            events.add(new CaseStory.Event(a.startsAt().toLocalDate(), null, "case.event.agenda", a.bodyName(), "#meeting-" + a.meetingId()));
        }
        for (CaseStory.Decision d : decisions) {
            ParagraphView p = d.paragraph();
            if (p.decided()) {
                events.add(new CaseStory.Event(p.decidedOn(), null, "case.event.decided." + p.outcome(), p.reference(), "/paragraphs/" + p.id()));
            }
            d.posting().ifPresent(posting -> {
                if (posting.adjustedOn() != null) {
                    events.add(new CaseStory.Event(posting.adjustedOn(), null, "case.event.adjusted", p.reference(), "/paragraphs/" + p.id()));
                }
                events.add(new CaseStory.Event(posting.postedOn(), null, "case.event.posted", p.reference(), "/notice-board"));
                events.add(new CaseStory.Event(posting.appealEndsOn(), null, "case.event.appealEnds", p.reference(), null));
            });
        }
        for (GoverningRegister.Entry e : documents) {
            events.add(new CaseStory.Event(e.adoptedOn() != null ? e.adoptedOn() : e.validFrom(), null, "case.event.governingDocument",
                    e.title(), "/governing-documents/" + e.id()));
        }
        for (ParagraphItems.AdoptedPlan plan : followUp.plans()) {
            events.add(new CaseStory.Event(null, null, "case.event.plan", plan.title(), plan.url()));
        }
        Map<Long, String> itemTitles = new java.util.HashMap<>();
        followUp.items().forEach(i -> itemTitles.put(i.itemId(), i.itemTitle()));
        for (ParagraphItems.ItemReport report : followUp.reports()) {
            events.add(new CaseStory.Event(report.reportedOn(), null, "case.event.progress", itemTitles.get(report.itemId()),
                    "/action-items/" + report.itemId()));
        }
        for (ParagraphItems.FollowUpCase f : followUp.followUps()) {
            if (f.caseId() != null && f.caseId() != summary.id()) {
                events.add(new CaseStory.Event(f.roundClosesOn(), null, "case.event.followUpReport", f.planTitle(), "/cases/" + f.caseId()));
            }
        }
        // undated events (a plan without a date of its own) follow the dated ones
        events.sort(Comparator.comparing(CaseStory.Event::date, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(e -> e.at() == null ? Instant.MAX : e.at()));
        return events;
    }

    private CaseStory.Event at(Instant instant, String key, String detail, String href) {
        return new CaseStory.Event(LocalDate.ofInstant(instant, clock.getZone()), instant, key, detail, href);
    }
}
