package se.sparbar.document.domain;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.sparbar.document.DocumentSummary;
import se.sparbar.document.Documents;

/** Stores and reads PDF documents (the module's {@link Documents}). */
@Service
class DocumentStore implements Documents {

    private final StoredDocumentRepository documents;
    private final DocumentContentRepository contents;
    private final Clock clock;

    DocumentStore(StoredDocumentRepository documents, DocumentContentRepository contents, Clock clock) {
        this.documents = documents;
        this.contents = contents;
        this.clock = clock;
    }

    @Override
    @Transactional
    public DocumentSummary store(String title, String fileName, byte[] content, long uploadedBy) {
        Documents.check(content);
        String safeName = fileName == null || fileName.isBlank() ? "dokument.pdf" : fileName.replaceAll("[/\\\\]", "_");
        StoredDocument document = documents.save(new StoredDocument(title, safeName, content.length, sha256(content),
                Instant.now(clock), uploadedBy));
        contents.save(new DocumentContent(document.getId(), content));
        return document.toSummary();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<DocumentSummary> find(long id) {
        return documents.findById(id).map(StoredDocument::toSummary);
    }

    @Override
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
