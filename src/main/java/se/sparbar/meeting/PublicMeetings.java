package se.sparbar.meeting;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import se.sparbar.organisation.PersonRef;

/**
 * What the public site reads of meetings: what is coming up, what was decided once the minutes are
 * posted, a person's and a body's part in them, and the decisions on a case. Each method runs a
 * bounded number of statements whatever the number of rows.
 */
public interface PublicMeetings {

    /** Meetings from now on, soonest first. */
    List<MeetingSummary> upcoming(int limit);

    /** What is on the notice board today (appeal period not ended). */
    List<Posting> onNoticeBoard(LocalDate today);

    /** The latest decisions whose minutes are posted, newest first. */
    List<PublishedDecision> latestDecisions(int limit);

    /** A body's latest decisions whose minutes are posted. */
    List<PublishedDecision> latestDecisionsOf(long bodyId, int limit);

    /** A body's meetings: upcoming (soonest first) or past (latest first). */
    List<MeetingSummary> ofBody(long bodyId, boolean upcoming, int limit);

    /** Everything of a person in posted minutes. */
    PersonAtMeetings personRecord(long personId);

    /** The agendas a case has been placed on, in meeting order. */
    List<AgendaPlacement> agendaPlacements(long caseId);

    /** The paragraphs that dealt with a case: the posted ones, or (for staff) all of them. */
    List<CaseDecision> decisionsOfCase(long caseId, boolean staff);

    /** A meeting as listed; {@code status} is the name of the meeting's status. */
    record MeetingSummary(long id, String bodyName, String bodyAbbreviation, ZonedDateTime startsAt, String place, String status,
                          int paragraphs) {
    }

    /** A posting on the notice board (public: no personal details). */
    record Posting(long meetingId, String bodyName, ZonedDateTime meetingStartsAt, LocalDate adjustedOn, LocalDate postedOn,
                   LocalDate appealEndsOn, String minutesKeptAt) {
    }

    /** A decision the public may read (its minutes are posted). */
    record PublishedDecision(long paragraphId, Long caseId, String reference, String title, ParagraphOutcome outcome,
                             LocalDate decidedOn) {
    }

    /** A person's part in posted minutes: what the public record shows of a councillor's work at meetings. */
    record PersonAtMeetings(List<ProposalMade> proposals, List<BallotCast> ballots, List<CitedParagraph> reservations,
                            List<CitedParagraph> recusals) {
    }

    /** A paragraph as cited, with the person's part in it ({@code detail}: a reservation's party, a recusal's kind). */
    record CitedParagraph(long paragraphId, String reference, String title, LocalDate decidedOn, String detail) {
    }

    /** A proposal the person moved, and whether it carried (it won its last step, or it was the only one). */
    record ProposalMade(CitedParagraph paragraph, String label, ProposalKind kind, Boolean carried) {
    }

    /** A roll-call vote the person cast: their choice, and the result of the step. */
    record BallotCast(CitedParagraph paragraph, BallotChoice choice, int yes, int no, int abstain, String winner) {
    }

    /** A case's place on a meeting's agenda; {@code status} is the name of the meeting's status. */
    record AgendaPlacement(long meetingId, long bodyId, String bodyName, ZonedDateTime startsAt, String place, String status,
                           int ordinal) {

        public boolean planned() {
            return "PLANNED".equals(status);
        }
    }

    /** A paragraph that dealt with a case, with its last roll-call vote, reservations and posting (once posted). */
    record CaseDecision(long id, String reference, String title, Reference preparation, boolean decided, ParagraphOutcome outcome,
                        LocalDate decidedOn, String decisionText, Optional<Vote> lastVote, List<Reservation> reservations,
                        Optional<Posting> posting) {

        public boolean published() {
            return posting.isPresent();
        }
    }

    /** Another paragraph, as cited ("KS 2024-10-21 § 140"). */
    record Reference(long id, String label) {
    }

    /** The counts of a roll-call vote. */
    record Vote(int yes, int no, int abstain) {
    }

    /** A reservation, by a person (for their party group when {@code partyName} is set). */
    record Reservation(PersonRef person, String partyName) {
    }
}
