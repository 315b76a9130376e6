package se.sparbar.notification.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import se.sparbar.actionplan.ActionItemAssigned;
import se.sparbar.notification.Happening;
import se.sparbar.notification.Outbox;

/**
 * An item assigned to more officials after it was created (by name, or by a role they hold): one outbox row,
 * in the transaction that made the change, naming the newly responsible accounts. Not a record entry: who is
 * assigned is the plan's internal business, and the row is private (followers never hear of it).
 */
@Component
class AssignmentListener {

    public static final String KIND = "ACTION_ITEM_ASSIGNED";

    private final Outbox outbox;
    private final Clock clock;

    AssignmentListener(Outbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(ActionItemAssigned e) {
        String accounts = e.accountIds().stream().map(String::valueOf).collect(Collectors.joining(","));
        outbox.appendAnnounced(KIND + ":" + e.itemId() + ":" + UUID.randomUUID(), new Happening(null, KIND, "PRIVATE", Instant.now(clock),
                null, null, null, null, null, e.itemId(), null, e.changedBy(), e.title(), Map.of("accountIds", accounts)));
    }
}
