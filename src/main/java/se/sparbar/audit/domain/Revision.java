package se.sparbar.audit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

/** One change to the record: when, and by whom. Envers links each *_aud snapshot to one. */
@Entity
@Table(name = "revision")
@RevisionEntity(RevisionAuthor.class)
class Revision implements se.sparbar.audit.RevisionInfo {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @RevisionNumber
    private Long id;

    @RevisionTimestamp
    @Column(name = "revision_time", nullable = false)
    private long timestamp;

    @Column(length = 60)
    private String username;

    public Long getId() {
        return id;
    }

    public Instant getTime() {
        return Instant.ofEpochMilli(timestamp);
    }

    public String getUsername() {
        return username;
    }

    @Override
    public long number() {
        return id;
    }

    @Override
    public Instant time() {
        return getTime();
    }

    @Override
    public String username() {
        return username;
    }

    void setUsername(String username) {
        this.username = username;
    }
}
