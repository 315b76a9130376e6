package se.sparbar.record;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * One thing that happened. Ids link to the records of the owning modules; {@code details} holds the few
 * values a reader shows without asking them (a case number, an outcome, an appeal end date), by name.
 */
public record RecordEntry(long id, RecordKind kind, Instant occurredAt, LocalDate eventDate, Audience audience, Instant publicFrom,
                          Long caseId, Long motionId, Long bodyId, Long meetingId, Long paragraphId, Long referralId,
                          Long actionPlanId, Long actionItemId, Long personId, Long actorAccountId, String summary,
                          Map<String, String> details) {

    public RecordEntry {
        details = Map.copyOf(details);
    }

    /** Whether the public may see it at {@code now}. */
    public boolean isPublicAt(Instant now) {
        return audience == Audience.PUBLIC && !publicFrom.isAfter(now);
    }

    public String detail(String name) {
        return details.get(name);
    }
}
