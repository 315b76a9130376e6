package se.sparbar.organisation.domain;

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
import jakarta.persistence.Version;
import java.time.LocalDate;
import org.hibernate.envers.Audited;
import se.sparbar.organisation.MembershipRole;
import se.sparbar.shared.Labelled;

/** A person's seat in a body for a term. Ended by setting {@code validTo}, never deleted. */
@Entity
@Table(name = "membership")
@Audited
class Membership implements Labelled {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id", nullable = false, updatable = false)
    private Person person;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "body_id", nullable = false)
    private Body body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MembershipRole role;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    @Version
    private long version;

    protected Membership() {
    }

    Membership(Person person, Body body, MembershipRole role, LocalDate validFrom, LocalDate validTo) {
        this.person = person;
        change(body, role, validFrom, validTo);
    }

    public void change(Body body, MembershipRole role, LocalDate validFrom, LocalDate validTo) {
        if (validTo != null && validTo.isBefore(validFrom)) {
            throw new IllegalArgumentException("A membership cannot end before it starts");
        }
        this.body = body;
        this.role = role;
        this.validFrom = validFrom;
        this.validTo = validTo;
    }

    public boolean isValidOn(LocalDate date) {
        return !date.isBefore(validFrom) && (validTo == null || !date.isAfter(validTo));
    }

    public Long getId() {
        return id;
    }

    public Person getPerson() {
        return person;
    }

    public Body getBody() {
        return body;
    }

    public MembershipRole getRole() {
        return role;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public String label() {
        return body.getAbbreviation() + " " + role + " " + validFrom + "–" + (validTo == null ? "" : validTo);
    }
}
