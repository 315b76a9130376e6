package se.sparbar.files.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.envers.Audited;
import se.sparbar.files.AttachedFiles.FileView;
import se.sparbar.files.AttachedFiles.Owner;
import se.sparbar.files.AttachedFiles.OwnerKind;
import se.sparbar.shared.Labelled;
import se.sparbar.shared.RefusedException;

/**
 * A file attached to one case, motion, minutes paragraph or agenda item. Its bytes are in
 * {@link AttachedFileContent}; the text extracted from a PDF (for search) is written beside it with SQL, so that
 * loading a file never reads it. It is never deleted, only depublished (with a reason, in the audit trail).
 */
@Entity
@Table(name = "attached_file")
@Audited
class AttachedFile implements Labelled {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", updatable = false)
    private Long caseId;

    @Column(name = "motion_id", updatable = false)
    private Long motionId;

    @Column(name = "paragraph_id", updatable = false)
    private Long paragraphId;

    @Column(name = "agenda_item_id", updatable = false)
    private Long agendaItemId;

    @Column(nullable = false, length = 300)
    private String name;

    @Column(name = "file_name", nullable = false, length = 255)
    private String fileName;

    @Column(name = "media_type", nullable = false, length = 150)
    private String mediaType;

    @Column(name = "size_bytes", nullable = false)
    private int sizeBytes;

    @Column(nullable = false, length = 128)
    private String sha512;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "modified_at", nullable = false)
    private Instant modifiedAt;

    @Column(name = "uploaded_by", nullable = false)
    private long uploadedBy;

    @Column(nullable = false)
    private boolean deleted;

    @Column(name = "deleted_at")
    private Instant deletedAt;

    @Column(name = "deleted_reason", length = 1000)
    private String deletedReason;

    @Version
    private long version;

    protected AttachedFile() {
    }

    AttachedFile(Owner owner, String name, String fileName, String mediaType, int sizeBytes, String sha512,
                 Instant at, long uploadedBy) {
        switch (owner.kind()) {
            case CASE -> this.caseId = owner.id();
            case MOTION -> this.motionId = owner.id();
            case PARAGRAPH -> this.paragraphId = owner.id();
            case AGENDA_ITEM -> this.agendaItemId = owner.id();
        }
        this.name = name;
        this.fileName = fileName;
        this.mediaType = mediaType;
        this.sizeBytes = sizeBytes;
        this.sha512 = sha512;
        this.createdAt = at;
        this.modifiedAt = at;
        this.uploadedBy = uploadedBy;
    }

    /** Depublishes the file: it answers 410 from now on and leaves search and the open data (as deleted). */
    void depublish(String reason, Instant at) {
        if (deleted) {
            throw new RefusedException("files.refused.alreadyDepublished");
        }
        this.deleted = true;
        this.deletedAt = at;
        this.deletedReason = reason;
        this.modifiedAt = at;
    }

    Long getId() {
        return id;
    }

    long getVersion() {
        return version;
    }

    Owner owner() {
        if (caseId != null) {
            return new Owner(OwnerKind.CASE, caseId);
        }
        if (motionId != null) {
            return new Owner(OwnerKind.MOTION, motionId);
        }
        return paragraphId != null ? new Owner(OwnerKind.PARAGRAPH, paragraphId) : new Owner(OwnerKind.AGENDA_ITEM, agendaItemId);
    }

    boolean isDeleted() {
        return deleted;
    }

    FileView toView() {
        return new FileView(id, owner(), name, fileName, mediaType, sizeBytes, sha512, createdAt, modifiedAt, deleted, deletedAt);
    }

    @Override
    public String label() {
        return name + " (" + fileName + ")";
    }
}
