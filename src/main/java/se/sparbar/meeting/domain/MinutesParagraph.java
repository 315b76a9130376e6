package se.sparbar.meeting.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hibernate.envers.Audited;
import se.sparbar.meeting.BallotChoice;
import se.sparbar.meeting.NonParticipationKind;
import se.sparbar.meeting.ParagraphOutcome;
import se.sparbar.meeting.Preference;
import se.sparbar.meeting.ProposalKind;
import se.sparbar.shared.FieldRefusedException;
import se.sparbar.shared.Labelled;
import se.sparbar.shared.RefusedException;

/**
 * A minutes paragraph (protokollsparagraf, "§ 149"): the case, its description and preparation,
 * who spoke, the proposals made, the decision procedure with any votes, the decision, who took no
 * part, reservations, protocol notes, distribution and decision basis — all as data. The owning
 * meeting's lock is checked by the service before any change (and by a database trigger).
 */
@Entity
@Table(name = "minutes_paragraph")
@Audited
class MinutesParagraph implements Labelled {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "meeting_id", nullable = false, updatable = false)
    private long meetingId;

    @Column(name = "body_id", nullable = false, updatable = false)
    private long bodyId;

    @Column(name = "paragraph_year", nullable = false, updatable = false)
    private int year;

    @Column(nullable = false, updatable = false)
    private int number;

    @Column(name = "agenda_item_id", updatable = false)
    private Long agendaItemId;

    @Column(name = "case_id", updatable = false)
    private Long caseId;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(name = "case_description")
    private String caseDescription;

    @Column(name = "preparation_text")
    private String preparationText;

    @Column(name = "preparation_paragraph_id")
    private Long preparationParagraphId;

    @Column(name = "preparation_reference", length = 200)
    private String preparationReference;

    @Column(name = "decision_text")
    private String decisionText;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private ParagraphOutcome outcome;

    @Column(name = "decided_on")
    private LocalDate decidedOn;

    @Version
    private long version;

    @OneToMany(mappedBy = "paragraph", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("ordinal")
    private List<ParagraphSpeaker> speakers = new ArrayList<>();

    @OneToMany(mappedBy = "paragraph", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("ordinal")
    private List<ParagraphProposal> proposals = new ArrayList<>();

    @OneToMany(mappedBy = "paragraph", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("ordinal")
    private List<DecisionStep> steps = new ArrayList<>();

    @OneToMany(mappedBy = "paragraph", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<NonParticipation> nonParticipants = new ArrayList<>();

    @OneToMany(mappedBy = "paragraph", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<Reservation> reservations = new ArrayList<>();

    @OneToMany(mappedBy = "paragraph", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<ProtocolNote> notes = new ArrayList<>();

    @OneToMany(mappedBy = "paragraph", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("ordinal")
    private List<DistributionEntry> distribution = new ArrayList<>();

    @OneToMany(mappedBy = "paragraph", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("ordinal")
    private List<BasisItem> basis = new ArrayList<>();

    protected MinutesParagraph() {
    }

    public MinutesParagraph(long meetingId, long bodyId, int year, int number, Long agendaItemId, Long caseId, String title) {
        this.meetingId = meetingId;
        this.bodyId = bodyId;
        this.year = year;
        this.number = number;
        this.agendaItemId = agendaItemId;
        this.caseId = caseId;
        this.title = title.strip();
    }

    public void describe(String title, String caseDescription, String preparationText, Long preparationParagraphId,
                         String preparationReference) {
        this.title = title.strip();
        this.caseDescription = blankToNull(caseDescription);
        this.preparationText = blankToNull(preparationText);
        this.preparationParagraphId = preparationParagraphId;
        this.preparationReference = blankToNull(preparationReference);
    }

    public void addSpeaker(long personId) {
        if (speakers.stream().anyMatch(s -> s.getPersonId() == personId)) {
            throw new FieldRefusedException("personId", "meeting.speaker.already");
        }
        speakers.add(new ParagraphSpeaker(this, speakers.size() + 1, personId));
    }

    public void removeSpeaker(long personId) {
        speakers.removeIf(s -> s.getPersonId() == personId);
    }

    public ParagraphProposal addProposal(Long moverId, ProposalKind kind, Preference preference, String label, String text,
                                         Set<Long> supporters) {
        requireUndecided();
        ParagraphProposal proposal = new ParagraphProposal(this, proposals.size() + 1, moverId, kind, preference, label, text, supporters);
        proposals.add(proposal);
        return proposal;
    }

    /** Members who say at the meeting that a proposal should be supported ("föreslår att … bifalls"). */
    public void support(long proposalId, Set<Long> people) {
        requireUndecided();
        proposal(proposalId).orElseThrow(() -> new FieldRefusedException("proposalId", "meeting.step.unknownProposal")).support(people);
    }

    public void removeProposal(long proposalId) {
        requireUndecided();
        if (steps.stream().anyMatch(s -> s.getFirstProposalId() == proposalId || s.getSecondProposalId() == proposalId)) {
            throw new RefusedException("meeting.proposal.inProcedure");
        }
        proposals.removeIf(p -> p.getId() != null && p.getId() == proposalId);
    }

    /** The chair puts {@code first} against {@code second} and finds that {@code winner} is supported. */
    public void addProposition(long first, long second, long winner, String finding) {
        checkSides(first, second);
        if (winner != first && winner != second) {
            throw new FieldRefusedException("winner", "meeting.step.winnerNotPut");
        }
        steps.add(new DecisionStep(this, steps.size() + 1, first, second, winner, finding));
    }

    /** A roll-call vote, counted by {@link se.sparbar.meeting.domain.RollCall}: yes for {@code first}, no for {@code second}. */
    public DecisionStep addVote(long first, long second, Map<Long, BallotChoice> ballots, BallotChoice winner, Long castingPerson,
                                String finding) {
        checkSides(first, second);
        DecisionStep step = DecisionStep.vote(this, steps.size() + 1, first, second, ballots, winner, castingPerson, finding);
        steps.add(step);
        return step;
    }

    public void removeLastStep() {
        requireUndecided();
        if (!steps.isEmpty()) {
            steps.remove(steps.size() - 1);
        }
    }

    private void checkSides(long first, long second) {
        requireUndecided();
        if (first == second) {
            throw new FieldRefusedException("second", "meeting.step.sameProposal");
        }
        if (proposal(first).isEmpty() || proposal(second).isEmpty()) {
            throw new FieldRefusedException("first", "meeting.step.unknownProposal");
        }
    }

    public void addNonParticipation(long personId, NonParticipationKind kind) {
        if (nonParticipants.stream().anyMatch(n -> n.getPersonId() == personId)) {
            throw new FieldRefusedException("personId", "meeting.nonParticipation.already");
        }
        if (steps.stream().flatMap(s -> s.getBallots().stream()).anyMatch(b -> b.getPersonId() == personId)) {
            throw new FieldRefusedException("personId", "meeting.nonParticipation.hasVoted");
        }
        nonParticipants.add(new NonParticipation(this, personId, kind));
    }

    public void removeNonParticipation(long personId) {
        nonParticipants.removeIf(n -> n.getPersonId() == personId);
    }

    public void decide(ParagraphOutcome outcome, String decisionText, LocalDate decidedOn) {
        requireUndecided();
        this.outcome = outcome;
        this.decisionText = decisionText.strip();
        this.decidedOn = decidedOn;
    }

    public boolean isDecided() {
        return outcome != null;
    }

    private void requireUndecided() {
        if (isDecided()) {
            throw new RefusedException("meeting.paragraph.alreadyDecided");
        }
    }

    public void addReservation(long personId, Long partyId, String writtenText, Instant now) {
        if (nonParticipants.stream().anyMatch(n -> n.getPersonId() == personId)) {
            throw new FieldRefusedException("personId", "meeting.reservation.notParticipating");
        }
        Reservation reservation = new Reservation(this, personId, partyId);
        reservation.writeReasons(writtenText, now);
        reservations.add(reservation);
    }

    /** Written reasons for a reservation announced at the meeting; accepted until adjustment. */
    public void writeReservationReasons(long reservationId, String text, Instant now) {
        reservations.stream().filter(r -> r.getId() != null && r.getId() == reservationId).findFirst()
                .orElseThrow(() -> new RefusedException("meeting.reservation.unknown"))
                .writeReasons(text, now);
    }

    public void addNote(long personId, String text, long consentedBy) {
        notes.add(new ProtocolNote(this, personId, text, consentedBy));
    }

    public void replaceDistribution(List<String> recipients) {
        distribution.clear();
        recipients.stream().map(String::strip).filter(r -> !r.isEmpty())
                .forEach(r -> distribution.add(new DistributionEntry(this, distribution.size() + 1, r)));
    }

    /** The decision basis, one title per entry; an entry may point at an earlier paragraph. */
    public void replaceBasis(List<String> titles, Map<String, Long> paragraphReferences) {
        basis.clear();
        titles.stream().map(String::strip).filter(t -> !t.isEmpty())
                .forEach(t -> basis.add(new BasisItem(this, basis.size() + 1, t, paragraphReferences.get(t))));
    }

    public Optional<ParagraphProposal> proposal(long proposalId) {
        return proposals.stream().filter(p -> p.getId() != null && p.getId() == proposalId).findFirst();
    }

    /** People who may not vote here: recused or not taking part. */
    public Set<Long> excludedFromDecision() {
        return nonParticipants.stream().map(NonParticipation::getPersonId).collect(java.util.stream.Collectors.toSet());
    }

    @Override
    public String label() {
        return "§ " + number + " " + title;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public Long getId() {
        return id;
    }

    public long getMeetingId() {
        return meetingId;
    }

    public long getBodyId() {
        return bodyId;
    }

    public int getYear() {
        return year;
    }

    public int getNumber() {
        return number;
    }

    public Long getAgendaItemId() {
        return agendaItemId;
    }

    public Long getCaseId() {
        return caseId;
    }

    public String getTitle() {
        return title;
    }

    public String getCaseDescription() {
        return caseDescription;
    }

    public String getPreparationText() {
        return preparationText;
    }

    public Long getPreparationParagraphId() {
        return preparationParagraphId;
    }

    public String getPreparationReference() {
        return preparationReference;
    }

    public String getDecisionText() {
        return decisionText;
    }

    public ParagraphOutcome getOutcome() {
        return outcome;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public long getVersion() {
        return version;
    }

    public List<ParagraphSpeaker> getSpeakers() {
        return speakers;
    }

    public List<ParagraphProposal> getProposals() {
        return proposals;
    }

    public List<DecisionStep> getSteps() {
        return steps;
    }

    public List<NonParticipation> getNonParticipants() {
        return nonParticipants;
    }

    public List<Reservation> getReservations() {
        return reservations;
    }

    public List<ProtocolNote> getNotes() {
        return notes;
    }

    public List<DistributionEntry> getDistribution() {
        return distribution;
    }

    public List<BasisItem> getBasis() {
        return basis;
    }
}
