package se.sparbar.files.domain;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.sparbar.files.AttachedFiles;
import se.sparbar.files.FileKinds;
import se.sparbar.files.RejectedFileException;

/**
 * What the bytes are: the media type by Apache Tika's magic numbers (the file name only refines a
 * container Tika recognises — a ZIP with the name "x.docx" is a Word document, a text file named
 * "x.pdf" is not a PDF), the SHA-512 checksum, and the text of a PDF by PDFBox.
 */
final class FileContents {

    private static final Logger log = LoggerFactory.getLogger(FileContents.class);

    /** The text kept for search: PostgreSQL's tsvector takes about 1 MB; search indexes the first 200,000 characters. */
    static final int MAX_TEXT = 1_000_000;

    private FileContents() {
    }

    /** The accepted media type of the bytes, or a refusal. */
    static String check(byte[] content, String fileName) {
        if (content == null || content.length == 0) {
            throw new RejectedFileException(RejectedFileException.Reason.EMPTY);
        }
        if (content.length > AttachedFiles.MAX_BYTES) {
            throw new RejectedFileException(RejectedFileException.Reason.TOO_LARGE);
        }
        String type = detect(content, fileName);
        if (!FileKinds.ACCEPTED.containsKey(type)) {
            throw new RejectedFileException(RejectedFileException.Reason.UNSUPPORTED);
        }
        return type;
    }

    static String detect(byte[] content, String fileName) {
        try {
            Metadata metadata = new Metadata();
            if (fileName != null) {
                metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
            }
            MediaType byBytes = MimeTypes.getDefaultMimeTypes().detect(new ByteArrayInputStream(content), new Metadata());
            MediaType withName = MimeTypes.getDefaultMimeTypes().detect(new ByteArrayInputStream(content), metadata);
            // the name may only narrow what the bytes say (zip → docx), never replace it (text → pdf)
            boolean narrows = withName.equals(byBytes)
                    || MimeTypes.getDefaultMimeTypes().getMediaTypeRegistry().isSpecializationOf(withName, byBytes);
            return (narrows ? withName : byBytes).getBaseType().toString();
        } catch (IOException e) {
            return "application/octet-stream";
        }
    }

    static String sha512(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-512").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A PDF's text (NUL bytes dropped, cut at {@link #MAX_TEXT}); null for other types or a PDF PDFBox cannot read. */
    static String text(byte[] content, String mediaType) {
        if (!"application/pdf".equals(mediaType)) {
            return null;
        }
        try (PDDocument document = Loader.loadPDF(content)) {
            String text = new PDFTextStripper().getText(document).replace("\0", "").strip();
            if (text.isEmpty()) {
                return null;
            }
            return text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
        } catch (IOException | RuntimeException e) {
            log.info("No text extracted from a PDF: {}", e.toString());
            return null;
        }
    }
}
