package se.sparbar.record.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import se.sparbar.record.Audience;
import se.sparbar.record.RecordKind;

/** A row about to be appended; built fluently by {@link RecordWriter}. */
public final class NewRecord {

    private final RecordKind kind;
    private final Instant occurredAt;
    private final LocalDate eventDate;
    private Audience audience = Audience.PUBLIC;
    private Instant publicFrom;
    private Long caseId, motionId, bodyId, meetingId, paragraphId, referralId, actionPlanId, actionItemId, personId, actorAccountId;
    private String summary = "";
    private final Map<String, String> details = new LinkedHashMap<>();

    NewRecord(RecordKind kind, Instant occurredAt, LocalDate eventDate) {
        this.kind = kind;
        this.occurredAt = occurredAt;
        this.eventDate = eventDate;
        this.publicFrom = occurredAt;
    }

    NewRecord staff() {
        audience = Audience.STAFF;
        publicFrom = null;
        return this;
    }

    NewRecord privateTo(long person) {
        audience = Audience.PRIVATE;
        publicFrom = null;
        personId = person;
        return this;
    }

    NewRecord publicOnlyIf(boolean isPublic) {
        return isPublic ? this : staff();
    }

    /** Public, but not before {@code from} (an agenda becomes public some days before its meeting). */
    NewRecord publicFrom(Instant from) {
        audience = Audience.PUBLIC;
        publicFrom = from.isAfter(occurredAt) ? from : occurredAt;
        return this;
    }

    NewRecord caseId(Long id) { caseId = id; return this; }
    NewRecord motion(Long id) { motionId = id; return this; }
    NewRecord body(Long id) { bodyId = id; return this; }
    NewRecord meeting(Long id) { meetingId = id; return this; }
    NewRecord paragraph(Long id) { paragraphId = id; return this; }
    NewRecord referral(Long id) { referralId = id; return this; }
    NewRecord plan(Long id) { actionPlanId = id; return this; }
    NewRecord item(Long id) { actionItemId = id; return this; }
    NewRecord person(Long id) { personId = id; return this; }
    NewRecord actor(Long id) { actorAccountId = id; return this; }
    NewRecord summary(String text) { summary = text; return this; }

    NewRecord detail(String name, Object value) {
        if (value != null) {
            details.put(name, value.toString());
        }
        return this;
    }

    public RecordKind kind() { return kind; }
    public Instant occurredAt() { return occurredAt; }
    public LocalDate eventDate() { return eventDate; }
    public Audience audience() { return audience; }
    public Instant publicFrom() { return publicFrom; }
    public Long caseId() { return caseId; }
    public Long motionId() { return motionId; }
    public Long bodyId() { return bodyId; }
    public Long meetingId() { return meetingId; }
    public Long paragraphId() { return paragraphId; }
    public Long referralId() { return referralId; }
    public Long actionPlanId() { return actionPlanId; }
    public Long actionItemId() { return actionItemId; }
    public Long personId() { return personId; }
    public Long actorAccountId() { return actorAccountId; }
    public String summary() { return summary; }
    public Map<String, String> details() { return Map.copyOf(details); }
}
