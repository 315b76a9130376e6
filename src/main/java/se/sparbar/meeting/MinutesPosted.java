package se.sparbar.meeting;

import java.time.LocalDate;
import java.util.List;

/**
 * Adjusted minutes were posted on the notice board: from now on they, and every decision in them,
 * are public, and the appeal period runs until {@code appealEndsOn} inclusive.
 */
public record MinutesPosted(long meetingId, long bodyId, LocalDate postedOn, LocalDate appealEndsOn, List<Decision> decisions) {

    /** A decided paragraph of the posted minutes that dealt with a case. */
    public record Decision(long paragraphId, long caseId, String reference, ParagraphOutcome outcome, LocalDate decidedOn) {
    }
}
