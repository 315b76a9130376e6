package se.sparbar.files.domain;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * Issue 9, after V30: the PDFs moved from the older document store get their text extracted for
 * search, as a file attached today does ({@link FileContents#text}); the search trigger on
 * {@code attached_file} indexes it. One file at a time, so that memory holds one file's bytes.
 * Spring Boot hands this bean to Flyway with the SQL migrations of {@code db/migration}.
 */
@Component
class V31__TextOfFormerDocuments extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("""
                select f.id from attached_file f join attached_file_former_document m on m.file_id = f.id
                where f.media_type = 'application/pdf' and f.extracted_text is null order by f.id""");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                ids.add(rows.getLong(1));
            }
        }
        try (PreparedStatement read = connection.prepareStatement("select content from attached_file_content where file_id = ?");
             PreparedStatement write = connection.prepareStatement("update attached_file set extracted_text = ? where id = ?")) {
            for (long id : ids) {
                read.setLong(1, id);
                String text = null;
                try (ResultSet content = read.executeQuery()) {
                    if (content.next()) {
                        text = FileContents.text(content.getBytes(1), "application/pdf");
                    }
                }
                if (text != null) {
                    write.setString(1, text);
                    write.setLong(2, id);
                    write.executeUpdate();
                }
            }
        }
    }
}
