package se.sparbar.audit;

import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import se.sparbar.audit.domain.SecurityEvent;
import se.sparbar.audit.domain.SecurityEventRepository;

/** Records logins and refused requests, in the log and in the database. */
@Service
public class SecurityEventLog {

    private static final Logger log = LoggerFactory.getLogger("se.sparbar.security-events");

    private final SecurityEventRepository events;
    private final Clock clock;

    SecurityEventLog(SecurityEventRepository events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    /** Stored in its own transaction: a refused request's own transaction (if any) rolls back. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(SecurityEventKind kind, String username, String remoteAddress, String detail) {
        log.info("{} user={} from={} {}", kind, username, remoteAddress, detail == null ? "" : detail);
        events.save(new SecurityEvent(Instant.now(clock), kind, truncate(username, 60), truncate(remoteAddress, 64), truncate(detail, 500)));
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
