package se.sparbar.meeting;

/** What a paragraph decided. The first six are what a decision on a motion can be. */
public enum ParagraphOutcome {
    APPROVED, PARTLY_APPROVED, REJECTED, ANSWERED, SENT_BACK, WRITTEN_OFF, ADOPTED, TABLED, NOTED, ELECTED, OTHER
}
