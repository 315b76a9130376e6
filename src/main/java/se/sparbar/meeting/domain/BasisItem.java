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

/** A document the decision was based on (beslutsunderlag), possibly an earlier paragraph. */
@Entity
@Table(name = "paragraph_basis_item")
@Audited
class BasisItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "paragraph_id", nullable = false, updatable = false)
    private MinutesParagraph paragraph;

    @Column(nullable = false)
    private int ordinal;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(name = "referenced_paragraph_id")
    private Long referencedParagraphId;

    protected BasisItem() {
    }

    BasisItem(MinutesParagraph paragraph, int ordinal, String title, Long referencedParagraphId) {
        this.paragraph = paragraph;
        this.ordinal = ordinal;
        this.title = title.strip();
        this.referencedParagraphId = referencedParagraphId;
    }

    public Long getId() {
        return id;
    }

    public int getOrdinal() {
        return ordinal;
    }

    public String getTitle() {
        return title;
    }

    public Long getReferencedParagraphId() {
        return referencedParagraphId;
    }
}
