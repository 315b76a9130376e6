package se.sparbar.meeting.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import java.util.LinkedHashSet;
import java.util.Set;
import org.hibernate.envers.Audited;
import se.sparbar.meeting.Preference;
import se.sparbar.meeting.ProposalKind;

/**
 * A proposal made at the meeting (yrkande): who moved it, what it asks, first- or second-hand, and
 * who supported it. A proposal without a mover is the prepared proposal itself
 * ("kommunstyrelsens förslag till beslut").
 */
@Entity
@Table(name = "paragraph_proposal")
@Audited
class ParagraphProposal {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "paragraph_id", nullable = false, updatable = false)
    private MinutesParagraph paragraph;

    @Column(nullable = false)
    private int ordinal;

    @Column(name = "mover_person_id")
    private Long moverId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ProposalKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Preference preference;

    @Column(nullable = false, length = 200)
    private String label;

    @Column(name = "proposal_text", nullable = false)
    private String text;

    @ElementCollection
    @CollectionTable(name = "paragraph_proposal_supporter", joinColumns = @JoinColumn(name = "proposal_id"))
    @Column(name = "person_id")
    private Set<Long> supporters = new LinkedHashSet<>();

    protected ParagraphProposal() {
    }

    ParagraphProposal(MinutesParagraph paragraph, int ordinal, Long moverId, ProposalKind kind, Preference preference, String label,
                      String text, Set<Long> supporters) {
        this.paragraph = paragraph;
        this.ordinal = ordinal;
        this.moverId = moverId;
        this.kind = kind;
        this.preference = preference;
        this.label = label.strip();
        this.text = text.strip();
        supporters.stream().filter(s -> !s.equals(moverId)).forEach(this.supporters::add);
    }

    void support(Set<Long> people) {
        people.stream().filter(s -> !s.equals(moverId)).forEach(supporters::add);
    }

    public Long getId() {
        return id;
    }

    public int getOrdinal() {
        return ordinal;
    }

    public Long getMoverId() {
        return moverId;
    }

    public ProposalKind getKind() {
        return kind;
    }

    public Preference getPreference() {
        return preference;
    }

    public String getLabel() {
        return label;
    }

    public String getText() {
        return text;
    }

    public Set<Long> getSupporters() {
        return supporters;
    }
}
