package se.sparbar.document;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.sparbar.document.domain.DocumentContent;
import se.sparbar.document.domain.DocumentContentRepository;
import se.sparbar.document.domain.StoredDocument;
import se.sparbar.document.domain.StoredDocumentRepository;

/** Stores and reads PDF documents. */
@Service
public class Documents {

    public static final int MAX_BYTES = 20 * 1024 * 1024;
    private static final byte[] PDF_MAGIC = {'%', 'P', 'D', 'F', '-'};

    private final StoredDocumentRepository documents;
    private final DocumentContentRepository contents;
    private final Clock clock;

    Documents(StoredDocumentRepository documents, DocumentContentRepository contents, Clock clock) {
        this.documents = documents;
        this.contents = contents;
        this.clock = clock;
    }

    /** Checks the bytes (not the browser's claimed type) before anything is stored. */
    public static void check(byte[] content) {
        if (content == null || content.length == 0) {
            throw new RejectedDocumentException(RejectedDocumentException.Reason.EMPTY);
        }
        if (content.length > MAX_BYTES) {
            throw new RejectedDocumentException(RejectedDocumentException.Reason.TOO_LARGE);
        }
        if (content.length < PDF_MAGIC.length || !Arrays.equals(Arrays.copyOf(content, PDF_MAGIC.length), PDF_MAGIC)) {
            throw new RejectedDocumentException(RejectedDocumentException.Reason.NOT_PDF);
        }
    }

    @Transactional
    public DocumentSummary store(String title, String fileName, byte[] content, long uploadedBy) {
        check(content);
        String safeName = fileName == null || fileName.isBlank() ? "dokument.pdf" : fileName.replaceAll("[/\\\\]", "_");
        StoredDocument document = documents.save(new StoredDocument(title, safeName, content.length, sha256(content),
                Instant.now(clock), uploadedBy));
        contents.save(new DocumentContent(document.getId(), content));
        return document.toSummary();
    }

    @Transactional(readOnly = true)
    public Optional<DocumentSummary> find(long id) {
        return documents.findById(id).map(StoredDocument::toSummary);
    }

    @Transactional(readOnly = true)
    public Optional<byte[]> content(long id) {
        return contents.findById(id).map(DocumentContent::getContent);
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
