package se.sparbar.document.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.envers.Audited;
import se.sparbar.document.DocumentSummary;
import se.sparbar.shared.Labelled;

/** A stored file's description. Its bytes are in {@link DocumentContent}. */
@Entity
@Table(name = "stored_document")
@Audited
class StoredDocument implements Labelled {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(name = "file_name", nullable = false, length = 255)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 100)
    private String contentType = "application/pdf";

    @Column(name = "size_bytes", nullable = false)
    private int sizeBytes;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    @Column(name = "uploaded_by", nullable = false)
    private long uploadedBy;

    protected StoredDocument() {
    }

    public StoredDocument(String title, String fileName, int sizeBytes, String sha256, Instant uploadedAt, long uploadedBy) {
        this.title = title.trim();
        this.fileName = fileName;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        this.uploadedAt = uploadedAt;
        this.uploadedBy = uploadedBy;
    }

    public Long getId() {
        return id;
    }

    public DocumentSummary toSummary() {
        return new DocumentSummary(id, title, fileName, sizeBytes);
    }

    @Override
    public String label() {
        return title + " (" + fileName + ")";
    }
}
