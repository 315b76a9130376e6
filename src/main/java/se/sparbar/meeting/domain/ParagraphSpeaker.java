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

/** A member who spoke on the paragraph (anförande), in order. */
@Entity
@Table(name = "paragraph_speaker")
@Audited
class ParagraphSpeaker {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "paragraph_id", nullable = false, updatable = false)
    private MinutesParagraph paragraph;

    @Column(nullable = false)
    private int ordinal;

    @Column(name = "person_id", nullable = false)
    private long personId;

    protected ParagraphSpeaker() {
    }

    ParagraphSpeaker(MinutesParagraph paragraph, int ordinal, long personId) {
        this.paragraph = paragraph;
        this.ordinal = ordinal;
        this.personId = personId;
    }

    public Long getId() {
        return id;
    }

    public int getOrdinal() {
        return ordinal;
    }

    public long getPersonId() {
        return personId;
    }
}
