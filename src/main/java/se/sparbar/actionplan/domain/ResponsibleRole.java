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
import org.hibernate.envers.Audited;
import se.sparbar.shared.Labelled;

/** A role named in the item's Ansvar ("Ekonomichef"), matched against officials' job titles. */
@Entity
@Table(name = "action_item_responsible_role")
@Audited
class ResponsibleRole implements Labelled {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "item_id", nullable = false, updatable = false)
    private ActionItem item;

    @Column(name = "role_title", nullable = false, length = 200)
    private String roleTitle;

    protected ResponsibleRole() {
    }

    ResponsibleRole(ActionItem item, String roleTitle) {
        this.item = item;
        this.roleTitle = roleTitle;
    }

    public String getRoleTitle() {
        return roleTitle;
    }

    @Override
    public String label() {
        return roleTitle;
    }
}
