package se.sparbar.actionplan;

/** An item was added to an action plan; {@code fromParagraphId} is the decision it carries out, if started from one. */
public record ActionItemCreated(long itemId, long planId, String title, Long fromParagraphId, boolean planPublic, long createdBy) {
}
