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

/** A numbered document of the decision basis (beslutsunderlag). */
@Entity
@Table(name = "statement_basis_item")
@Audited
class StatementBasisItem implements Labelled {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "statement_id", nullable = false, updatable = false)
    private Statement statement;

    @Column(nullable = false)
    private short ordinal;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(name = "file_id")
    private Long fileId;

    protected StatementBasisItem() {
    }

    StatementBasisItem(Statement statement, int ordinal, String title, Long fileId) {
        this.statement = statement;
        this.ordinal = (short) ordinal;
        this.title = title.strip();
        this.fileId = fileId;
    }

    public int getOrdinal() { return ordinal; }
    public String getTitle() { return title; }
    public Long getFileId() { return fileId; }

    @Override
    public String label() {
        return ordinal + ". " + title;
    }
}
