package se.sparbar.meeting;

import java.time.LocalDate;
import java.util.List;

/** The minutes paragraphs that dealt with a case, for the case's (a motion's) timeline. */
public interface CaseParagraphs {

    /** In meeting order; one statement. */
    List<CaseParagraph> forCase(long caseId);

    /** A paragraph that dealt with a case; {@code published} once its minutes are on the notice board. */
    record CaseParagraph(long paragraphId, long meetingId, String reference, ParagraphOutcome outcome, LocalDate decidedOn,
                         LocalDate meetingDate, boolean published) {
    }
}
