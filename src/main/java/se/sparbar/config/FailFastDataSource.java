package se.sparbar.config;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.TimeUnit;

/**
 * The pool, told apart from a busy database one that cannot be reached. A request waits for a connection in short
 * slices, up to the pool's connection timeout; when a slice ends without one and the pool's last attempt to open a
 * connection failed for want of the server (SQLSTATE class 08, or 57P03 while it shuts down), the request fails at
 * once instead of waiting out the rest. So with the database stopped even the very first request, the one that finds
 * the pool's dead connections, fails in a fraction of a second (503), while a merely busy pool still waits its full
 * timeout. Hikari clears its last failure when a connection opens again, so recovery needs nothing of us.
 */
public class FailFastDataSource extends HikariDataSource {

    /** How long one slice of the wait lasts. */
    static final long SLICE_MILLIS = DatabaseTimeouts.UNREACHABLE_CHECK.toMillis();

    @Override
    public Connection getConnection() throws SQLException {
        if (isClosed() || !(getHikariPoolMXBean() instanceof HikariPool pool)) {
            return super.getConnection(); // not started yet (Hikari starts the pool), or closed (Hikari says so)
        }
        long started = System.nanoTime();
        long timeout = getConnectionTimeout();
        while (true) {
            long left = timeout - TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
            try {
                return pool.getConnection(Math.max(1, Math.min(SLICE_MILLIS, left)));
            } catch (SQLTransientConnectionException e) {
                if (left <= SLICE_MILLIS || unreachable(e)) {
                    throw e;
                }
            }
        }
    }

    /** Whether the pool's timeout carries a failure to reach the server (Hikari gives its last one as the cause). */
    static boolean unreachable(SQLException timeout) {
        for (Throwable cause = timeout.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().equals("57P03"))) {
                return true;
            }
            if (cause instanceof java.net.ConnectException) {
                return true;
            }
        }
        return false;
    }
}
