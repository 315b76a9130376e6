package se.sparbar.files.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import se.sparbar.files.RejectedFileException;
import se.sparbar.files.TestPdfs;

/** The type comes from the bytes (the name only narrows a container), and a PDF's text is extracted. No Spring. */
class FileContentsTest {

    @Test
    void aPdfIsAPdfWhateverItIsCalled() {
        byte[] pdf = TestPdfs.pdf(1, "Styrmodell");
        assertThat(FileContents.check(pdf, "beslut.pdf")).isEqualTo("application/pdf");
        assertThat(FileContents.check(pdf, "beslut.docx")).isEqualTo("application/pdf");
        assertThat(FileContents.check(pdf, null)).isEqualTo("application/pdf");
    }

    @Test
    void textCalledPdfAndAnExecutableAreRefused() {
        byte[] text = "Hej, det här är ingen PDF".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> FileContents.check(text, "falsk.pdf")).isInstanceOf(RejectedFileException.class)
                .extracting(e -> ((RejectedFileException) e).reason()).isEqualTo(RejectedFileException.Reason.UNSUPPORTED);
        byte[] elf = {0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0};
        assertThatThrownBy(() -> FileContents.check(elf, "program.pdf")).isInstanceOf(RejectedFileException.class);
        byte[] html = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> FileContents.check(html, "sida.pdf")).isInstanceOf(RejectedFileException.class);
    }

    @Test
    void anOfficeContainerIsNamedByItsFileNameOnlyWhenTheBytesAreAContainer() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        assertThat(FileContents.check(bytes.toByteArray(), "rapport.docx"))
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThatThrownBy(() -> FileContents.check(bytes.toByteArray(), "arkiv.zip")).isInstanceOf(RejectedFileException.class);
    }

    @Test
    void emptyAndOversizeFilesAreRefused() {
        assertThatThrownBy(() -> FileContents.check(new byte[0], "tom.pdf"))
                .extracting(e -> ((RejectedFileException) e).reason()).isEqualTo(RejectedFileException.Reason.EMPTY);
        byte[] big = new byte[20 * 1024 * 1024 + 1];
        System.arraycopy("%PDF-1.7".getBytes(StandardCharsets.US_ASCII), 0, big, 0, 8);
        assertThatThrownBy(() -> FileContents.check(big, "stor.pdf"))
                .extracting(e -> ((RejectedFileException) e).reason()).isEqualTo(RejectedFileException.Reason.TOO_LARGE);
    }

    @Test
    void aPdfsTextIsExtractedAndTenPagesTakeLittleTime() {
        byte[] ten = TestPdfs.pdf(10, "Beslutsunderlaget om förskolan");
        FileContents.text(ten, "application/pdf"); // warm-up: PDFBox loads its fonts once
        long start = System.nanoTime();
        String text = FileContents.text(ten, "application/pdf");
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("PDF text extraction: 10 pages, %d bytes, %d characters in %d ms%n", ten.length, text.length(), millis);
        assertThat(text).contains("Sida 10 rad 44: Beslutsunderlaget om förskolan");
        assertThat(FileContents.text("%PDF-1.7 broken".getBytes(StandardCharsets.US_ASCII), "application/pdf")).isNull();
        assertThat(FileContents.text(ten, "application/msword")).isNull();
    }

    @Test
    void theChecksumIsSha512InHex() {
        assertThat(FileContents.sha512("abc".getBytes(StandardCharsets.US_ASCII))).isEqualTo(
                "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f");
    }

    @Test
    void aFileNameLosesItsPathAndControlCharacters() {
        assertThat(FileStore.fileName("C:\\Users\\x\\Missiv.pdf")).isEqualTo("Missiv.pdf");
        assertThat(FileStore.fileName("../../etc/pass\u0000wd.pdf")).isEqualTo("passwd.pdf");
        assertThat(FileStore.fileName("  ")).isEqualTo("fil");
        assertThat(FileStore.fileName("a".repeat(300) + ".pdf")).hasSize(255).endsWith(".pdf");
    }
}
