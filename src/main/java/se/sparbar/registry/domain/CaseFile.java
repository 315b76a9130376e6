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
import se.sparbar.registry.CaseSummary;
import se.sparbar.registry.CaseType;
import se.sparbar.shared.Labelled;

/** A registered case (ärende). Its number is formatted once, at registration, and never changes. */
@Entity
@Table(name = "case_file")
@Audited
class CaseFile implements Labelled {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_number", nullable = false, updatable = false, length = 60)
    private String caseNumber;

    @Column(nullable = false, updatable = false, length = 20)
    private String series;

    @Column(name = "case_year", nullable = false, updatable = false)
    private short caseYear;

    @Column(name = "sequence_number", nullable = false, updatable = false)
    private int sequenceNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "case_type", nullable = false, length = 30)
    private CaseType caseType;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(length = 1000)
    private String summary;

    @Column(nullable = false, length = 300)
    private String sender;

    @Column(name = "received_on", nullable = false)
    private LocalDate receivedOn;

    @Column(name = "registered_at", nullable = false, updatable = false)
    private Instant registeredAt;

    @Column(name = "registered_by", nullable = false, updatable = false)
    private long registeredBy;

    @Column(name = "owner_body_id", nullable = false)
    private long ownerBodyId;

    @Version
    private long version;

    protected CaseFile() {
    }

    public CaseFile(String caseNumber, String series, int year, int sequenceNumber, CaseType caseType, String title,
                    String summary, String sender, LocalDate receivedOn, Instant registeredAt, long registeredBy,
                    long ownerBodyId) {
        this.caseNumber = caseNumber;
        this.series = series;
        this.caseYear = (short) year;
        this.sequenceNumber = sequenceNumber;
        this.caseType = caseType;
        this.title = title.trim();
        this.summary = summary == null || summary.isBlank() ? null : summary.trim();
        this.sender = sender.trim();
        this.receivedOn = receivedOn;
        this.registeredAt = registeredAt;
        this.registeredBy = registeredBy;
        this.ownerBodyId = ownerBodyId;
    }

    public CaseSummary toSummary() {
        return new CaseSummary(id, caseNumber, caseType, title, summary, sender, receivedOn, registeredAt, registeredBy, ownerBodyId);
    }

    public Long getId() {
        return id;
    }

    @Override
    public String label() {
        return caseNumber;
    }
}
