package se.sparbar.organisation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import se.sparbar.organisation.BodyType;
import se.sparbar.shared.Labelled;

/** An elected body (organ): the council, the executive board, a committee. */
@Entity
@Table(name = "body")
@Audited
class Body implements Labelled {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 20)
    private String abbreviation;

    @Column(nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private BodyType type;

    @Column(nullable = false)
    private boolean active = true;

    @Version
    private long version;

    protected Body() {
    }

    public Body(String abbreviation, String name, BodyType type) {
        change(abbreviation, name, type);
    }

    public void change(String abbreviation, String name, BodyType type) {
        this.abbreviation = abbreviation.trim();
        this.name = name.trim();
        this.type = type;
    }

    public void deactivate() {
        this.active = false;
    }

    public void activate() {
        this.active = true;
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

    public BodyType getType() {
        return type;
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
