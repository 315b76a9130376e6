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
 * test can show a page runs the same number of statements however many rows it lists.
 */
@Component
public class StatementCounter implements BeanPostProcessor {

    private static final ThreadLocal<long[]> COUNT = ThreadLocal.withInitial(() -> new long[1]);

    public static void reset() {
        COUNT.get()[0] = 0;
    }

    public static long count() {
        return COUNT.get()[0];
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
            return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                    (proxy, method, args) -> {
                        String name = method.getName();
                        if (name.equals("prepareStatement") || name.equals("createStatement") || name.equals("prepareCall")) {
                            COUNT.get()[0]++;
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
