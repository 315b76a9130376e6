package se.sparbar.audit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import se.sparbar.audit.SecurityEventKind;

/** A login, logout or refused request. Append-only. */
@Entity
@Table(name = "security_event")
class SecurityEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30, updatable = false)
    private SecurityEventKind kind;

    @Column(length = 60, updatable = false)
    private String username;

    @Column(name = "remote_address", length = 64, updatable = false)
    private String remoteAddress;

    @Column(length = 500, updatable = false)
    private String detail;

    protected SecurityEvent() {
    }

    public SecurityEvent(Instant occurredAt, SecurityEventKind kind, String username, String remoteAddress, String detail) {
        this.occurredAt = occurredAt;
        this.kind = kind;
        this.username = username;
        this.remoteAddress = remoteAddress;
        this.detail = detail;
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public SecurityEventKind getKind() {
        return kind;
    }

    public String getUsername() {
        return username;
    }

    public String getRemoteAddress() {
        return remoteAddress;
    }

    public String getDetail() {
        return detail;
    }
}
