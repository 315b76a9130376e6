package se.sparbar.audit.domain;

import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import se.sparbar.audit.SecurityEventKind;
import se.sparbar.audit.SecurityEventLog;
import se.sparbar.shared.Paged;
import se.sparbar.shared.web.Paging;

/** The {@link SecurityEventLog}, and the administrator's read of it. */
@Service
public class SecurityEvents implements SecurityEventLog {

    private static final Logger log = LoggerFactory.getLogger("se.sparbar.security-events");

    private final SecurityEventRepository events;
    private final Clock clock;

    SecurityEvents(SecurityEventRepository events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    /** Stored in its own transaction: a refused request's own transaction (if any) rolls back. */
    @Override
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(SecurityEventKind kind, String username, String remoteAddress, String detail) {
        log.info("{} user={} from={} {}", kind, username, remoteAddress, detail == null ? "" : detail);
        events.save(new SecurityEvent(Instant.now(clock), kind, truncate(username, 60), truncate(remoteAddress, 64), truncate(detail, 500)));
    }

    /** One page of the log, newest first. */
    @Transactional(readOnly = true)
    public Paged<SecurityEventRow> page(int page, int size) {
        var found = events.findAllByOrderByOccurredAtDescIdDesc(Paging.of(page, size));
        return new Paged<>(found.getContent().stream().map(SecurityEventRow::of).toList(), found.getNumber(), size, found.getTotalElements());
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
