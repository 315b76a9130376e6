package se.sparbar.referral.domain;

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

@Entity
@Table(name = "statement_signatory")
@Audited
class StatementSignatory implements Labelled {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "statement_id", nullable = false, updatable = false)
    private Statement statement;

    @Column(nullable = false)
    private short ordinal;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false, length = 200)
    private String title;

    protected StatementSignatory() {
    }

    StatementSignatory(Statement statement, int ordinal, String name, String title) {
        this.statement = statement;
        this.ordinal = (short) ordinal;
        this.name = name.trim();
        this.title = title.trim();
    }

    public String getName() { return name; }
    public String getTitle() { return title; }

    @Override
    public String label() {
        return name + ", " + title;
    }
}
