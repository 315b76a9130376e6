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
import se.sparbar.meeting.NonParticipationKind;

/** A member who takes no part in the paragraph: jäv, or not taking part in handling and decision. */
@Entity
@Table(name = "paragraph_non_participation")
@Audited
class NonParticipation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "paragraph_id", nullable = false, updatable = false)
    private MinutesParagraph paragraph;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(nullable = false, length = 30)
    private NonParticipationKind kind;

    protected NonParticipation() {
    }

    NonParticipation(MinutesParagraph paragraph, long personId, NonParticipationKind kind) {
        this.paragraph = paragraph;
        this.personId = personId;
        this.kind = kind;
    }

    public Long getId() {
        return id;
    }

    public long getPersonId() {
        return personId;
    }

    public NonParticipationKind getKind() {
        return kind;
    }
}
