package se.sparbar.meeting.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.sparbar.meeting.BallotChoice;
import se.sparbar.meeting.CaseDecided;
import se.sparbar.meeting.NonParticipationKind;
import se.sparbar.meeting.ParagraphOutcome;
import se.sparbar.meeting.Preference;
import se.sparbar.meeting.ProposalKind;
import se.sparbar.organisation.BodyRef;
import se.sparbar.organisation.Directory;
import se.sparbar.organisation.PartyRef;
import se.sparbar.organisation.PersonRef;
import se.sparbar.referral.PreparationView;
import se.sparbar.referral.Referrals;
import se.sparbar.registry.CaseSummary;
import se.sparbar.registry.Cases;
import se.sparbar.shared.FieldRefusedException;
import se.sparbar.shared.NotFoundException;
import se.sparbar.shared.RefusedException;
import se.sparbar.shared.StaleVersionException;

/**
 * Recording minutes paragraphs. Numbers run per body and year across the year's meetings, taken
 * from a counter row that stays locked until the transaction ends (no gaps, no duplicates). Every
 * change checks that the meeting's minutes are not adjusted; a database trigger checks it again.
 */
@Service
@NamedInterface("seeding")
public class Minutes {

    private final MinutesParagraphRepository paragraphs;
    private final MeetingRepository meetings;
    private final Directory directory;
    private final Cases cases;
    private final Referrals referrals;
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;
    private final Clock clock;

    Minutes(MinutesParagraphRepository paragraphs, MeetingRepository meetings, Directory directory, Cases cases, Referrals referrals,
            ApplicationEventPublisher events, JdbcClient jdbc, Clock clock) {
        this.paragraphs = paragraphs;
        this.meetings = meetings;
        this.directory = directory;
        this.cases = cases;
        this.referrals = referrals;
        this.events = events;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Opens the paragraph of an agenda item. For a prepared case the preparation's proposal becomes
     * the first proposal ("Kommunstyrelsens förslag till beslut") and its text the preparation.
     */
    @Transactional
    public long openFromAgenda(long meetingId, long agendaItemId) {
        Meeting meeting = openMeeting(meetingId);
        AgendaItem item = meeting.getAgenda().stream().filter(a -> a.getId() == agendaItemId).findFirst()
                .orElseThrow(() -> new NotFoundException("AgendaItem", agendaItemId));
        if (paragraphs.findByAgendaItemId(agendaItemId).isPresent()) {
            throw new RefusedException("meeting.paragraph.alreadyOpened");
        }
        MinutesParagraph paragraph = new MinutesParagraph(meetingId, meeting.getBodyId(), year(meeting), nextNumber(meeting.getBodyId(),
                year(meeting)), agendaItemId, item.getCaseId(), item.getTitle());
        if (item.getCaseId() != null) {
            referrals.preparationOf(item.getCaseId()).ifPresent(p -> prefill(paragraph, p));
        }
        return paragraphs.save(paragraph).getId();
    }

    /** The preparation's text and proposal, and the preparing body's own paragraph on the case (KS § 140) when there is one. */
    private void prefill(MinutesParagraph paragraph, PreparationView preparation) {
        String body = directory.body(preparation.preparingBodyId()).map(BodyRef::name).orElse("");
        Long preparing = paragraphs.findByCaseIdOrderById(paragraph.getCaseId()).stream()
                .filter(p -> p.getBodyId() == preparation.preparingBodyId() && p.isDecided())
                .reduce((a, b) -> b).map(MinutesParagraph::getId).orElse(null);
        paragraph.prepareFrom(body, preparation.preparedOn(), preparation.proposalText(), preparing);
    }

    /** A paragraph without an agenda item (say, the election of adjusters). */
    @Transactional
    public long addParagraph(long meetingId, String title) {
        Meeting meeting = openMeeting(meetingId);
        return paragraphs.save(new MinutesParagraph(meetingId, meeting.getBodyId(), year(meeting), nextNumber(meeting.getBodyId(),
                year(meeting)), null, null, title)).getId();
    }

    /**
     * A paragraph brought over from minutes kept before Spårbar, with its number as written there;
     * the body's counter is raised past it so later paragraphs continue from it.
     */
    @Transactional
    public long importParagraph(long meetingId, int number, Long caseId, String title) {
        Meeting meeting = openMeeting(meetingId);
        int year = year(meeting);
        jdbc.sql("""
                insert into paragraph_number_counter (body_id, year, last_value) values (?, ?, ?)
                on conflict (body_id, year) do update set last_value = greatest(paragraph_number_counter.last_value, excluded.last_value)""")
                .params(meeting.getBodyId(), year, number).update();
        return paragraphs.save(new MinutesParagraph(meetingId, meeting.getBodyId(), year, number, null, caseId, title)).getId();
    }

    private int nextNumber(long bodyId, int year) {
        return jdbc.sql("""
                insert into paragraph_number_counter (body_id, year, last_value) values (?, ?, 1)
                on conflict (body_id, year) do update set last_value = paragraph_number_counter.last_value + 1
                returning last_value""").params(bodyId, year).query(Integer.class).single();
    }

    /** The texts of a paragraph as written in the minutes. */
    public record Texts(String title, String caseDescription, String preparationText, Long preparationParagraphId,
                        String preparationReference) {
    }

    @Transactional
    public void describe(long paragraphId, Texts texts, long version) {
        MinutesParagraph paragraph = editable(paragraphId);
        StaleVersionException.check("MinutesParagraph", paragraphId, version, paragraph.getVersion());
        if (texts.preparationParagraphId() != null && paragraphs.findById(texts.preparationParagraphId())
                .filter(p -> !p.getId().equals(paragraphId)).isEmpty()) {
            throw new FieldRefusedException("preparationParagraphId", "meeting.paragraph.unknownPreparation");
        }
        paragraph.describe(texts.title(), texts.caseDescription(), texts.preparationText(), texts.preparationParagraphId(),
                texts.preparationReference());
    }

    @Transactional
    public void addSpeaker(long paragraphId, long personId) {
        MinutesParagraph paragraph = editable(paragraphId);
        paragraph.addSpeaker(participants(paragraph), personId);
    }

    @Transactional
    public void removeSpeaker(long paragraphId, long personId) {
        editable(paragraphId).removeSpeaker(personId);
    }

    /** A proposal made at the meeting. A second-hand proposal needs the mover's first-hand one. */
    public record NewProposal(Long moverId, ProposalKind kind, Preference preference, String label, String text, Set<Long> supporters) {
    }

    @Transactional
    public long addProposal(long paragraphId, NewProposal proposal) {
        MinutesParagraph paragraph = editable(paragraphId);
        ParagraphProposal added = paragraph.addProposal(participants(paragraph), proposal.moverId(), proposal.kind(), proposal.preference(),
                proposal.label(), proposal.text(), proposal.supporters());
        paragraphs.flush();
        return added.getId();
    }

    /** The proposal the meeting was given by the preparing body, with no mover of its own. */
    @Transactional
    public long addPreparedProposal(long paragraphId, String label, String text) {
        ParagraphProposal added = editable(paragraphId).addPreparedProposal(label, text);
        paragraphs.flush();
        return added.getId();
    }

    @Transactional
    public void support(long paragraphId, long proposalId, Set<Long> people) {
        MinutesParagraph paragraph = editable(paragraphId);
        paragraph.support(participants(paragraph), proposalId, people);
    }

    @Transactional
    public void removeProposal(long paragraphId, long proposalId) {
        editable(paragraphId).removeProposal(proposalId);
    }

    @Transactional
    public void addProposition(long paragraphId, long first, long second, long winner, String finding) {
        editable(paragraphId).addProposition(first, second, winner, finding);
    }

    /**
     * Records a roll-call vote, yes for {@code first} and no for {@code second}. Only members
     * entitled to vote in this paragraph may vote; a tie goes to the chair's casting vote.
     */
    @Transactional
    public RollCall.Result addVote(long paragraphId, long first, long second, Map<Long, BallotChoice> ballots, BallotChoice castingChoice,
                                   String finding) {
        MinutesParagraph paragraph = editable(paragraphId);
        return paragraph.addVote(participants(paragraph), first, second, ballots, castingChoice, finding);
    }

    @Transactional
    public void removeLastStep(long paragraphId) {
        editable(paragraphId).removeLastStep();
    }

    @Transactional
    public void addNonParticipation(long paragraphId, long personId, NonParticipationKind kind) {
        MinutesParagraph paragraph = editable(paragraphId);
        paragraph.addNonParticipation(participants(paragraph), personId, kind);
    }

    @Transactional
    public void removeNonParticipation(long paragraphId, long personId) {
        editable(paragraphId).removeNonParticipation(personId);
    }

    /** Records the decision. For a case, the deciding module (motions) hears of it in this transaction. */
    @Transactional
    public void decide(long paragraphId, ParagraphOutcome outcome, String decisionText, long version) {
        MinutesParagraph paragraph = editable(paragraphId);
        StaleVersionException.check("MinutesParagraph", paragraphId, version, paragraph.getVersion());
        Meeting meeting = meetings.findById(paragraph.getMeetingId()).orElseThrow();
        paragraph.decide(outcome, decisionText, meeting.getStartsAt(), clock);
        paragraphs.save(paragraph); // publishes CaseDecided
    }

    @Transactional
    public void addReservation(long paragraphId, long personId, boolean forPartyGroup, String writtenText) {
        MinutesParagraph paragraph = editable(paragraphId);
        Long party = null;
        if (forPartyGroup) {
            PersonRef person = directory.people(List.of(personId)).get(personId);
            party = person == null ? null : person.partyId();
            if (person != null && party == null) {
                throw new FieldRefusedException("forPartyGroup", "meeting.reservation.noParty");
            }
        }
        paragraph.addReservation(participants(paragraph), personId, party, writtenText, Instant.now(clock));
    }

    /** Written reasons for a reservation, or their correction: accepted until the minutes are adjusted. */
    @Transactional
    public void writeReservation(long paragraphId, long reservationId, String text) {
        editable(paragraphId).writeReservationReasons(reservationId, text, Instant.now(clock));
    }

    /** A reservation taken back before the minutes are adjusted; the history keeps it. */
    @Transactional
    public void withdrawReservation(long paragraphId, long reservationId) {
        editable(paragraphId).withdrawReservation(reservationId);
    }

    /** A protocol note, entered with the chair's consent (the meeting's chair is recorded as consenting). */
    @Transactional
    public void addNote(long paragraphId, long personId, String text) {
        MinutesParagraph paragraph = editable(paragraphId);
        paragraph.addNote(participants(paragraph), personId, text);
    }

    /** "Expedieras till" and "Beslutsunderlag", one per line; a basis line that cites a paragraph links to it. */
    @Transactional
    public void recordDistributionAndBasis(long paragraphId, List<String> recipients, List<String> basis) {
        MinutesParagraph paragraph = editable(paragraphId);
        paragraph.replaceDistribution(recipients);
        Map<String, Long> references = new LinkedHashMap<>();
        if (paragraph.getPreparationParagraphId() != null) {
            MinutesParagraph preparation = paragraphs.findById(paragraph.getPreparationParagraphId()).orElseThrow();
            String cited = "§" + preparation.getNumber();
            basis.stream().map(String::strip).filter(t -> t.replace(" ", "").startsWith(cited))
                    .forEach(t -> references.put(t, preparation.getId()));
        }
        paragraph.replaceBasis(basis, references);
    }

    /** The voters' roll for the vote form, in the order of the attendance list. */
    @Transactional(readOnly = true)
    public List<PersonRef> voters(long paragraphId) {
        MinutesParagraph paragraph = find(paragraphId);
        Meeting meeting = meetings.findById(paragraph.getMeetingId()).orElseThrow();
        Set<Long> entitled = paragraph.entitled(meeting.participants());
        Map<Long, PersonRef> people = directory.people(entitled);
        return entitled.stream().map(people::get).toList();
    }

    /** Everyone present at the meeting of this paragraph (members, serving and other substitutes). */
    @Transactional(readOnly = true)
    public List<PersonRef> present(long paragraphId) {
        MinutesParagraph paragraph = find(paragraphId);
        Meeting meeting = meetings.findById(paragraph.getMeetingId()).orElseThrow();
        List<Long> ids = meeting.getAttendance().stream().filter(MeetingAttendance::isPresent).map(MeetingAttendance::getPersonId).toList();
        Map<Long, PersonRef> people = directory.people(ids);
        return ids.stream().map(people::get).toList();
    }

    /** Earlier paragraphs of the same case, to cite as the preparation ("KS § 140"). */
    @Transactional(readOnly = true)
    public List<ParagraphView.Reference> sameCase(long paragraphId) {
        MinutesParagraph paragraph = find(paragraphId);
        if (paragraph.getCaseId() == null) {
            return List.of();
        }
        return references(jdbc.sql("select id from minutes_paragraph where case_id = ? and id <> ? order by id")
                .params(paragraph.getCaseId(), paragraphId).query(Long.class).list()).values().stream().toList();
    }

    @Transactional(readOnly = true)
    public ParagraphView view(long paragraphId) {
        return views(List.of(find(paragraphId))).get(0);
    }

    /** All paragraphs of a meeting, in number order, resolved in a bounded number of queries. */
    @Transactional(readOnly = true)
    public List<ParagraphView> ofMeeting(long meetingId) {
        return views(paragraphs.findByMeetingIdOrderByNumber(meetingId));
    }

    /** Every paragraph that dealt with a case, in meeting order, resolved in a bounded number of queries. */
    @Transactional(readOnly = true)
    public List<ParagraphView> ofCase(long caseId) {
        return views(paragraphs.findByCaseIdOrderById(caseId));
    }

    private List<ParagraphView> views(List<MinutesParagraph> list) {
        if (list.isEmpty()) {
            return List.of();
        }
        Set<Long> personIds = new HashSet<>();
        Set<Long> referenced = new HashSet<>();
        for (MinutesParagraph p : list) {
            p.getSpeakers().forEach(s -> personIds.add(s.getPersonId()));
            p.getProposals().forEach(pr -> {
                if (pr.getMoverId() != null) {
                    personIds.add(pr.getMoverId());
                }
                personIds.addAll(pr.getSupporters());
            });
            p.getSteps().forEach(s -> {
                s.getBallots().forEach(b -> personIds.add(b.getPersonId()));
                if (s.getCastingPersonId() != null) {
                    personIds.add(s.getCastingPersonId());
                }
            });
            p.getNonParticipants().forEach(n -> personIds.add(n.getPersonId()));
            p.getReservations().forEach(r -> personIds.add(r.getPersonId()));
            p.getNotes().forEach(n -> {
                personIds.add(n.getPersonId());
                personIds.add(n.getConsentedBy());
            });
            if (p.getPreparationParagraphId() != null) {
                referenced.add(p.getPreparationParagraphId());
            }
            p.getBasis().stream().map(b -> b.getReferencedParagraphId()).filter(Objects::nonNull).forEach(referenced::add);
        }
        Map<Long, PersonRef> people = directory.people(personIds);
        Map<Long, String> partyNames = directory.parties().stream().collect(Collectors.toMap(PartyRef::id, PartyRef::name));
        Map<Long, ParagraphView.Reference> references = references(referenced);
        Map<Long, CaseSummary> caseById = cases.findAll(list.stream().map(MinutesParagraph::getCaseId).filter(Objects::nonNull).toList());
        Map<Long, Meeting> meetingById = meetings.findAllById(list.stream().map(MinutesParagraph::getMeetingId).collect(Collectors.toSet()))
                .stream().collect(Collectors.toMap(Meeting::getId, Function.identity()));
        Map<Long, BodyRef> bodies = directory.bodies(meetingById.values().stream().map(Meeting::getBodyId).collect(Collectors.toSet()));
        List<ParagraphView> views = new ArrayList<>();
        for (MinutesParagraph p : list) {
            Meeting meeting = meetingById.get(p.getMeetingId());
            Map<Long, ParagraphView.Proposal> proposals = new LinkedHashMap<>();
            for (ParagraphProposal pr : p.getProposals()) {
                proposals.put(pr.getId(), new ParagraphView.Proposal(pr.getId(), pr.getOrdinal(),
                        pr.getMoverId() == null ? null : people.get(pr.getMoverId()), pr.getKind(), pr.getPreference(), pr.getLabel(),
                        pr.getText(), pr.getSupporters().stream().map(people::get).toList()));
            }
            // the roll call as read out: members before substitutes, each by name (seats read only for a paragraph with a vote)
            Map<Long, Seat> seats = p.getSteps().stream().noneMatch(DecisionStep::isVote) ? Map.of()
                    : meeting.getAttendance().stream().collect(Collectors.toMap(MeetingAttendance::getPersonId, MeetingAttendance::getSeat, (a, b) -> a));
            List<ParagraphView.Step> steps = p.getSteps().stream().map(s -> step(s, proposals, people, seats)).toList();
            ParagraphView.Header header = new ParagraphView.Header(p.getId(), p.getMeetingId(),
                    bodies.get(meeting.getBodyId()).abbreviation() + " " + meeting.getStartsAt().atZone(clock.getZone()).toLocalDate(),
                    meeting.getStatus(), p.getNumber(), p.getYear(), p.getCaseId(),
                    p.getCaseId() == null ? null : caseById.get(p.getCaseId()).caseNumber(), p.getTitle());
            ParagraphView.Texts texts = new ParagraphView.Texts(p.getCaseDescription(), p.getPreparationText(),
                    p.getPreparationParagraphId() == null ? null : references.get(p.getPreparationParagraphId()), p.getPreparationReference());
            ParagraphView.Procedure procedure = new ParagraphView.Procedure(
                    p.getSpeakers().stream().map(s -> people.get(s.getPersonId())).toList(), List.copyOf(proposals.values()), steps,
                    p.getNonParticipants().stream().map(n -> new ParagraphView.NonParticipant(people.get(n.getPersonId()), n.getKind())).toList());
            ParagraphView.Decision decision = new ParagraphView.Decision(p.getDecisionText(), p.getOutcome(), p.getDecidedOn());
            ParagraphView.Annexes annexes = new ParagraphView.Annexes(
                    p.getReservations().stream().map(r -> new ParagraphView.ReservationLine(r.getId(), people.get(r.getPersonId()),
                            r.getPartyId() == null ? null : partyNames.get(r.getPartyId()), r.getWrittenText(), r.getWrittenReceivedAt())).toList(),
                    p.getNotes().stream().map(n -> new ParagraphView.Note(people.get(n.getPersonId()), n.getText(),
                            people.get(n.getConsentedBy()))).toList(),
                    p.getDistribution().stream().map(d -> d.getRecipient()).toList(),
                    p.getBasis().stream().map(b -> new ParagraphView.Basis(b.getTitle(),
                            b.getReferencedParagraphId() == null ? null : references.get(b.getReferencedParagraphId()))).toList());
            views.add(new ParagraphView(header, texts, procedure, decision, annexes, p.getVersion()));
        }
        return views;
    }

    private static ParagraphView.Step step(DecisionStep s, Map<Long, ParagraphView.Proposal> proposals, Map<Long, PersonRef> people,
                                           Map<Long, Seat> seats) {
        return new ParagraphView.Step(s.getOrdinal(), s.isVote(), proposals.get(s.getFirstProposalId()), proposals.get(s.getSecondProposalId()),
                proposals.get(s.getWinningProposalId()), s.getFinding(), (int) s.count(BallotChoice.YES), (int) s.count(BallotChoice.NO),
                (int) s.count(BallotChoice.ABSTAIN), s.getCastingPersonId() != null,
                s.getCastingPersonId() == null ? null : people.get(s.getCastingPersonId()),
                rollCallOrder(s.getBallots().stream().map(b -> new ParagraphView.Ballot(people.get(b.getPersonId()), b.getChoice())).toList(),
                        seats));
    }

    /**
     * The ballots of a roll call in the order it is read out: by seat (members, then the substitutes serving for them), then
     * by surname and first name. The form's ballots arrive in no particular order, and are stored so.
     */
    static List<ParagraphView.Ballot> rollCallOrder(List<ParagraphView.Ballot> ballots, Map<Long, Seat> seats) {
        java.text.Collator swedish = java.text.Collator.getInstance(java.util.Locale.forLanguageTag("sv"));
        return ballots.stream()
                .sorted(java.util.Comparator.comparing((ParagraphView.Ballot b) -> seats.getOrDefault(b.person().id(), Seat.MEMBER))
                        .thenComparing(b -> b.person().lastName(), swedish)
                        .thenComparing(b -> b.person().firstName(), swedish)
                        .thenComparing(b -> b.person().id()))
                .toList();
    }

    /** Paragraphs as cited: "KS 2024-10-21 § 140", in one query. */
    Map<Long, ParagraphView.Reference> references(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, ParagraphView.Reference> found = new LinkedHashMap<>();
        jdbc.sql("""
                select p.id, b.abbreviation, m.starts_at, p.number from minutes_paragraph p
                join meeting m on m.id = p.meeting_id join organisation_body_v b on b.id = p.body_id
                where p.id = any(?) order by m.starts_at, p.number""")
                .param(ids.toArray(Long[]::new))
                .query((rs, n) -> new ParagraphView.Reference(rs.getLong(1), rs.getString(2) + " "
                        + rs.getTimestamp(3).toInstant().atZone(clock.getZone()).toLocalDate() + " § " + rs.getInt(4)))
                .list().forEach(r -> found.put(r.id(), r));
        return found;
    }

    /** The municipality's time zone, in which meeting days are told. */
    java.time.ZoneId zone() {
        return clock.getZone();
    }

    private MinutesParagraph find(long paragraphId) {
        return paragraphs.findById(paragraphId).orElseThrow(() -> new NotFoundException("MinutesParagraph", paragraphId));
    }

    private MinutesParagraph editable(long paragraphId) {
        MinutesParagraph paragraph = find(paragraphId);
        openMeeting(paragraph.getMeetingId());
        return paragraph;
    }

    private Meeting openMeeting(long meetingId) {
        Meeting meeting = meetings.findById(meetingId).orElseThrow(() -> new NotFoundException("Meeting", meetingId));
        meeting.requireOpen();
        return meeting;
    }

    /** Who is at the paragraph's meeting (the meeting is already in the persistence context: no second read). */
    private Participants participants(MinutesParagraph paragraph) {
        return meetings.findById(paragraph.getMeetingId()).orElseThrow().participants();
    }

    private int year(Meeting meeting) {
        return meeting.getStartsAt().atZone(clock.getZone()).getYear();
    }
}
