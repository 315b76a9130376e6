package se.sparbar.notification;

import java.time.Instant;
import java.util.Map;

/**
 * What the outbox keeps of something that happened: a record entry (or a scheduled reminder), with
 * the ids a mail links to and who may read it ({@code PUBLIC}, {@code STAFF} or {@code PRIVATE}), and
 * from when the public may ({@code publicFrom}, null for at once).
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
        Map<String, String> details,
        Instant publicFrom) {

    public Happening {
        details = details == null ? Map.of() : Map.copyOf(details);
    }

    /** A happening followers may hear of as soon as it happened (if its audience lets them). */
    public Happening(Long recordEntryId, String kind, String audience, Instant occurredAt, Long caseId, Long motionId, Long bodyId,
                     Long meetingId, Long paragraphId, Long actionItemId, Long personId, Long actorAccountId, String summary,
                     Map<String, String> details) {
        this(recordEntryId, kind, audience, occurredAt, caseId, motionId, bodyId, meetingId, paragraphId, actionItemId, personId,
                actorAccountId, summary, details, null);
    }
}
