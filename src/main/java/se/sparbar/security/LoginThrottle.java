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
 * Slows down password guessing without letting a stranger lock a real user out.
 *
 * <ul>
 *   <li>Per username <em>and</em> address: after {@value #FREE_FAILURES_PER_USERNAME_AND_ADDRESS} failures within
 *       the window, each further attempt from that address for that username waits until a pause has passed since
 *       the last failure, starting at {@link #FIRST_PAUSE} and doubling with each failure up to {@link #WINDOW}. The
 *       same username from another address (the real user at her desk) is not affected.</li>
 *   <li>Per address: after {@value #MAX_FAILURES_PER_ADDRESS} failures within the window, whatever the usernames,
 *       the address is blocked until the window has passed.</li>
 * </ul>
 *
 * Usernames that do not exist are counted the same way, so the throttle does not reveal which accounts exist, and
 * a refusal is made before the password is checked, in the same time for every username. In memory: a restart forgets.
 */
@Component
class LoginThrottle {

    static final int FREE_FAILURES_PER_USERNAME_AND_ADDRESS = 5;
    static final int MAX_FAILURES_PER_ADDRESS = 20;
    static final Duration FIRST_PAUSE = Duration.ofMinutes(1);
    static final Duration WINDOW = Duration.ofMinutes(15);

    /** Whether an attempt may go on to the password check, and if not, why. */
    enum Verdict { ALLOWED, SLOWED_DOWN, ADDRESS_BLOCKED }

    private final Map<String, Deque<Instant>> failuresByUsernameAndAddress = new ConcurrentHashMap<>();
    private final Map<String, Deque<Instant>> failuresByAddress = new ConcurrentHashMap<>();
    private final Clock clock;

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    Verdict check(String username, String address) {
        Instant now = clock.instant();
        if (address != null && recent(failuresByAddress, address, now).size() >= MAX_FAILURES_PER_ADDRESS) {
            return Verdict.ADDRESS_BLOCKED;
        }
        Deque<Instant> pair = recent(failuresByUsernameAndAddress, key(username, address), now);
        int excess = pair.size() - FREE_FAILURES_PER_USERNAME_AND_ADDRESS;
        if (excess >= 0 && now.isBefore(pair.peekLast().plus(pause(excess)))) {
            return Verdict.SLOWED_DOWN;
        }
        return Verdict.ALLOWED;
    }

    boolean isBlocked(String username, String address) {
        return check(username, address) != Verdict.ALLOWED;
    }

    void failed(String username, String address) {
        Instant now = clock.instant();
        add(failuresByUsernameAndAddress, key(username, address), now);
        if (address != null) {
            add(failuresByAddress, address, now);
        }
    }

    void succeeded(String username, String address) {
        failuresByUsernameAndAddress.remove(key(username, address));
    }

    /** The pause after the first failure beyond the free ones, doubling with each further one, at most the window. */
    static Duration pause(int excess) {
        Duration pause = FIRST_PAUSE;
        for (int i = 0; i < excess && pause.compareTo(WINDOW) < 0; i++) {
            pause = pause.multipliedBy(2);
        }
        return pause.compareTo(WINDOW) > 0 ? WINDOW : pause;
    }

    private static String key(String username, String address) {
        return (username == null ? "" : username.trim().toLowerCase(Locale.ROOT)) + "\u0000" + (address == null ? "" : address);
    }

    private static void add(Map<String, Deque<Instant>> failures, String key, Instant now) {
        failures.compute(key, (k, times) -> {
            Deque<Instant> deque = times == null ? new ArrayDeque<>() : times;
            prune(deque, now);
            deque.addLast(now);
            return deque;
        });
    }

    /** A copy of the failures within the window. */
    private static Deque<Instant> recent(Map<String, Deque<Instant>> failures, String key, Instant now) {
        Deque<Instant> copy = new ArrayDeque<>();
        failures.computeIfPresent(key, (k, times) -> {
            prune(times, now);
            copy.addAll(times);
            return times.isEmpty() ? null : times;
        });
        return copy;
    }

    private static void prune(Deque<Instant> times, Instant now) {
        Instant oldest = now.minus(WINDOW);
        while (!times.isEmpty() && times.peekFirst().isBefore(oldest)) {
            times.removeFirst();
        }
    }
}
