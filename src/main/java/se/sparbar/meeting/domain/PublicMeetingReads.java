package se.sparbar.meeting.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.sparbar.meeting.PublicMeetings;

/** The meeting module's {@link PublicMeetings}: its own read models, as the public site reads them. */
@Service
@Transactional(readOnly = true)
class PublicMeetingReads implements PublicMeetings {

    private final MeetingQueries queries;
    private final Minutes minutes;

    PublicMeetingReads(MeetingQueries queries, Minutes minutes) {
        this.queries = queries;
        this.minutes = minutes;
    }

    @Override
    public List<MeetingSummary> upcoming(int limit) {
        return queries.upcoming(limit).stream().map(PublicMeetingReads::summary).toList();
    }

    @Override
    public List<Posting> onNoticeBoard(LocalDate today) {
        return queries.noticeBoard(today).stream().map(PublicMeetingReads::posting).toList();
    }

    @Override
    public List<PublishedDecision> latestDecisions(int limit) {
        return queries.latestDecisions(limit);
    }

    @Override
    public List<PublishedDecision> latestDecisionsOf(long bodyId, int limit) {
        return queries.latestDecisionsOf(bodyId, limit);
    }

    @Override
    public List<MeetingSummary> ofBody(long bodyId, boolean upcoming, int limit) {
        return queries.ofBody(bodyId, upcoming, limit).stream().map(PublicMeetingReads::summary).toList();
    }

    @Override
    public PersonAtMeetings personRecord(long personId) {
        return queries.personRecord(personId);
    }

    @Override
    public List<AgendaPlacement> agendaPlacements(long caseId) {
        return queries.agendaPlacements(caseId);
    }

    @Override
    public List<CaseDecision> decisionsOfCase(long caseId, boolean staff) {
        List<ParagraphView> paragraphs = minutes.ofCase(caseId).stream()
                .filter(p -> staff || p.meetingStatus() == MeetingStatus.POSTED).toList();
        Map<Long, MeetingQueries.Posting> postings = queries.postings(paragraphs.stream().map(ParagraphView::meetingId).distinct().toList());
        return paragraphs.stream().map(p -> new CaseDecision(p.id(), p.reference(), p.title(),
                p.preparation() == null ? null : new Reference(p.preparation().id(), p.preparation().label()),
                p.decided(), p.outcome(), p.decidedOn(), p.decisionText(),
                p.steps().stream().filter(ParagraphView.Step::vote).reduce((first, second) -> second)
                        .map(s -> new Vote(s.yes(), s.no(), s.abstain())),
                p.reservations().stream().map(r -> new Reservation(r.person(), r.partyName())).toList(),
                Optional.ofNullable(postings.get(p.meetingId())).map(PublicMeetingReads::posting))).toList();
    }

    private static MeetingSummary summary(MeetingQueries.MeetingLine m) {
        return new MeetingSummary(m.id(), m.bodyName(), m.bodyAbbreviation(), m.startsAt(), m.place(), m.status().name(), m.paragraphs());
    }

    private static Posting posting(MeetingQueries.Posting p) {
        return new Posting(p.meetingId(), p.bodyName(), p.meetingStartsAt(), p.adjustedOn(), p.postedOn(), p.appealEndsOn(), p.minutesKeptAt());
    }
}
