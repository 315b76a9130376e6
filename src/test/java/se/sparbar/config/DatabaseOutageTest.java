package se.sparbar.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The database really stopped: the application runs against a PostgreSQL server of its own (not the
 * tests' shared one), which this test stops and starts again on the same port and data. While it is
 * down every page and {@code /actuator/health} answer 503 within two seconds, the first request too, the page being the
 * friendly one; once it is back the application answers again by itself.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"sparbar.demo.enabled=false", "logging.level.com.zaxxer.hikari=ERROR",
                "logging.level.org.hibernate.engine.jdbc=ERROR", "logging.level.se.sparbar=ERROR"})
@ActiveProfiles("test")
class DatabaseOutageTest {

    /**
     * Every request, the very first included (the one that finds the pool's dead connections): the pool stops waiting
     * as soon as its attempt to reach the server has failed (FailFastDataSource), so it is far below this even on a
     * loaded machine.
     */
    private static final Duration LIMIT = Duration.ofSeconds(2);
    private static final List<String> PAGES = List.of("/cases", "/meetings", "/notice-board", "/motions");

    private static Path dataDirectory;
    private static int databasePort;
    private static EmbeddedPostgres server;

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @DynamicPropertySource
    static synchronized void database(DynamicPropertyRegistry registry) throws Exception {
        if (server == null) {
            dataDirectory = Files.createTempDirectory("sparbar-outage-pg");
            try (ServerSocket free = new ServerSocket(0)) {
                databasePort = free.getLocalPort();
            }
            server = start(); // a fresh directory: initialised now, and kept when the server stops
            try (Connection connection = server.getPostgresDatabase().getConnection();
                 Statement statement = connection.createStatement()) {
                statement.execute("create database sparbar_outage encoding 'UTF8'");
            }
        }
        registry.add("spring.datasource.url", () -> "jdbc:postgresql://localhost:" + databasePort + "/sparbar_outage");
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "");
    }

    private static EmbeddedPostgres start() throws IOException {
        return EmbeddedPostgres.builder().setPort(databasePort).setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false).setPGStartupWait(Duration.ofSeconds(60)).start();
    }

    @AfterAll
    static void stopServer() throws IOException {
        if (server != null) {
            server.close();
            server = null;
        }
        org.springframework.util.FileSystemUtils.deleteRecursively(dataDirectory);
    }

    @Test
    void withTheDatabaseStoppedEveryRequestIs503WithinTwoSecondsAndTheAppRecoversWhenItIsBack() throws Exception {
        for (String page : PAGES) {
            assertThat(get(page).statusCode()).as(page + " with the database up").isEqualTo(200);
        }
        assertThat(get("/actuator/health").statusCode()).isEqualTo(200);

        server.close();
        List<String> slow = new java.util.ArrayList<>();
        Duration fastest = Duration.ofDays(1);
        try {
            for (int round = 0; round < 2; round++) {
                for (String page : PAGES) {
                    long started = System.nanoTime();
                    HttpResponse<String> response = get(page);
                    Duration took = Duration.ofNanos(System.nanoTime() - started);
                    assertThat(response.statusCode()).as(page + " with the database stopped").isEqualTo(503);
                    System.out.printf("Database stopped: %s %d in %d ms%n", page, response.statusCode(), took.toMillis());
                    fastest = took.compareTo(fastest) < 0 ? took : fastest;
                    if (took.compareTo(LIMIT) >= 0) {
                        slow.add(page + " " + took.toMillis() + " ms");
                    }
                    assertThat(response.body()).as(page).contains("<nav").contains("Databasen går inte att nå just nu").doesNotContain("Exception");
                }
                long started = System.nanoTime();
                HttpResponse<String> health = get("/actuator/health");
                assertThat(health.statusCode()).isEqualTo(503);
                assertThat(health.body()).contains("DOWN");
                Duration took = Duration.ofNanos(System.nanoTime() - started);
                System.out.printf("Database stopped: /actuator/health %d in %d ms%n", health.statusCode(), took.toMillis());
                if (took.compareTo(LIMIT) >= 0) {
                    slow.add("/actuator/health " + took.toMillis() + " ms");
                }
            }
        } finally {
            server = start();
        }

        assertThat(slow).as("requests that took 2 s or more with the database stopped").isEmpty();
        // a pool that waited out its whole connection timeout for a server that is not there would take at least that
        assertThat(fastest).as("the fastest page with the database stopped").isLessThan(DatabaseTimeouts.CONNECTION_TIMEOUT);

        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        int status = 0;
        while (System.nanoTime() < deadline && (status = get("/actuator/health").statusCode()) != 200) {
            Thread.sleep(200);
        }
        assertThat(status).as("health once the database is back").isEqualTo(200);
        for (String page : PAGES) {
            assertThat(get(page).statusCode()).as(page + " once the database is back").isEqualTo(200);
        }
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Accept", path.startsWith("/actuator") ? "application/json" : "text/html").timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
