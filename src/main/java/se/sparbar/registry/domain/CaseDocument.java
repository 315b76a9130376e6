package se.sparbar.registry.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.envers.Audited;
import se.sparbar.registry.DocumentType;
import se.sparbar.shared.Labelled;

/** An incoming document registered onto an existing case. */
@Entity
@Table(name = "case_document")
@Audited
class CaseDocument implements Labelled {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false, updatable = false)
    private long caseId;

    @Enumerated(EnumType.STRING)
    @Column(name = "document_type", nullable = false, length = 30)
    private DocumentType documentType;

    @Column(nullable = false, length = 300)
    private String sender;

    @Column(name = "received_on", nullable = false)
    private LocalDate receivedOn;

    @Column(length = 1000)
    private String summary;

    @Column(name = "registered_at", nullable = false, updatable = false)
    private Instant registeredAt;

    @Column(name = "registered_by", nullable = false, updatable = false)
    private long registeredBy;

    @Version
    private long version;

    protected CaseDocument() {
    }

    CaseDocument(long caseId, DocumentType documentType, String sender, LocalDate receivedOn, String summary, Instant registeredAt,
                 long registeredBy) {
        this.caseId = caseId;
        this.documentType = documentType;
        this.sender = sender.strip();
        this.receivedOn = receivedOn;
        this.summary = summary == null || summary.isBlank() ? null : summary.strip();
        this.registeredAt = registeredAt;
        this.registeredBy = registeredBy;
    }

    Long getId() {
        return id;
    }

    String getSender() {
        return sender;
    }

    String getSummary() {
        return summary;
    }

    @Override
    public String label() {
        return documentType.name() + " – " + sender;
    }
}
