package se.sparbar.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.sparbar.config.EmbeddedDatabaseConfiguration.EmbeddedServer;

/** The embedded server keeps its data directory: what was written is there after a restart. */
class EmbeddedDatabaseTest {

    @TempDir
    Path dataDirectory;

    @Test
    void dataSurvivesARestart() throws Exception {
        try (EmbeddedServer first = EmbeddedServer.start(dataDirectory, false)) {
            first.createDatabaseIfMissing("kept");
            try (Connection connection = first.postgres().getDatabase("postgres", "kept").getConnection();
                 Statement statement = connection.createStatement()) {
                statement.execute("create table motion_draft (title text)");
                statement.execute("insert into motion_draft values ('Borgå bör utreda Alliansmodellen')");
            }
        }
        try (EmbeddedServer second = EmbeddedServer.start(dataDirectory, false)) {
            second.createDatabaseIfMissing("kept");
            try (Connection connection = second.postgres().getDatabase("postgres", "kept").getConnection();
                 Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("select title from motion_draft")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString(1)).isEqualTo("Borgå bör utreda Alliansmodellen");
            }
        }
    }
}
