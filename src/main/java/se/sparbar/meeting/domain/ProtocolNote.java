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

/** A protocol note (protokollsanteckning) by a member, entered with the chair's consent. */
@Entity
@Table(name = "protocol_note")
@Audited
class ProtocolNote {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "paragraph_id", nullable = false, updatable = false)
    private MinutesParagraph paragraph;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(name = "note_text", nullable = false)
    private String text;

    @Column(name = "consented_by_person_id", nullable = false)
    private long consentedBy;

    protected ProtocolNote() {
    }

    ProtocolNote(MinutesParagraph paragraph, long personId, String text, long consentedBy) {
        this.paragraph = paragraph;
        this.personId = personId;
        this.text = text.strip();
        this.consentedBy = consentedBy;
    }

    public Long getId() {
        return id;
    }

    public long getPersonId() {
        return personId;
    }

    public String getText() {
        return text;
    }

    public long getConsentedBy() {
        return consentedBy;
    }
}
