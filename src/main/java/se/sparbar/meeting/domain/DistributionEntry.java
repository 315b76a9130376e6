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
import org.hibernate.envers.Audited;

/** Where the decision is sent (expedieras till). */
@Entity
@Table(name = "paragraph_distribution")
@Audited
class DistributionEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "paragraph_id", nullable = false, updatable = false)
    private MinutesParagraph paragraph;

    @Column(nullable = false)
    private int ordinal;

    @Column(name = "recipient_name", nullable = false, length = 200)
    private String recipient;

    protected DistributionEntry() {
    }

    DistributionEntry(MinutesParagraph paragraph, int ordinal, String recipient) {
        this.paragraph = paragraph;
        this.ordinal = ordinal;
        this.recipient = recipient.strip();
    }

    public Long getId() {
        return id;
    }

    public int getOrdinal() {
        return ordinal;
    }

    public String getRecipient() {
        return recipient;
    }
}
