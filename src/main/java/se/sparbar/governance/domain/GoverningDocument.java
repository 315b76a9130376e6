package se.sparbar.governance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import org.hibernate.envers.Audited;
import se.sparbar.governance.DocumentStatus;
import se.sparbar.governance.DocumentType;
import se.sparbar.governance.GoverningDocumentDetails;
import se.sparbar.shared.Labelled;
import se.sparbar.shared.RefusedException;

/** A governing document in the register. Never deleted: a replaced or repealed one stays on record. */
@Entity
@Table(name = "governing_document")
@Audited
class GoverningDocument implements Labelled {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "doc_type", nullable = false, length = 30)
    private DocumentType type;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(name = "owner_body_id", nullable = false)
    private long ownerBodyId;

    @Column(name = "adopted_by_paragraph_id")
    private Long adoptedByParagraphId;

    @Column(name = "adopted_reference", nullable = false, length = 100)
    private String adoptedReference;

    @Column(name = "adopted_on", nullable = false)
    private LocalDate adoptedOn;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "review_interval_months")
    private Short reviewIntervalMonths;

    @Column(name = "next_review_on")
    private LocalDate nextReviewOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private DocumentStatus status = DocumentStatus.IN_FORCE;

    @OneToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "replaces_id", updatable = false)
    private GoverningDocument replaces;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    @Column(name = "ended_by_paragraph_id")
    private Long endedByParagraphId;

    @Version
    private long version;

    protected GoverningDocument() {
    }

    /** Records the minutes paragraph that adopted this document, and that ended the one it replaces. */
    public void adoptedBy(long paragraphId) {
        this.adoptedByParagraphId = paragraphId;
        if (replaces != null) {
            replaces.endedByParagraphId = paragraphId;
        }
    }

    /** Adopts a document; when it replaces one, that one is marked replaced from this one's first day. */
    public GoverningDocument(GoverningDocumentDetails details, GoverningDocument replaced) {
        write(details);
        if (replaced != null) {
            replaced.replacedFrom(details.validFrom());
            this.replaces = replaced;
        }
    }

    public void change(GoverningDocumentDetails details) {
        write(details);
    }

    private void write(GoverningDocumentDetails details) {
        this.type = details.type();
        this.title = details.title().trim();
        this.ownerBodyId = details.ownerBodyId();
        this.adoptedReference = details.adoptedReference().trim();
        this.adoptedOn = details.adoptedOn();
        this.validFrom = details.validFrom();
        this.reviewIntervalMonths = details.reviewIntervalMonths() == null ? null : details.reviewIntervalMonths().shortValue();
        this.nextReviewOn = details.nextReviewOn() != null ? details.nextReviewOn()
                : details.reviewIntervalMonths() == null ? null : details.validFrom().plusMonths(details.reviewIntervalMonths());
    }

    private void replacedFrom(LocalDate date) {
        if (status != DocumentStatus.IN_FORCE) {
            throw new RefusedException("governance.refused.notInForce");
        }
        this.status = DocumentStatus.REPLACED;
        this.endedOn = date;
    }

    /** Repealed (upphävd) without a successor. */
    public void repeal(LocalDate date) {
        if (status != DocumentStatus.IN_FORCE) {
            throw new RefusedException("governance.refused.notInForce");
        }
        this.status = DocumentStatus.REPEALED;
        this.endedOn = date;
    }

    public Long getId() { return id; }
    public DocumentType getType() { return type; }
    public String getTitle() { return title; }
    public long getOwnerBodyId() { return ownerBodyId; }
    public String getAdoptedReference() { return adoptedReference; }
    public LocalDate getAdoptedOn() { return adoptedOn; }
    public LocalDate getValidFrom() { return validFrom; }
    public Short getReviewIntervalMonths() { return reviewIntervalMonths; }
    public LocalDate getNextReviewOn() { return nextReviewOn; }
    public DocumentStatus getStatus() { return status; }
    public GoverningDocument getReplaces() { return replaces; }
    public LocalDate getEndedOn() { return endedOn; }
    public long getVersion() { return version; }

    @Override
    public String label() {
        return title + " (" + adoptedReference + ")";
    }
}
