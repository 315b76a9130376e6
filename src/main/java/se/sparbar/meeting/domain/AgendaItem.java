package se.sparbar.meeting.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import se.sparbar.meeting.AgendaKind;

/** An item on the meeting's agenda (ärendelista): a prepared case, an election, information. */
@Entity
@Table(name = "agenda_item")
@Audited
class AgendaItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id", nullable = false, updatable = false)
    private Meeting meeting;

    @Column(nullable = false)
    private int ordinal;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private AgendaKind kind;

    @Column(name = "case_id", updatable = false)
    private Long caseId;

    @Column(nullable = false, length = 300)
    private String title;

    protected AgendaItem() {
    }

    AgendaItem(Meeting meeting, int ordinal, AgendaKind kind, Long caseId, String title) {
        this.meeting = meeting;
        this.ordinal = ordinal;
        this.kind = kind;
        this.caseId = caseId;
        this.title = title.trim();
    }

    public Long getId() {
        return id;
    }

    public Meeting getMeeting() {
        return meeting;
    }

    public int getOrdinal() {
        return ordinal;
    }

    public AgendaKind getKind() {
        return kind;
    }

    public Long getCaseId() {
        return caseId;
    }

    public String getTitle() {
        return title;
    }
}
