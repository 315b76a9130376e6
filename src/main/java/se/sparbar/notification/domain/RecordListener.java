package se.sparbar.notification.domain;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import se.sparbar.notification.Happening;
import se.sparbar.notification.Outbox;
import se.sparbar.record.RecordAppended;
import se.sparbar.record.RecordEntry;

/**
 * Every row of the public record becomes one outbox row, in the transaction that appended it (the
 * record publishes {@link RecordAppended} synchronously inside it). Recipients are found later.
 */
@Component
class RecordListener {

    private final Outbox outbox;

    RecordListener(Outbox outbox) {
        this.outbox = outbox;
    }

    @EventListener
    void on(RecordAppended event) {
        RecordEntry e = event.entry();
        outbox.append(new Happening(e.id(), e.kind().name(), e.audience().name(), e.occurredAt(), e.caseId(), e.motionId(), e.bodyId(),
                e.meetingId(), e.paragraphId(), e.actionItemId(), e.personId(), e.actorAccountId(), e.summary(), e.details(),
                e.publicFrom() != null && e.publicFrom().isAfter(e.occurredAt()) ? e.publicFrom() : null));
    }
}
