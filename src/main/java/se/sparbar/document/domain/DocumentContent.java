package se.sparbar.document.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A document's bytes. Insert-only; not audited (the metadata is). */
@Entity
@Table(name = "document_content")
class DocumentContent {

    @Id
    @Column(name = "document_id")
    private Long documentId;

    @Column(nullable = false, updatable = false)
    private byte[] content;

    protected DocumentContent() {
    }

    public DocumentContent(long documentId, byte[] content) {
        this.documentId = documentId;
        this.content = content;
    }

    public byte[] getContent() {
        return content;
    }
}
