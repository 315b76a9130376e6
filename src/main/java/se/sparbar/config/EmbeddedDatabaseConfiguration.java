package se.sparbar.config;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Starts a real PostgreSQL server (zonky's binaries from Maven Central) when no database URL is
 * configured, so that a newcomer needs nothing but a JDK. With {@code SPRING_DATASOURCE_URL} set,
 * this configuration steps aside and Spring Boot connects to that server instead.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseConfiguration.NoDatabaseUrl.class)
class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

    @Bean
    EmbeddedServer embeddedPostgres(EmbeddedDatabaseProperties properties) {
        if (properties.ephemeral()) {
            return EmbeddedServer.sharedEphemeral();
        }
        Path dataDirectory = Path.of(properties.dataDirectory()).toAbsolutePath();
        log.info("Starting embedded PostgreSQL with data in {}", dataDirectory);
        return EmbeddedServer.start(dataDirectory, false);
    }

    /** The application's own server (not the tests' shared one): if it dies, exit so that a supervisor restarts us. */
    @Bean(destroyMethod = "close")
    EmbeddedServerWatchdog embeddedServerWatchdog(EmbeddedServer server, EmbeddedDatabaseProperties properties,
                                                  org.springframework.context.ConfigurableApplicationContext context) {
        BooleanSupplier answers = server::answers;
        if (properties.ephemeral()) {
            return new EmbeddedServerWatchdog(answers, () -> { });
        }
        return new EmbeddedServerWatchdog(answers, () -> {
            int status = org.springframework.boot.SpringApplication.exit(context, () -> EmbeddedServerWatchdog.EXIT_STATUS);
            System.exit(status);
        }).start(Duration.ofSeconds(5));
    }

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(EmbeddedServer server, EmbeddedDatabaseProperties properties) {
        server.createDatabaseIfMissing(properties.database());
        HikariDataSource dataSource = new FailFastDataSource();
        dataSource.setJdbcUrl(server.postgres().getJdbcUrl("postgres", properties.database()));
        dataSource.setUsername("postgres");
        dataSource.setMaximumPoolSize(10);
        dataSource.setPoolName("sparbar-embedded");
        // the database gone: a request fails within two seconds (503), and the pool reconnects by itself
        dataSource.setConnectionTimeout(DatabaseTimeouts.CONNECTION_TIMEOUT.toMillis());
        dataSource.setValidationTimeout(DatabaseTimeouts.VALIDATION_TIMEOUT.toMillis());
        dataSource.addDataSourceProperty("connectTimeout", DatabaseTimeouts.CONNECT_TIMEOUT_SECONDS);
        return dataSource;
    }

    /** Matches when {@code spring.datasource.url} is not set. */
    static class NoDatabaseUrl implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"));
        }
    }

    /**
     * A running server. Tests share one per JVM (Spring may build several application contexts),
     * stopped by a shutdown hook; the application's own server stops with the context.
     */
    static final class EmbeddedServer implements AutoCloseable {

        private static EmbeddedServer shared;
        private static final String[] SEARCH_DICTIONARY_FILES = {"sv_se.dict", "sv_se.affix"};

        private final EmbeddedPostgres postgres;
        private final boolean closeWithContext;

        private EmbeddedServer(EmbeddedPostgres postgres, boolean closeWithContext) {
            this.postgres = postgres;
            this.closeWithContext = closeWithContext;
        }

        static synchronized EmbeddedServer sharedEphemeral() {
            if (shared == null) {
                try {
                    Path directory = Files.createTempDirectory("sparbar-test-pg");
                    EmbeddedServer server = new EmbeddedServer(startPostgres(directory, true), false);
                    Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
                    shared = server;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return shared;
        }

        static EmbeddedServer start(Path dataDirectory, boolean clean) {
            return new EmbeddedServer(startPostgres(dataDirectory, clean), true);
        }

        private static EmbeddedPostgres startPostgres(Path dataDirectory, boolean clean) {
            try {
                Files.createDirectories(dataDirectory);
                EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                        .setDataDirectory(dataDirectory)
                        .setCleanDataDirectory(clean)
                        .setPGStartupWait(Duration.ofSeconds(60))
                        .setServerConfig("max_connections", "100");
                if (!clean) {
                    // zonky tunes for throw-away test servers; data that must survive gets durable writes
                    builder.setServerConfig("fsync", "on")
                            .setServerConfig("synchronous_commit", "on")
                            .setServerConfig("full_page_writes", "on");
                }
                EmbeddedPostgres postgres = builder.start();
                installSearchDictionary(postgres);
                return postgres;
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start the embedded PostgreSQL server in " + dataDirectory, e);
            }
        }

        EmbeddedPostgres postgres() {
            return postgres;
        }

        /** Whether the server accepts a connection within a second. */
        boolean answers() {
            try (Connection connection = java.sql.DriverManager.getConnection(
                    postgres.getJdbcUrl("postgres", "postgres") + "&connectTimeout=1&socketTimeout=2", "postgres", "");
                 Statement statement = connection.createStatement()) {
                return statement.execute("select 1");
            } catch (SQLException e) {
                return false;
            }
        }

        /**
         * Copies the Swedish hunspell dictionary shipped with the app ({@code classpath:tsearch/})
         * into the server's {@code share/tsearch_data}, where the text-search configuration reads it
         * (ADR 0010). Done at every start: zonky unpacks its binaries to a temporary directory that
         * may have been cleaned since the last run.
         */
        private static void installSearchDictionary(EmbeddedPostgres postgres) {
            try (Connection connection = postgres.getPostgresDatabase().getConnection();
                 Statement statement = connection.createStatement();
                 var result = statement.executeQuery("select setting from pg_config where name = 'SHAREDIR'")) {
                result.next();
                Path target = Path.of(result.getString(1), "tsearch_data");
                for (String file : SEARCH_DICTIONARY_FILES) {
                    Path destination = target.resolve(file);
                    try (var in = EmbeddedServer.class.getResourceAsStream("/tsearch/" + file)) {
                        if (in == null) {
                            log.warn("Search dictionary file {} is not on the class path", file);
                            return;
                        }
                        byte[] bytes = in.readAllBytes();
                        if (!Files.exists(destination) || Files.size(destination) != bytes.length) {
                            Path temporary = Files.createTempFile(target, file, ".part");
                            Files.write(temporary, bytes);
                            Files.move(temporary, destination, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
                        }
                    }
                }
            } catch (SQLException | IOException e) {
                log.warn("Could not install the Swedish search dictionary; search falls back to snowball", e);
            }
        }

        void createDatabaseIfMissing(String database) {
            if (!database.matches("[a-z_][a-z0-9_]*")) {
                throw new IllegalArgumentException("Unsafe database name: " + database);
            }
            try (Connection connection = postgres.getPostgresDatabase().getConnection();
                 Statement statement = connection.createStatement()) {
                var exists = statement.executeQuery("select 1 from pg_database where datname = '" + database + "'");
                if (!exists.next()) {
                    statement.execute("create database " + database + " encoding 'UTF8'");
                }
            } catch (SQLException e) {
                throw new IllegalStateException("Could not create database " + database, e);
            }
        }

        @Override
        public void close() {
            if (closeWithContext) {
                stop();
            }
        }

        private void stop() {
            try {
                postgres.close();
            } catch (IOException e) {
                log.warn("Embedded PostgreSQL did not stop cleanly", e);
            }
        }
    }
}
