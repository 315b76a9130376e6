package se.sparbar.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T10:00:00Z"));
    private final LoginThrottle throttle = new LoginThrottle(clock);

    @Test
    void slowsDownAUsernameFromOneAddressAfterFiveFailuresWhateverTheCase() {
        for (int i = 0; i < LoginThrottle.FREE_FAILURES_PER_USERNAME_AND_ADDRESS - 1; i++) {
            throttle.failed("Anna", "10.0.0.1");
        }
        assertThat(throttle.check("anna", "10.0.0.1")).isEqualTo(LoginThrottle.Verdict.ALLOWED);
        throttle.failed("ANNA", "10.0.0.1");
        assertThat(throttle.check("anna", "10.0.0.1")).isEqualTo(LoginThrottle.Verdict.SLOWED_DOWN);
        assertThat(throttle.check("bertil", "10.0.0.1")).isEqualTo(LoginThrottle.Verdict.ALLOWED);
    }

    @Test
    void aStrangerCannotLockTheRealUserOut() {
        for (int i = 0; i < 50; i++) {
            throttle.failed("anna", "203.0.113." + (i % 3));
        }
        assertThat(throttle.check("anna", "10.0.0.1")).isEqualTo(LoginThrottle.Verdict.ALLOWED);
        assertThat(throttle.check("anna", "203.0.113.1")).isEqualTo(LoginThrottle.Verdict.SLOWED_DOWN);
    }

    @Test
    void thePauseDoublesWithEachFurtherFailureUpToTheWindow() {
        for (int i = 0; i < LoginThrottle.FREE_FAILURES_PER_USERNAME_AND_ADDRESS; i++) {
            throttle.failed("anna", "10.0.0.1");
        }
        clock.advance(LoginThrottle.FIRST_PAUSE.minusSeconds(1));
        assertThat(throttle.isBlocked("anna", "10.0.0.1")).isTrue();
        clock.advance(Duration.ofSeconds(1));
        assertThat(throttle.isBlocked("anna", "10.0.0.1")).isFalse();
        throttle.failed("anna", "10.0.0.1");
        clock.advance(LoginThrottle.FIRST_PAUSE.multipliedBy(2).minusSeconds(1));
        assertThat(throttle.isBlocked("anna", "10.0.0.1")).isTrue();
        clock.advance(Duration.ofSeconds(1));
        assertThat(throttle.isBlocked("anna", "10.0.0.1")).isFalse();
        assertThat(LoginThrottle.pause(30)).isEqualTo(LoginThrottle.WINDOW);
    }

    @Test
    void unblocksWhenTheWindowHasPassed() {
        for (int i = 0; i < 12; i++) {
            throttle.failed("anna", null);
        }
        assertThat(throttle.isBlocked("anna", null)).isTrue();
        clock.advance(LoginThrottle.WINDOW.plusSeconds(1));
        assertThat(throttle.isBlocked("anna", null)).isFalse();
    }

    @Test
    void blocksAnAddressThatTriesManyUsernames() {
        for (int i = 0; i < LoginThrottle.MAX_FAILURES_PER_ADDRESS; i++) {
            throttle.failed("user" + i, "10.0.0.9");
        }
        assertThat(throttle.check("someone-new", "10.0.0.9")).isEqualTo(LoginThrottle.Verdict.ADDRESS_BLOCKED);
        assertThat(throttle.check("someone-new", "10.0.0.8")).isEqualTo(LoginThrottle.Verdict.ALLOWED);
    }

    @Test
    void aSuccessfulLoginClearsTheFailuresOfThatUsernameAndAddress() {
        for (int i = 0; i < LoginThrottle.FREE_FAILURES_PER_USERNAME_AND_ADDRESS - 1; i++) {
            throttle.failed("anna", "10.0.0.1");
        }
        throttle.succeeded("anna", "10.0.0.1");
        throttle.failed("anna", "10.0.0.1");
        assertThat(throttle.isBlocked("anna", "10.0.0.1")).isFalse();
    }

    static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
