package se.sparbar.demo;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.sparbar.files.AttachedFiles;
import se.sparbar.shared.pdf.PdfDocuments;

/**
 * The demo's attached files: the seeds' decision-basis documents as PDFs rendered from the seed
 * texts (each says that it is a demo document) — seed 002's "Missiv" and "Granskning av
 * beställar-utförarmodellen" on the audit-report case, and seed 003's "Tjänsteskrivelse" on KS § 140.
 */
@Component
class DemoFiles {

    private final AttachedFiles files;
    private final PdfDocuments pdf;
    private final JdbcClient jdbc;

    DemoFiles(AttachedFiles files, PdfDocuments pdf, JdbcClient jdbc) {
        this.files = files;
        this.pdf = pdf;
        this.jdbc = jdbc;
    }

    void load(DemoCases.Cast cast) {
        Map<String, Object> audit = jdbc.sql("select id, case_number from case_file where title = :title")
                .param("title", "Granskning av Beställar-utförarmodellen i Borås Stad").query().singleRow();
        long auditCase = ((Number) audit.get("id")).longValue();
        String reference = (String) audit.get("case_number");
        long missiv = attach(AttachedFiles.Owner.ofCase(auditCase), "Missiv", "missiv.pdf", "Stadsrevisionen", reference,
                DemoCases.text("demo/seed-002-summary.txt"), cast.clerk());
        long report = attach(AttachedFiles.Owner.ofCase(auditCase), "Granskning av beställar-utförarmodellen",
                "granskning-bestallar-utforarmodellen.pdf", "Stadsrevisionen", reference, DemoCases.text("demo/seed-002-full.txt"), cast.clerk());
        // Servicenämnden's statement numbers them as its decision basis (items 1 and 2)
        linkBasis(auditCase, "Missiv", missiv);
        linkBasis(auditCase, "Granskning av beställar-utförarmodellen", report);

        Long ks140 = jdbc.sql("""
                select p.id from minutes_paragraph p join body b on b.id = p.body_id
                where b.abbreviation = 'KS' and p.number = 140 order by p.id limit 1""").query(Long.class).optional().orElse(null);
        if (ks140 != null) {
            attach(AttachedFiles.Owner.ofParagraph(ks140), "Tjänsteskrivelse - Översyn av styrmodellen 2024",
                    "tjansteskrivelse-oversyn-av-styrmodellen-2024.pdf", "Kommunledningskontoret", "KS § 140",
                    DemoCases.text("demo/seed-003-description.txt"), cast.clerk());
        }
    }

    private void linkBasis(long caseId, String title, long fileId) {
        jdbc.sql("""
                update statement_basis_item b set file_id = :file from statement s join referral r on r.id = s.referral_id
                where s.id = b.statement_id and r.case_id = :case and b.title = :title""")
                .param("file", fileId).param("case", caseId).param("title", title).update();
    }

    private long attach(AttachedFiles.Owner owner, String title, String fileName, String sender, String reference, String text,
                        long clerk) {
        List<String> paragraphs = Arrays.stream(text.split("\\n\\s*\\n")).map(p -> p.replaceAll("\\s*\\n\\s*", " ").strip())
                .filter(p -> !p.isEmpty()).toList();
        byte[] document = pdf.render("demo/document-pdf", Map.of("title", title, "sender", sender, "reference", reference,
                "paragraphs", paragraphs), Locale.forLanguageTag("sv"));
        return files.attach(owner, new AttachedFiles.NewFile(title, fileName, document), clerk).id();
    }
}
