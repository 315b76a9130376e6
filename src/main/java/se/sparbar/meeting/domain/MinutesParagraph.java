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
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hibernate.envers.Audited;
import org.springframework.data.domain.AfterDomainEventPublication;
import org.springframework.data.domain.DomainEvents;
import se.sparbar.meeting.BallotChoice;
import se.sparbar.meeting.CaseDecided;
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
 * part, reservations, protocol notes, distribution and decision basis — all as data. The rules
 * of the procedure are decided here (who may move, support, vote and reserve; the count of a vote
 * and its casting vote; when a decision may be recorded), given the meeting's {@link Participants}.
 * The owning meeting's lock is checked by the service before any change (and by a database trigger).
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

    @jakarta.persistence.Transient
    private final List<Object> events = new ArrayList<>();

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

    public void addSpeaker(Participants at, long personId) {
        requirePresent(at, personId, "personId");
        if (speakers.stream().anyMatch(s -> s.getPersonId() == personId)) {
            throw new FieldRefusedException("personId", "meeting.speaker.already");
        }
        speakers.add(new ParagraphSpeaker(this, speakers.size() + 1, personId));
    }

    public void removeSpeaker(long personId) {
        speakers.removeIf(s -> s.getPersonId() == personId);
    }

    /**
     * A proposal moved at the meeting (yrkande). The mover and the supporters must be present and
     * take part in the paragraph; a second-hand proposal needs the mover's first-hand one.
     */
    public ParagraphProposal addProposal(Participants at, Long moverId, ProposalKind kind, Preference preference, String label,
                                         String text, Set<Long> supporters) {
        requireUndecided();
        if (moverId == null) {
            throw new FieldRefusedException("moverId", "meeting.proposal.moverRequired");
        }
        requireTakingPart(at, moverId, "moverId");
        for (Long supporter : supporters) {
            requireTakingPart(at, supporter, "supporters");
        }
        if (preference == Preference.SECOND_HAND && proposals.stream()
                .noneMatch(p -> moverId.equals(p.getMoverId()) && p.getPreference() == Preference.FIRST_HAND)) {
            throw new FieldRefusedException("preference", "meeting.proposal.secondHandNeedsFirst");
        }
        ParagraphProposal proposal = new ParagraphProposal(this, proposals.size() + 1, moverId, kind, preference, label, text, supporters);
        proposals.add(proposal);
        return proposal;
    }

    /** The proposal the meeting was given by the preparing body ("kommunstyrelsens förslag"): no mover of its own. */
    public ParagraphProposal addPreparedProposal(String label, String text) {
        requireUndecided();
        ParagraphProposal proposal = new ParagraphProposal(this, proposals.size() + 1, null, ProposalKind.APPROVE, Preference.ONLY, label,
                text, Set.of());
        proposals.add(proposal);
        return proposal;
    }

    /**
     * The preparation, as the agenda brings it: the preparing body's proposal becomes the text and
     * the first proposal, and the preparing body's own paragraph on the case (KS § 140), when there
     * is one, is linked as the preparation.
     */
    public void prepareFrom(String preparingBody, LocalDate preparedOn, String proposalText, Long preparingParagraphId) {
        requireUndecided();
        this.preparationText = preparingBody + " har den " + preparedOn + " föreslagit:\n" + proposalText;
        this.preparationParagraphId = preparingParagraphId;
        addPreparedProposal(preparingBody + "s förslag till beslut", proposalText);
    }

    /** Members who say at the meeting that a proposal should be supported ("föreslår att … bifalls"). */
    public void support(Participants at, long proposalId, Set<Long> people) {
        requireUndecided();
        ParagraphProposal proposal = proposal(proposalId)
                .orElseThrow(() -> new FieldRefusedException("proposalId", "meeting.step.unknownProposal"));
        for (Long person : people) {
            requireTakingPart(at, person, "supporters");
        }
        proposal.support(people);
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

    /**
     * A roll-call vote, yes for {@code first} and no for {@code second}, counted here: only those
     * {@link #entitled entitled} in this paragraph vote, and a tie goes to the chair's casting vote
     * (their own ballot unless {@code castingChoice} says otherwise).
     */
    public RollCall.Result addVote(Participants at, long first, long second, Map<Long, BallotChoice> ballots, BallotChoice castingChoice,
                                   String finding) {
        checkSides(first, second);
        RollCall.Result result = RollCall.count(entitled(at), ballots, at.chair(), castingChoice);
        steps.add(DecisionStep.vote(this, steps.size() + 1, first, second, ballots, result.winner(),
                result.castingVote() ? at.chair() : null, finding));
        return result;
    }

    /** Who may vote in this paragraph, in the attendance list's order: those seated, less those not taking part. */
    public Set<Long> entitled(Participants at) {
        Set<Long> excluded = excludedFromDecision();
        return at.seated().stream().filter(p -> !excluded.contains(p))
                .collect(java.util.stream.Collectors.toCollection(java.util.LinkedHashSet::new));
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

    /**
     * Records that a seated member takes no part (jäv, or not in the handling or the decision).
     * Refused while the member has acted in the paragraph — voted, moved or supported a proposal,
     * reserved — until those acts are removed.
     */
    public void addNonParticipation(Participants at, long personId, NonParticipationKind kind) {
        if (!at.isSeated(personId)) {
            throw new FieldRefusedException("personId", "meeting.nonParticipation.notSeated");
        }
        if (nonParticipants.stream().anyMatch(n -> n.getPersonId() == personId)) {
            throw new FieldRefusedException("personId", "meeting.nonParticipation.already");
        }
        if (steps.stream().flatMap(s -> s.getBallots().stream()).anyMatch(b -> b.getPersonId() == personId)) {
            throw new FieldRefusedException("personId", "meeting.nonParticipation.hasVoted");
        }
        if (proposals.stream().anyMatch(p -> Long.valueOf(personId).equals(p.getMoverId()))) {
            throw new FieldRefusedException("personId", "meeting.nonParticipation.hasMoved");
        }
        if (proposals.stream().anyMatch(p -> p.getSupporters().contains(personId))) {
            throw new FieldRefusedException("personId", "meeting.nonParticipation.hasSupported");
        }
        if (reservations.stream().anyMatch(r -> r.getPersonId() == personId)) {
            throw new FieldRefusedException("personId", "meeting.nonParticipation.hasReserved");
        }
        nonParticipants.add(new NonParticipation(this, personId, kind));
    }

    public void removeNonParticipation(long personId) {
        nonParticipants.removeIf(n -> n.getPersonId() == personId);
    }

    /**
     * Records the decision, dated the day of the meeting. Not before the meeting has started (a
     * decision is never in the future). For a case it raises {@link CaseDecided}, published on save.
     */
    public void decide(ParagraphOutcome outcome, String decisionText, Instant meetingStartsAt, Clock clock) {
        requireUndecided();
        if (Instant.now(clock).isBefore(meetingStartsAt)) {
            throw new RefusedException("meeting.paragraph.decisionBeforeMeeting");
        }
        this.outcome = outcome;
        this.decisionText = decisionText.strip();
        this.decidedOn = meetingStartsAt.atZone(clock.getZone()).toLocalDate();
        if (caseId != null) {
            events.add(new CaseDecided(caseId, id, outcome, decidedOn, meetingId, bodyId));
        }
    }

    public boolean isDecided() {
        return outcome != null;
    }

    private void requireUndecided() {
        if (isDecided()) {
            throw new RefusedException("meeting.paragraph.alreadyDecided");
        }
    }

    /**
     * A reservation against the decision, by a present member taking part in the paragraph, or for
     * their party group. A member who voted for the proposal that won cannot reserve against it.
     */
    public void addReservation(Participants at, long personId, Long partyId, String writtenText, Instant now) {
        requirePresent(at, personId, "personId");
        if (nonParticipants.stream().anyMatch(n -> n.getPersonId() == personId)) {
            throw new FieldRefusedException("personId", "meeting.reservation.notParticipating");
        }
        if (votedForWinner(personId)) {
            throw new FieldRefusedException("personId", "meeting.reservation.votedForWinner");
        }
        if (reservations.stream().anyMatch(r -> r.getPersonId() == personId)) {
            throw new FieldRefusedException("personId", "meeting.reservation.already");
        }
        Reservation reservation = new Reservation(this, personId, partyId);
        reservation.writeReasons(writtenText, now);
        reservations.add(reservation);
    }

    /** The proposal the procedure ended with: the winner of its last step, if there was a step. */
    public Optional<Long> winningProposalId() {
        return steps.isEmpty() ? Optional.empty() : Optional.of(steps.get(steps.size() - 1).getWinningProposalId());
    }

    /** Whether the member voted, in any vote of this paragraph, for the side of the proposal that finally won. */
    boolean votedForWinner(long personId) {
        Optional<Long> winner = winningProposalId();
        if (winner.isEmpty()) {
            return false;
        }
        for (DecisionStep step : steps) {
            for (VoteBallot ballot : step.getBallots()) {
                if (ballot.getPersonId() != personId) {
                    continue;
                }
                Long chosen = switch (ballot.getChoice()) {
                    case YES -> step.getFirstProposalId();
                    case NO -> step.getSecondProposalId();
                    case ABSTAIN -> null;
                };
                if (winner.get().equals(chosen)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Written reasons for a reservation announced at the meeting, or their correction; accepted until adjustment. */
    public void writeReservationReasons(long reservationId, String text, Instant now) {
        reservation(reservationId).writeReasons(text, now);
    }

    /** The member takes the reservation back before the minutes are adjusted (it stays in the history). */
    public void withdrawReservation(long reservationId) {
        reservations.remove(reservation(reservationId));
    }

    private Reservation reservation(long reservationId) {
        return reservations.stream().filter(r -> r.getId() != null && r.getId() == reservationId).findFirst()
                .orElseThrow(() -> new RefusedException("meeting.reservation.unknown"));
    }

    /** A protocol note by a present member, entered with the consent of the chair (recorded as consenting). */
    public void addNote(Participants at, long personId, String text) {
        requirePresent(at, personId, "personId");
        if (at.chair() == null) {
            throw new FieldRefusedException("personId", "meeting.note.noChair");
        }
        notes.add(new ProtocolNote(this, personId, text, at.chair()));
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

    private static void requirePresent(Participants at, long personId, String field) {
        if (!at.isPresent(personId)) {
            throw new FieldRefusedException(field, "meeting.person.notPresent");
        }
    }

    /** Present, and not recorded as taking no part in this paragraph. */
    private void requireTakingPart(Participants at, long personId, String field) {
        requirePresent(at, personId, field);
        if (nonParticipants.stream().anyMatch(n -> n.getPersonId() == personId)) {
            throw new FieldRefusedException(field, "meeting.proposal.notParticipating");
        }
    }

    @DomainEvents
    List<Object> domainEvents() {
        return java.util.Collections.unmodifiableList(events);
    }

    @AfterDomainEventPublication
    void clearDomainEvents() {
        events.clear();
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
