package se.sparbar.organisation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import se.sparbar.shared.Labelled;

/** A political party; abbreviation {@code -} stands for members with no party. */
@Entity
@Table(name = "party")
@Audited
class Party implements Labelled {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 10)
    private String abbreviation;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(nullable = false)
    private boolean active = true;

    @Version
    private long version;

    protected Party() {
    }

    public Party(String abbreviation, String name) {
        change(abbreviation, name);
    }

    public void change(String abbreviation, String name) {
        this.abbreviation = abbreviation.trim();
        this.name = name.trim();
    }

    public Long getId() {
        return id;
    }

    public String getAbbreviation() {
        return abbreviation;
    }

    public String getName() {
        return name;
    }

    public boolean isActive() {
        return active;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public String label() {
        return name + " (" + abbreviation + ")";
    }
}
