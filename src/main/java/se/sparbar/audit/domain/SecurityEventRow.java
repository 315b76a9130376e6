package se.sparbar.audit.domain;

import java.time.Instant;
import se.sparbar.audit.SecurityEventKind;

/** A login, logout or refused request as the administrator's security log shows it. */
public record SecurityEventRow(long id, Instant occurredAt, SecurityEventKind kind, String username, String remoteAddress,
                               String detail) {

    static SecurityEventRow of(SecurityEvent event) {
        return new SecurityEventRow(event.getId(), event.getOccurredAt(), event.getKind(), event.getUsername(),
                event.getRemoteAddress(), event.getDetail());
    }
}
