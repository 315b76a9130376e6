package se.sparbar.config;

import java.time.Duration;

/**
 * How long a request waits for the database before it is told the database is unavailable (503):
 * together under two seconds, instead of the pool's default of thirty; with the server unreachable, far less.
 */
final class DatabaseTimeouts {

    /** Waiting for a connection from the pool. */
    static final Duration CONNECTION_TIMEOUT = Duration.ofMillis(1500);
    /** Checking that a pooled connection still works. */
    static final Duration VALIDATION_TIMEOUT = Duration.ofMillis(500);
    /** Opening a new connection to the server (the driver counts seconds). */
    static final int CONNECT_TIMEOUT_SECONDS = 1;
    /**
     * How often a request waiting for a connection asks whether the server could not be reached: then it stops
     * waiting (FailFastDataSource), so that with the database stopped every request fails in well under a second.
     */
    static final Duration UNREACHABLE_CHECK = Duration.ofMillis(100);

    private DatabaseTimeouts() {
    }
}
