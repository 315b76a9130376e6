package se.sparbar.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: after {@value #MAX_FAILURES_PER_USERNAME} failures for one
 * username, or {@value #MAX_FAILURES_PER_ADDRESS} from one address, within the window, further
 * attempts are refused until the window has passed. Usernames that do not exist are throttled the
 * same way, so the throttle does not reveal which accounts exist. In memory: a restart forgets.
 */
@Component
class LoginThrottle {

    static final int MAX_FAILURES_PER_USERNAME = 5;
    static final int MAX_FAILURES_PER_ADDRESS = 20;
    static final Duration WINDOW = Duration.ofMinutes(15);

    private final Map<String, Deque<Instant>> failuresByUsername = new ConcurrentHashMap<>();
    private final Map<String, Deque<Instant>> failuresByAddress = new ConcurrentHashMap<>();
    private final Clock clock;

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    boolean isBlocked(String username, String address) {
        Instant now = clock.instant();
        return recent(failuresByUsername, key(username), now) >= MAX_FAILURES_PER_USERNAME
                || (address != null && recent(failuresByAddress, address, now) >= MAX_FAILURES_PER_ADDRESS);
    }

    void failed(String username, String address) {
        Instant now = clock.instant();
        add(failuresByUsername, key(username), now);
        if (address != null) {
            add(failuresByAddress, address, now);
        }
    }

    void succeeded(String username) {
        failuresByUsername.remove(key(username));
    }

    private static String key(String username) {
        return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    }

    private static void add(Map<String, Deque<Instant>> failures, String key, Instant now) {
        failures.compute(key, (k, times) -> {
            Deque<Instant> deque = times == null ? new ArrayDeque<>() : times;
            prune(deque, now);
            deque.addLast(now);
            return deque;
        });
    }

    private static int recent(Map<String, Deque<Instant>> failures, String key, Instant now) {
        int[] count = {0};
        failures.computeIfPresent(key, (k, times) -> {
            prune(times, now);
            count[0] = times.size();
            return times.isEmpty() ? null : times;
        });
        return count[0];
    }

    private static void prune(Deque<Instant> times, Instant now) {
        Instant oldest = now.minus(WINDOW);
        while (!times.isEmpty() && times.peekFirst().isBefore(oldest)) {
            times.removeFirst();
        }
    }
}
