package se.sparbar.notification;

import java.time.Instant;
import java.util.Map;

/**
 * What the outbox keeps of something that happened: a record entry (or a scheduled reminder), with
 * the ids a mail links to and who may read it ({@code PUBLIC}, {@code STAFF} or {@code PRIVATE}).
 */
public record Happening(
        Long recordEntryId,
        String kind,
        String audience,
        Instant occurredAt,
        Long caseId,
        Long motionId,
        Long bodyId,
        Long meetingId,
        Long paragraphId,
        Long actionItemId,
        Long personId,
        Long actorAccountId,
        String summary,
        Map<String, String> details) {

    public Happening {
        details = details == null ? Map.of() : Map.copyOf(details);
    }
}
