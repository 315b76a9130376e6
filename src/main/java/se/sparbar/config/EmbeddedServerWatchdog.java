package se.sparbar.config;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches the application's own embedded PostgreSQL server. When it has stopped answering for
 * {@value #FAILURES_BEFORE_EXIT} checks in a row (it died, or was killed), the application exits
 * with a non-zero status so that its supervisor (systemd, a container runtime) starts it again,
 * with a fresh server on the same data, instead of answering every request with an error forever.
 */
final class EmbeddedServerWatchdog implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedServerWatchdog.class);

    static final int FAILURES_BEFORE_EXIT = 3;
    static final int EXIT_STATUS = 3;

    private final BooleanSupplier serverAnswers;
    private final Runnable exit;
    private final ScheduledExecutorService scheduler;
    private int failures;

    EmbeddedServerWatchdog(BooleanSupplier serverAnswers, Runnable exit) {
        this.serverAnswers = serverAnswers;
        this.exit = exit;
        this.scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "embedded-postgres-watchdog");
            thread.setDaemon(true);
            return thread;
        });
    }

    EmbeddedServerWatchdog start(Duration interval) {
        scheduler.scheduleWithFixedDelay(this::check, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
        return this;
    }

    /** One check; public to tests through the package. */
    void check() {
        if (serverAnswers.getAsBoolean()) {
            failures = 0;
            return;
        }
        failures++;
        log.warn("Embedded PostgreSQL does not answer ({} of {})", failures, FAILURES_BEFORE_EXIT);
        if (failures >= FAILURES_BEFORE_EXIT) {
            log.error("Embedded PostgreSQL has stopped; exiting with status {} so that the supervisor restarts the application",
                    EXIT_STATUS);
            scheduler.shutdown();
            exit.run();
        }
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}
