package se.sparbar.meeting.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.envers.Audited;

/** A correction (rättelse) recorded after adjustment; the adjusted minutes themselves are never edited. */
@Entity
@Table(name = "minutes_correction")
@Audited
class MinutesCorrection {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "meeting_id", nullable = false, updatable = false)
    private long meetingId;

    @Column(name = "paragraph_id", updatable = false)
    private Long paragraphId;

    @Column(nullable = false, length = 2000, updatable = false)
    private String description;

    @Column(nullable = false, length = 1000, updatable = false)
    private String reason;

    @Column(name = "corrected_at", nullable = false, updatable = false)
    private Instant correctedAt;

    @Column(name = "corrected_by", nullable = false, updatable = false)
    private long correctedBy;

    protected MinutesCorrection() {
    }

    public MinutesCorrection(long meetingId, Long paragraphId, String description, String reason, Instant correctedAt, long correctedBy) {
        this.meetingId = meetingId;
        this.paragraphId = paragraphId;
        this.description = description.strip();
        this.reason = reason.strip();
        this.correctedAt = correctedAt;
        this.correctedBy = correctedBy;
    }

    public Long getId() {
        return id;
    }
}
