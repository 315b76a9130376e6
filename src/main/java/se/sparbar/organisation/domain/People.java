package se.sparbar.organisation.domain;

import java.util.List;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.sparbar.organisation.Commands.MembershipDetails;
import se.sparbar.organisation.Commands.PersonDetails;
import se.sparbar.shared.DuplicateValueException;
import se.sparbar.shared.NotFoundException;
import se.sparbar.shared.Paged;
import se.sparbar.shared.StaleVersionException;
import se.sparbar.shared.web.Paging;

/** Creates and changes people and their memberships in bodies. */
@Service
@NamedInterface("seeding")
public class People {

    private final PersonRepository people;
    private final PartyRepository parties;
    private final BodyRepository bodies;
    private final UserAccountRepository accounts;
    private final MembershipRepository memberships;

    People(PersonRepository people, PartyRepository parties, BodyRepository bodies,
           UserAccountRepository accounts, MembershipRepository memberships) {
        this.people = people;
        this.parties = parties;
        this.bodies = bodies;
        this.accounts = accounts;
        this.memberships = memberships;
    }

    /** One page of everyone, by name, with their party and account: the administrator's list. */
    @Transactional(readOnly = true)
    public Paged<PersonRow> page(int page, int size) {
        var found = people.findPage(Paging.of(page, size));
        return new Paged<>(found.getContent().stream().map(PersonRow::of).toList(), found.getNumber(), size, found.getTotalElements());
    }

    @Transactional(readOnly = true)
    public PersonRow get(long id) {
        return PersonRow.of(people.findWithPartyById(id).orElseThrow(() -> new NotFoundException("Person", id)));
    }

    /** A person's memberships, newest first. */
    @Transactional(readOnly = true)
    public List<MembershipRow> memberships(long personId) {
        return memberships.findByPerson(personId).stream().map(MembershipRow::of).toList();
    }

    /** One of this person's memberships; another person's is not found. */
    @Transactional(readOnly = true)
    public MembershipRow membership(long personId, long membershipId) {
        return MembershipRow.of(memberships.findOfPerson(personId, membershipId)
                .orElseThrow(() -> new NotFoundException("Membership", membershipId)));
    }

    @Transactional
    public long create(PersonDetails details) {
        if (details.userAccountId() != null && people.existsByUserAccountId(details.userAccountId())) {
            throw new DuplicateValueException("userAccountId", details.userAccountId().toString());
        }
        Person person = new Person(details.firstName(), details.lastName(), party(details.partyId()), account(details.userAccountId()));
        return people.saveAndFlush(person).getId();
    }

    @Transactional
    public void change(long id, PersonDetails details) {
        Person person = find(id);
        StaleVersionException.check("Person", id, details.version(), person.getVersion());
        if (details.userAccountId() != null && people.existsByUserAccountIdAndIdNot(details.userAccountId(), id)) {
            throw new DuplicateValueException("userAccountId", details.userAccountId().toString());
        }
        person.change(details.firstName(), details.lastName(), party(details.partyId()), account(details.userAccountId()));
        people.flush();
    }

    @Transactional
    public long addMembership(long personId, MembershipDetails details) {
        Person person = find(personId);
        Membership membership = person.joinBody(body(details.bodyId()), details.role(), details.validFrom(), details.validTo());
        people.flush();
        return membership.getId();
    }

    @Transactional
    public void changeMembership(long personId, long membershipId, MembershipDetails details) {
        Membership membership = memberships.findOfPerson(personId, membershipId)
                .orElseThrow(() -> new NotFoundException("Membership", membershipId));
        StaleVersionException.check("Membership", membershipId, details.version(), membership.getVersion());
        membership.change(body(details.bodyId()), details.role(), details.validFrom(), details.validTo());
        memberships.flush();
    }

    private Person find(long id) {
        return people.findById(id).orElseThrow(() -> new NotFoundException("Person", id));
    }

    private Body body(long id) {
        return bodies.findById(id).orElseThrow(() -> new NotFoundException("Body", id));
    }

    private Party party(Long id) {
        return id == null ? null : parties.findById(id).orElseThrow(() -> new NotFoundException("Party", id));
    }

    private UserAccount account(Long id) {
        return id == null ? null : accounts.findById(id).orElseThrow(() -> new NotFoundException("UserAccount", id));
    }
}
