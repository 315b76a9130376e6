package se.sparbar.actionplan;

/** An item was linked to the case or paragraph that carries it out. */
public record ActionItemLinked(long itemId, long planId, String title, Long caseId, Long paragraphId, boolean planPublic, long linkedBy) {
}
