package se.sparbar.files.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.test.web.servlet.MockMvc;
import se.sparbar.IntegrationTest;

/**
 * Issue 9, V30–V31: the older document store folded into attached files. A database migrated to
 * the version before V30 gets documents the old way (a statement's basis PDF, one a changed statement dropped, a
 * follow-up report's PDF); migrated on, each is a file of its case with the same bytes and its text
 * searchable, the old address leads to it, and the old tables and code are gone.
 */
@IntegrationTest
class OneFileStoreMigrationTest {

    @Autowired
    DataSource applicationDatabase;

    @Autowired
    JdbcTemplate applicationJdbc;

    @Autowired
    MockMvc mvc;

    @Test
    void documentsStoredTheOldWayAreFilesOfTheirCasesAfterTheMigration() throws Exception {
        String name = "v30_" + Long.toHexString(System.nanoTime());
        applicationJdbc.execute("create database " + name + " encoding 'UTF8'");
        try {
            String url;
            try (var connection = applicationDatabase.getConnection()) {
                url = connection.getMetaData().getURL();
            }
            DriverManagerDataSource database = new DriverManagerDataSource(
                    url.replaceFirst("/[a-z0-9_]+(\\?|$)", "/" + name + "$1"), "postgres", "");
            // the schema just before V30: the newest migration below it, whichever number that is
            String before = java.util.Arrays.stream(Flyway.configure().dataSource(database).locations("classpath:db/migration").load()
                            .info().all()).map(m -> m.getVersion()).filter(v -> v.isNewerThan("0") && !v.isAtLeast("30"))
                    .max(Comparable::compareTo).orElseThrow().getVersion();
            Flyway.configure().dataSource(database).locations("classpath:db/migration").target(before).load().migrate();
            JdbcTemplate jdbc = new JdbcTemplate(database);
            byte[] basisPdf = pdf("Missiv om zorbulatoriska upphandlingar");
            byte[] droppedPdf = pdf("Ett utkast som byttes ut");
            byte[] followUpPdf = pdf("Uppfoljning av planen");
            long[] ids = oldStore(jdbc, basisPdf, droppedPdf, followUpPdf);
            long caseId = ids[0];
            long basisDocument = ids[1];
            long droppedDocument = ids[2];
            long followUpDocument = ids[3];
            long followUpCase = ids[4];

            Flyway.configure().dataSource(database).locations("classpath:db/migration")
                    .javaMigrations(new V31__TextOfFormerDocuments()).load().migrate();

            long basisFile = formerFile(jdbc, basisDocument);
            assertThat(jdbc.queryForObject("select case_id from attached_file where id = ?", Long.class, basisFile)).isEqualTo(caseId);
            assertThat(jdbc.queryForObject("select name || '|' || file_name || '|' || media_type || '|' || size_bytes || '|' || deleted "
                    + "from attached_file where id = ?", String.class, basisFile))
                    .isEqualTo("Missiv|missiv.pdf|application/pdf|" + basisPdf.length + "|false");
            assertThat(jdbc.queryForObject("select content from attached_file_content where file_id = ?", byte[].class, basisFile))
                    .isEqualTo(basisPdf);
            assertThat(jdbc.queryForObject("select sha512 from attached_file where id = ?", String.class, basisFile))
                    .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-512").digest(basisPdf)));
            assertThat(jdbc.queryForObject("select file_id from statement_basis_item where title = 'Missiv'", Long.class))
                    .isEqualTo(basisFile);
            // the PDF's text is searchable, publicly, as a case's file is
            assertThat(jdbc.queryForObject("select extracted_text from attached_file where id = ?", String.class, basisFile))
                    .contains("zorbulatoriska");
            assertThat(jdbc.queryForObject("select count(*) from search_entry where kind = 'FILE' and record_id = ? "
                    + "and audience = 'PUBLIC' and url = '/files/' || record_id", Integer.class, basisFile)).isEqualTo(1);
            // who uploaded it and when stays in the audit trail, at the revision that stored it
            assertThat(jdbc.queryForObject("select count(*) from attached_file_aud where id = ? and revtype = 0", Integer.class, basisFile))
                    .isEqualTo(1);

            // the PDF a changed statement no longer names: its case's, depublished (never public, kept)
            long droppedFile = formerFile(jdbc, droppedDocument);
            assertThat(jdbc.queryForObject("select case_id = ? and deleted from attached_file where id = ?", Boolean.class,
                    caseId, droppedFile)).isTrue();
            assertThat(jdbc.queryForObject("select count(*) from search_entry where kind = 'FILE' and record_id = ?", Integer.class,
                    droppedFile)).isZero();

            // the follow-up report's PDF: a file of the case the report was registered as
            long followUpFile = formerFile(jdbc, followUpDocument);
            assertThat(jdbc.queryForObject("select case_id from attached_file where id = ?", Long.class, followUpFile)).isEqualTo(followUpCase);
            assertThat(jdbc.queryForObject("select file_id from follow_up_report", Long.class)).isEqualTo(followUpFile);

            assertThat(jdbc.queryForObject("select count(*) from information_schema.tables where table_name in "
                    + "('stored_document', 'document_content', 'stored_document_aud')", Integer.class)).isZero();
            assertThat(jdbc.queryForObject("select count(*) from information_schema.columns where column_name = 'document_id' "
                    + "and table_name in ('statement_basis_item', 'statement_basis_item_aud', 'follow_up_report', 'follow_up_report_aud')",
                    Integer.class)).isZero();
        } finally {
            applicationJdbc.execute("drop database if exists " + name + " with (force)");
        }
    }

    @Test
    void anOldDocumentAddressRedirectsToItsFileAndAnUnknownOneIsNotFound() throws Exception {
        Long file = applicationJdbc.queryForObject(
                "select max(id) from attached_file where case_id is not null and not deleted "
                + "and id not in (select file_id from attached_file_former_document)", Long.class);
        long document = applicationJdbc.queryForObject(
                "select coalesce(max(id), 0) + 1000 from attached_file_former_document", Long.class);
        applicationJdbc.update("insert into attached_file_former_document (id, file_id) values (?, ?)", document, file);
        mvc.perform(get("/documents/" + document)).andExpect(status().isMovedPermanently())
                .andExpect(header().string("Location", "/files/" + file));
        mvc.perform(get("/files/" + file)).andExpect(status().isOk());
        mvc.perform(get("/cases/1/documents/" + document)).andExpect(status().isMovedPermanently())
                .andExpect(header().string("Location", "/files/" + file));
        mvc.perform(get("/documents/" + (document + 1))).andExpect(status().isNotFound());
        mvc.perform(get("/documents/abc")).andExpect(status().isNotFound());
    }

    @Test
    void noCodeOrPageNamesTheOlderStore() throws IOException {
        List<Path> offenders;
        try (Stream<Path> sources = Stream.concat(Files.walk(Path.of("src/main/java")), Files.walk(Path.of("src/main/resources")))) {
            offenders = sources.filter(Files::isRegularFile).filter(p -> {
                try {
                    String text = Files.readString(p);
                    return text.contains("stored_document") || text.contains("document_content") || text.contains("se.sparbar.document.")
                            || (p.toString().endsWith(".html") && text.contains("/documents/"));
                } catch (IOException e) {
                    return false; // not text
                }
            }).toList();
        }
        assertThat(offenders).isEmpty();
    }

    private static long formerFile(JdbcTemplate jdbc, long documentId) {
        return jdbc.queryForObject("select file_id from attached_file_former_document where id = ?", Long.class, documentId);
    }

    /** The old store's rows as V3/V6 had them: returns the case, the three documents and the follow-up case. */
    private static long[] oldStore(JdbcTemplate jdbc, byte[] basisPdf, byte[] droppedPdf, byte[] followUpPdf) {
        long clerk = jdbc.queryForObject("""
                insert into user_account (username, display_name, password_hash, password_changed_at, created_at)
                values ('clerk', 'Registrator', 'x', now(), now()) returning id""", Long.class);
        long body = jdbc.queryForObject("insert into body (abbreviation, name, type) values ('SN', 'Servicenämnden', 'COMMITTEE') returning id",
                Long.class);
        long caseId = newCase(jdbc, 1, "AUDIT_REPORT", "Granskning", body, clerk);
        long followUpCase = newCase(jdbc, 2, "FOLLOW_UP_REPORT", "Uppföljning", body, clerk);
        long revision = jdbc.queryForObject("insert into revision (revision_time, username) values (0, 'clerk') returning id", Long.class);
        long basis = document(jdbc, "Missiv", "missiv.pdf", basisPdf, clerk, revision);
        long dropped = document(jdbc, "Utkast", "utkast.pdf", droppedPdf, clerk, revision);
        long followUp = document(jdbc, "Uppföljning", "uppfoljning.pdf", followUpPdf, clerk, revision);
        long referral = jdbc.queryForObject("""
                insert into referral (case_id, body_id, sent_on, due_on, status, sent_by)
                values (?, ?, date '2020-03-09', date '2020-06-30', 'ANSWERED', ?) returning id""", Long.class, caseId, body, clerk);
        long statement = jdbc.queryForObject("""
                insert into statement (referral_id, full_text, body_decision_text, decided_on, recorded_by, recorded_at)
                values (?, 'Hela ärendet', 'Yttrande avges', date '2020-05-19', ?, now()) returning id""", Long.class, referral, clerk);
        long item = jdbc.queryForObject("insert into statement_basis_item (statement_id, ordinal, title, document_id) "
                + "values (?, 1, 'Missiv', ?) returning id", Long.class, statement, basis);
        // before the change the item named the draft
        jdbc.update("insert into statement_basis_item_aud (id, rev, revtype, statement_id, ordinal, title, document_id) "
                + "values (?, ?, 0, ?, 1, 'Utkast', ?)", item + 1000, revision, statement, dropped);
        long plan = jdbc.queryForObject("""
                insert into action_plan (case_id, title, owner_body_id, adopted_on, period_from, period_to, status)
                values (?, 'Planen', ?, date '2023-12-11', date '2024-01-01', date '2026-12-31', 'ADOPTED') returning id""",
                Long.class, caseId, body);
        long round = jdbc.queryForObject("""
                insert into follow_up_round (opens_on, closes_on, status)
                values (date '2024-01-01', date '2024-02-01', 'CLOSED') returning id""", Long.class);
        jdbc.update("""
                insert into follow_up_report (plan_id, round_id, case_id, body_id, snapshot, document_id, generated_at, generated_by)
                values (?, ?, ?, ?, '{}', ?, now(), ?)""", plan, round, followUpCase, body, followUp, clerk);
        return new long[] {caseId, basis, dropped, followUp, followUpCase};
    }

    private static long newCase(JdbcTemplate jdbc, int sequence, String type, String title, long body, long clerk) {
        return jdbc.queryForObject("""
                insert into case_file (case_number, series, case_year, sequence_number, case_type, title, sender, received_on,
                                       registered_at, registered_by, owner_body_id)
                values (?, 'KS', 2020, ?, ?, ?, 'Stadsrevisionen', date '2020-03-02', now(), ?, ?) returning id""",
                Long.class, "KS 2020/" + sequence, sequence, type, title, clerk, body);
    }

    private static long document(JdbcTemplate jdbc, String title, String fileName, byte[] content, long clerk, long revision) {
        long id = jdbc.queryForObject("""
                insert into stored_document (title, file_name, content_type, size_bytes, sha256, uploaded_at, uploaded_by)
                values (?, ?, 'application/pdf', ?, repeat('a', 64), now(), ?) returning id""", Long.class, title, fileName, content.length, clerk);
        jdbc.update("insert into document_content (document_id, content) values (?, ?)", id, content);
        jdbc.update("insert into stored_document_aud (id, rev, revtype, title, file_name) values (?, ?, 0, ?, ?)", id, revision, title, fileName);
        return id;
    }

    private static byte[] pdf(String text) throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 700);
                content.showText(text);
                content.endText();
            }
            document.save(out);
            return out.toByteArray();
        }
    }
}
