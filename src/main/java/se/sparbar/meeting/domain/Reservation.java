package se.sparbar.meeting.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.envers.Audited;

/** A reservation against the decision, by a member or for their party group; written reasons may follow until adjustment. */
@Entity
@Table(name = "reservation")
@Audited
class Reservation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "paragraph_id", nullable = false, updatable = false)
    private MinutesParagraph paragraph;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(name = "party_id")
    private Long partyId;

    @Column(name = "written_text")
    private String writtenText;

    @Column(name = "written_received_at")
    private Instant writtenReceivedAt;

    protected Reservation() {
    }

    Reservation(MinutesParagraph paragraph, long personId, Long partyId) {
        this.paragraph = paragraph;
        this.personId = personId;
        this.partyId = partyId;
    }

    public Long getId() {
        return id;
    }

    void writeReasons(String text, Instant receivedAt) {
        this.writtenText = text == null || text.isBlank() ? null : text.strip();
        this.writtenReceivedAt = writtenText == null ? null : receivedAt;
    }

    public long getPersonId() {
        return personId;
    }

    public Long getPartyId() {
        return partyId;
    }

    public String getWrittenText() {
        return writtenText;
    }

    public Instant getWrittenReceivedAt() {
        return writtenReceivedAt;
    }
}
