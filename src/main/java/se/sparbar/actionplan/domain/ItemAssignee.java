package se.sparbar.actionplan.domain;

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
import se.sparbar.shared.Labelled;

/** An official (user account) assigned to report on an item. */
@Entity
@Table(name = "action_item_assignee")
@Audited
class ItemAssignee implements Labelled {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "item_id", nullable = false, updatable = false)
    private ActionItem item;

    @Column(name = "user_account_id", nullable = false, updatable = false)
    private long userAccountId;

    @Column(name = "assigned_at", nullable = false, updatable = false)
    private Instant assignedAt;

    @Column(name = "assigned_by", nullable = false, updatable = false)
    private long assignedBy;

    protected ItemAssignee() {
    }

    ItemAssignee(ActionItem item, long userAccountId, Instant assignedAt, long assignedBy) {
        this.item = item;
        this.userAccountId = userAccountId;
        this.assignedAt = assignedAt;
        this.assignedBy = assignedBy;
    }

    public long getUserAccountId() {
        return userAccountId;
    }

    @Override
    public String label() {
        return "account " + userAccountId;
    }
}
