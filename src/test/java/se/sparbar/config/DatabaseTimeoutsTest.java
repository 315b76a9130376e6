package se.sparbar.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.net.ServerSocket;
import java.sql.SQLException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The database gone: the pool gives up within two seconds instead of the default thirty. */
class DatabaseTimeoutsTest {

    @Test
    void aPoolWithTheApplicationsTimeoutsGivesUpOnAStoppedServerWithinTwoSeconds() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        try (HikariDataSource pool = new HikariDataSource()) {
            pool.setJdbcUrl("jdbc:postgresql://localhost:" + port + "/sparbar");
            pool.setUsername("postgres");
            pool.setConnectionTimeout(DatabaseTimeouts.CONNECTION_TIMEOUT.toMillis());
            pool.setValidationTimeout(DatabaseTimeouts.VALIDATION_TIMEOUT.toMillis());
            pool.setInitializationFailTimeout(-1);
            pool.addDataSourceProperty("connectTimeout", DatabaseTimeouts.CONNECT_TIMEOUT_SECONDS);
            long started = System.nanoTime();
            assertThatThrownBy(pool::getConnection).isInstanceOf(SQLException.class);
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
        }
    }
}
