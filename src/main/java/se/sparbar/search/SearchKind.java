package se.sparbar.search;

/** What a search hit is: one kind of record in the index. */
public enum SearchKind {
    MOTION, CASE, STATEMENT, PARAGRAPH, GOVERNING_DOCUMENT, ACTION_PLAN, ACTION_ITEM, PROGRESS_REPORT, PERSON, BODY, FILE;

    /** The message-key prefix for this kind's status values, or null when its status is not shown. */
    public String statusKeyPrefix() {
        return switch (this) {
            case MOTION -> "motionStatus.";
            case PARAGRAPH -> "outcome.";
            case GOVERNING_DOCUMENT -> "documentStatus.";
            case ACTION_PLAN -> "planStatus.";
            case ACTION_ITEM, PROGRESS_REPORT -> "itemStatus.";
            default -> null;
        };
    }
}
