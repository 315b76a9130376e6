package se.sparbar.meeting.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import se.sparbar.meeting.BallotChoice;
import se.sparbar.meeting.NonParticipationKind;
import se.sparbar.meeting.ParagraphOutcome;
import se.sparbar.meeting.Preference;
import se.sparbar.meeting.ProposalKind;
import se.sparbar.organisation.PersonRef;

/**
 * A minutes paragraph with every part of it resolved to names, as the paragraph page and the minutes
 * show it: its heading, its texts, the procedure (speakers, proposals, steps, who did not take part),
 * the decision, and what is attached to it. Pages read the parts through the accessors below.
 */
public record ParagraphView(Header header, Texts texts, Procedure procedure, Decision decision, Annexes annexes, long version) {

    /** Which paragraph: "KF 2024-11-27 § 149", and the case it dealt with. */
    public record Header(long id, long meetingId, String meetingReference, MeetingStatus meetingStatus, int number, int year,
                         Long caseId, String caseNumber, String title) {
    }

    /** The case's description and its preparation, as the clerk wrote them. */
    public record Texts(String caseDescription, String preparationText, Reference preparation, String preparationReference) {
    }

    /** How the decision was reached. */
    public record Procedure(List<PersonRef> speakers, List<Proposal> proposals, List<Step> steps, List<NonParticipant> nonParticipants) {
    }

    /** What was decided; all empty until it is. */
    public record Decision(String text, ParagraphOutcome outcome, LocalDate decidedOn) {
    }

    /** Reservations, protocol notes, distribution and the basis for the decision. */
    public record Annexes(List<ReservationLine> reservations, List<Note> notes, List<String> distribution, List<Basis> basis) {
    }

    /** Another paragraph, as cited: "KS 2024-10-21 § 140". */
    public record Reference(long id, String label) {
    }

    public record Proposal(long id, int ordinal, PersonRef mover, ProposalKind kind, Preference preference, String label, String text,
                           List<PersonRef> supporters) implements se.sparbar.shared.Labelled {
        @Override
        public String label() {
            return mover == null ? label : label + " (" + mover.nameWithParty() + ")";
        }

        public String name() {
            return label;
        }
    }

    public record Step(int ordinal, boolean vote, Proposal first, Proposal second, Proposal winner, String finding, int yes, int no,
                       int abstain, boolean castingVote, PersonRef castingPerson, List<Ballot> ballots) {
    }

    public record Ballot(PersonRef person, BallotChoice choice) {
    }

    public record NonParticipant(PersonRef person, NonParticipationKind kind) {
    }

    public record ReservationLine(long id, PersonRef person, String partyName, String writtenText, Instant writtenReceivedAt) {
    }

    public record Note(PersonRef person, String text, PersonRef consentedBy) {
    }

    public record Basis(String title, Reference paragraph) {
    }

    public boolean open() {
        return header.meetingStatus().open();
    }

    public boolean decided() {
        return decision.outcome() != null;
    }

    /** "KF 2024-11-27 § 149". */
    public String reference() {
        return header.meetingReference() + " § " + header.number();
    }

    // --- the parts' fields, for pages and the minutes' PDF ----------------------------------------

    public long id() {
        return header.id();
    }

    public long meetingId() {
        return header.meetingId();
    }

    public String meetingReference() {
        return header.meetingReference();
    }

    public MeetingStatus meetingStatus() {
        return header.meetingStatus();
    }

    public int number() {
        return header.number();
    }

    public int year() {
        return header.year();
    }

    public Long caseId() {
        return header.caseId();
    }

    public String caseNumber() {
        return header.caseNumber();
    }

    public String title() {
        return header.title();
    }

    public String caseDescription() {
        return texts.caseDescription();
    }

    public String preparationText() {
        return texts.preparationText();
    }

    public Reference preparation() {
        return texts.preparation();
    }

    public String preparationReference() {
        return texts.preparationReference();
    }

    public List<PersonRef> speakers() {
        return procedure.speakers();
    }

    public List<Proposal> proposals() {
        return procedure.proposals();
    }

    public List<Step> steps() {
        return procedure.steps();
    }

    public List<NonParticipant> nonParticipants() {
        return procedure.nonParticipants();
    }

    public String decisionText() {
        return decision.text();
    }

    public ParagraphOutcome outcome() {
        return decision.outcome();
    }

    public LocalDate decidedOn() {
        return decision.decidedOn();
    }

    public List<ReservationLine> reservations() {
        return annexes.reservations();
    }

    public List<Note> notes() {
        return annexes.notes();
    }

    public List<String> distribution() {
        return annexes.distribution();
    }

    public List<Basis> basis() {
        return annexes.basis();
    }
}
