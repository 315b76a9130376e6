package se.sparbar.organisation.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.envers.Audited;
import se.sparbar.organisation.MembershipRole;
import se.sparbar.shared.Labelled;

/** A person in the municipality's bodies, e.g. a council member; may have a user account. */
@Entity
@Table(name = "person")
@Audited
class Person implements Labelled {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "first_name", nullable = false, length = 100)
    private String firstName;

    @Column(name = "last_name", nullable = false, length = 100)
    private String lastName;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "party_id")
    private Party party;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "user_account_id")
    private UserAccount userAccount;

    @OneToMany(mappedBy = "person", cascade = CascadeType.ALL)
    @OrderBy("validFrom desc, id")
    private List<Membership> memberships = new ArrayList<>();

    @Version
    private long version;

    protected Person() {
    }

    public Person(String firstName, String lastName, Party party, UserAccount userAccount) {
        change(firstName, lastName, party, userAccount);
    }

    public void change(String firstName, String lastName, Party party, UserAccount userAccount) {
        this.firstName = firstName.trim();
        this.lastName = lastName.trim();
        this.party = party;
        this.userAccount = userAccount;
    }

    public Membership joinBody(Body body, MembershipRole role, LocalDate validFrom, LocalDate validTo) {
        Membership membership = new Membership(this, body, role, validFrom, validTo);
        memberships.add(membership);
        return membership;
    }

    public Long getId() {
        return id;
    }

    public String getFirstName() {
        return firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public String getFullName() {
        return firstName + " " + lastName;
    }

    /** As minutes write it: "Sanna Dabolins (V)". */
    public String getNameWithParty() {
        return party == null ? getFullName() : getFullName() + " (" + party.getAbbreviation() + ")";
    }

    public Party getParty() {
        return party;
    }

    public UserAccount getUserAccount() {
        return userAccount;
    }

    public List<Membership> getMemberships() {
        return List.copyOf(memberships);
    }

    public long getVersion() {
        return version;
    }

    @Override
    public String label() {
        return getFullName();
    }
}
