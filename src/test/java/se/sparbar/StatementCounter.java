package se.sparbar;

import com.zaxxer.hikari.HikariDataSource;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Test-only: counts the SQL statements each thread prepares, JPA and JdbcTemplate alike, so that a
 * test can show a page runs the same number of statements however many rows it lists; and its
 * round trips to PostgreSQL: each statement, each commit and rollback (pgjdbc sends a transaction's
 * BEGIN with its first statement, and a read-only flag with the BEGIN, so those cost none).
 */
@Component
public class StatementCounter implements BeanPostProcessor {

    /** Per thread: statements, transaction ends (commit or rollback), connections taken from the pool. */
    private static final ThreadLocal<long[]> COUNT = ThreadLocal.withInitial(() -> new long[3]);

    /** {@code -Dsparbar.test.printSql}: each counted statement printed, to see what a page runs. */
    private static final boolean PRINT = Boolean.getBoolean("sparbar.test.printSql");

    public static void reset() {
        java.util.Arrays.fill(COUNT.get(), 0);
    }

    public static long count() {
        return COUNT.get()[0];
    }

    /** Statements and transaction ends since {@link #reset()}: the round trips to the database. */
    public static long roundTrips() {
        return COUNT.get()[0] + COUNT.get()[1];
    }

    /** Transactions ended since {@link #reset()} (a page in one transaction ends one). */
    public static long transactions() {
        return COUNT.get()[1];
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        return bean instanceof HikariDataSource pool && !(bean instanceof Counting) ? new Counting(pool) : bean;
    }

    /** The pool, with every connection it hands out counting its statements. */
    static final class Counting extends HikariDataSource {

        private final HikariDataSource pool;

        Counting(HikariDataSource pool) {
            this.pool = pool;
        }

        @Override
        public Connection getConnection() throws SQLException {
            Connection connection = pool.getConnection();
            COUNT.get()[2]++;
            boolean[] inTransaction = {false}; // pgjdbc sends a commit or rollback only after a statement
            return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                    (proxy, method, args) -> {
                        String name = method.getName();
                        if (name.equals("prepareStatement") || name.equals("createStatement") || name.equals("prepareCall")) {
                            COUNT.get()[0]++;
                            inTransaction[0] = !connection.getAutoCommit();
                            if (PRINT && args != null && args.length > 0) {
                                System.out.println("SQL: " + String.valueOf(args[0]).replaceAll("\\s+", " "));
                            }
                        } else if ((name.equals("commit") || name.equals("rollback")) && args == null) {
                            COUNT.get()[1] += inTransaction[0] ? 1 : 0;
                            inTransaction[0] = false;
                        }
                        try {
                            return method.invoke(connection, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        }

        @Override
        public <T> T unwrap(Class<T> type) throws SQLException {
            return pool.unwrap(type);
        }

        @Override
        public boolean isWrapperFor(Class<?> type) throws SQLException {
            return pool.isWrapperFor(type);
        }

        @Override
        public void close() {
            pool.close();
        }
    }
}
