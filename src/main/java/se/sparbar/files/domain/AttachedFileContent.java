package se.sparbar.files.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A file's bytes. Insert-only (a trigger refuses changes); not audited: the checksum in the audited row is of these bytes. */
@Entity
@Table(name = "attached_file_content")
class AttachedFileContent {

    @Id
    @Column(name = "file_id")
    private Long fileId;

    @Column(nullable = false, updatable = false)
    private byte[] content;

    protected AttachedFileContent() {
    }

    AttachedFileContent(long fileId, byte[] content) {
        this.fileId = fileId;
        this.content = content;
    }

    byte[] getContent() {
        return content;
    }
}
