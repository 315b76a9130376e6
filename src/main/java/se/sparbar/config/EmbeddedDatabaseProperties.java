package se.sparbar.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the embedded PostgreSQL server keeps its data. Only used when no
 * {@code spring.datasource.url} is configured.
 *
 * @param dataDirectory the server's data directory; survives restarts
 * @param ephemeral     true for tests: one throw-away server per JVM, in a temporary directory
 * @param database      the database the application uses inside the server
 */
@ConfigurationProperties("sparbar.embedded-database")
public record EmbeddedDatabaseProperties(String dataDirectory, boolean ephemeral, String database) {

    public EmbeddedDatabaseProperties {
        if (dataDirectory == null || dataDirectory.isBlank()) {
            dataDirectory = ".data/postgres";
        }
        if (database == null || database.isBlank()) {
            database = "sparbar";
        }
    }
}
