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
    void blocksAUsernameAfterFiveFailuresWhateverTheCase() {
        for (int i = 0; i < LoginThrottle.MAX_FAILURES_PER_USERNAME - 1; i++) {
            throttle.failed("Anna", "10.0.0.1");
        }
        assertThat(throttle.isBlocked("anna", "10.0.0.2")).isFalse();
        throttle.failed("ANNA", "10.0.0.1");
        assertThat(throttle.isBlocked("anna", "10.0.0.2")).isTrue();
        assertThat(throttle.isBlocked("bertil", "10.0.0.2")).isFalse();
    }

    @Test
    void unblocksWhenTheWindowHasPassed() {
        for (int i = 0; i < LoginThrottle.MAX_FAILURES_PER_USERNAME; i++) {
            throttle.failed("anna", null);
        }
        clock.advance(LoginThrottle.WINDOW.plusSeconds(1));
        assertThat(throttle.isBlocked("anna", null)).isFalse();
    }

    @Test
    void blocksAnAddressThatTriesManyUsernames() {
        for (int i = 0; i < LoginThrottle.MAX_FAILURES_PER_ADDRESS; i++) {
            throttle.failed("user" + i, "10.0.0.9");
        }
        assertThat(throttle.isBlocked("someone-new", "10.0.0.9")).isTrue();
        assertThat(throttle.isBlocked("someone-new", "10.0.0.8")).isFalse();
    }

    @Test
    void aSuccessfulLoginClearsTheUsernamesFailures() {
        for (int i = 0; i < LoginThrottle.MAX_FAILURES_PER_USERNAME - 1; i++) {
            throttle.failed("anna", null);
        }
        throttle.succeeded("anna");
        throttle.failed("anna", null);
        assertThat(throttle.isBlocked("anna", null)).isFalse();
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
