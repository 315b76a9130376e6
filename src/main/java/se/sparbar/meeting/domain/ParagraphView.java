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

/** A minutes paragraph with every part of it resolved to names, as the paragraph page and the minutes show it. */
public record ParagraphView(long id, long meetingId, String meetingReference, MeetingStatus meetingStatus, int number, int year,
                            Long caseId, String caseNumber, String title, String caseDescription, String preparationText,
                            Reference preparation, String preparationReference, List<PersonRef> speakers, List<Proposal> proposals,
                            List<Step> steps, String decisionText, ParagraphOutcome outcome, LocalDate decidedOn,
                            List<NonParticipant> nonParticipants, List<ReservationLine> reservations, List<Note> notes,
                            List<String> distribution, List<Basis> basis, long version) {

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
        return !meetingStatus.minutesLocked();
    }

    public boolean decided() {
        return outcome != null;
    }

    /** "KF 2024-11-27 § 149". */
    public String reference() {
        return meetingReference + " § " + number;
    }
}
