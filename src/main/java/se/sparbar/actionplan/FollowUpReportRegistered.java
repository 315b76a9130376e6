package se.sparbar.actionplan;

/** A plan's follow-up report was registered as a case for a body. */
public record FollowUpReportRegistered(long caseId, long planId, long roundId, long bodyId, String title, long registeredBy) {
}
