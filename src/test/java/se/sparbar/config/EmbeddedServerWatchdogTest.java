package se.sparbar.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class EmbeddedServerWatchdogTest {

    private final AtomicBoolean answers = new AtomicBoolean(true);
    private final AtomicInteger exits = new AtomicInteger();
    private final EmbeddedServerWatchdog watchdog = new EmbeddedServerWatchdog(answers::get, exits::incrementAndGet);

    @Test
    void exitsOnlyAfterTheServerHasStoppedAnsweringSeveralTimesInARow() {
        answers.set(false);
        for (int i = 1; i < EmbeddedServerWatchdog.FAILURES_BEFORE_EXIT; i++) {
            watchdog.check();
        }
        assertThat(exits).hasValue(0);
        watchdog.check();
        assertThat(exits).hasValue(1);
    }

    @Test
    void aServerThatAnswersAgainResetsTheCount() {
        answers.set(false);
        for (int i = 1; i < EmbeddedServerWatchdog.FAILURES_BEFORE_EXIT; i++) {
            watchdog.check();
        }
        answers.set(true);
        watchdog.check();
        answers.set(false);
        watchdog.check();
        assertThat(exits).hasValue(0);
    }
}
