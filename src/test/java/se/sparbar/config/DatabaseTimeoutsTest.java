package se.sparbar.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The database gone: the pool gives up within two seconds instead of the default thirty, and at once once it knows. */
class DatabaseTimeoutsTest {

    @Test
    void aPoolWithTheApplicationsTimeoutsGivesUpOnAStoppedServerWithinTwoSeconds() throws Exception {
        try (HikariDataSource pool = pool(new HikariDataSource(), "jdbc:postgresql://localhost:" + freePort() + "/sparbar")) {
            long started = System.nanoTime();
            assertThatThrownBy(pool::getConnection).isInstanceOf(SQLException.class);
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
        }
    }

    /**
     * A started pool whose server refuses connections: the request fails after one slice of the wait (the pool's
     * last attempt failed for want of the server), not after the whole connection timeout.
     */
    @Test
    void aStartedPoolWhoseServerIsGoneFailsAtOnce() throws Exception {
        try (HikariDataSource pool = pool(new FailFastDataSource(), "jdbc:postgresql://localhost:" + freePort() + "/sparbar")) {
            assertThatThrownBy(pool::getConnection).isInstanceOf(SQLException.class); // starts the pool
            for (int i = 0; i < 3; i++) {
                long started = System.nanoTime();
                assertThatThrownBy(pool::getConnection).isInstanceOf(SQLException.class);
                assertThat(Duration.ofNanos(System.nanoTime() - started)).as("attempt " + i)
                        .isLessThan(DatabaseTimeouts.CONNECTION_TIMEOUT.dividedBy(2));
            }
        }
    }

    /** A pool that is only busy (every connection taken, the server there) still waits its whole timeout for one. */
    @Test
    void aBusyPoolStillWaitsItsWholeTimeout() throws Exception {
        EmbeddedDatabaseConfiguration.EmbeddedServer server = EmbeddedDatabaseConfiguration.EmbeddedServer.sharedEphemeral();
        try (HikariDataSource pool = pool(new FailFastDataSource(), server.postgres().getJdbcUrl("postgres", "postgres"))) {
            pool.setMaximumPoolSize(1);
            try (Connection taken = pool.getConnection()) {
                long started = System.nanoTime();
                assertThatThrownBy(pool::getConnection).isInstanceOf(SQLException.class);
                assertThat(Duration.ofNanos(System.nanoTime() - started))
                        .isGreaterThanOrEqualTo(DatabaseTimeouts.CONNECTION_TIMEOUT.minusMillis(50));
            }
            try (Connection again = pool.getConnection()) {
                assertThat(again.isValid(1)).isTrue();
            }
        }
    }

    private static HikariDataSource pool(HikariDataSource pool, String url) {
        pool.setJdbcUrl(url);
        pool.setUsername("postgres");
        pool.setConnectionTimeout(DatabaseTimeouts.CONNECTION_TIMEOUT.toMillis());
        pool.setValidationTimeout(DatabaseTimeouts.VALIDATION_TIMEOUT.toMillis());
        pool.setInitializationFailTimeout(-1);
        pool.addDataSourceProperty("connectTimeout", DatabaseTimeouts.CONNECT_TIMEOUT_SECONDS);
        return pool;
    }

    private static int freePort() throws Exception {
        try (ServerSocket free = new ServerSocket(0)) {
            return free.getLocalPort();
        }
    }
}
