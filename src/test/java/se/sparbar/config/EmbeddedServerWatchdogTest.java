package se.sparbar.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.sparbar.config.EmbeddedDatabaseConfiguration.EmbeddedServer;

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

    /** A real embedded server killed with SIGKILL, as when PostgreSQL dies under the application: the watchdog exits. */
    @Test
    void aKilledEmbeddedServerMakesTheApplicationExit(@TempDir Path dataDirectory) throws Exception {
        AtomicInteger realExits = new AtomicInteger();
        EmbeddedServer server = EmbeddedServer.start(dataDirectory, true);
        try (EmbeddedServerWatchdog real = new EmbeddedServerWatchdog(server::answers, realExits::incrementAndGet)) {
            assertThat(server.answers()).isTrue();
            real.start(Duration.ofMillis(200));
            Thread.sleep(1000);
            assertThat(realExits).as("exits while the server answers").hasValue(0);

            long pid = Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid")).get(0).trim());
            ProcessHandle postmaster = ProcessHandle.of(pid).orElseThrow();
            postmaster.destroyForcibly();
            postmaster.onExit().get(10, java.util.concurrent.TimeUnit.SECONDS);

            long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
            while (realExits.get() == 0 && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            assertThat(server.answers()).isFalse();
            assertThat(realExits).as("exits once the killed server has missed its checks").hasValue(1);
        } finally {
            try {
                server.close();
            } catch (RuntimeException alreadyDead) {
                // the server was killed; there is nothing left to stop
            }
        }
    }
}
