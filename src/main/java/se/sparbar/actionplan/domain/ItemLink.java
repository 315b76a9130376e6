package se.sparbar.actionplan.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.envers.Audited;
import se.sparbar.actionplan.LinkKind;
import se.sparbar.shared.Labelled;

/** An item's link to a case or a minutes paragraph that carries it out (read in both directions). */
@Entity
@Table(name = "action_item_link")
@Audited
class ItemLink implements Labelled {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "item_id", nullable = false, updatable = false)
    private long itemId;

    @Column(name = "case_id", updatable = false)
    private Long caseId;

    @Column(name = "paragraph_id", updatable = false)
    private Long paragraphId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private LinkKind kind;

    @Column(length = 500)
    private String note;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    private long createdBy;

    protected ItemLink() {
    }

    public ItemLink(long itemId, Long caseId, Long paragraphId, LinkKind kind, String note, Instant createdAt, long createdBy) {
        if ((caseId == null) == (paragraphId == null)) {
            throw new IllegalArgumentException("A link points at a case or a paragraph");
        }
        this.itemId = itemId;
        this.caseId = caseId;
        this.paragraphId = paragraphId;
        this.kind = kind;
        this.note = ActionPlan.blankToNull(note);
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    public Long getId() { return id; }
    public long getItemId() { return itemId; }

    @Override
    public String label() {
        return kind + (caseId != null ? " case " + caseId : " paragraph " + paragraphId);
    }
}
