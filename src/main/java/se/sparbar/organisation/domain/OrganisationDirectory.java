package se.sparbar.organisation.domain;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.sparbar.organisation.BodyRef;
import se.sparbar.organisation.Directory;
import se.sparbar.organisation.Directory.MembershipLine;
import se.sparbar.organisation.Directory.Seat;
import se.sparbar.organisation.PartyRef;
import se.sparbar.organisation.PersonRef;
import se.sparbar.organisation.Role;

/** The organisation's {@link Directory}: each call is one query, and no entity leaves it. */
@Service
@Transactional(readOnly = true)
class OrganisationDirectory implements Directory {

    private final PersonRepository people;
    private final BodyRepository bodies;
    private final UserAccountRepository accounts;
    private final PartyRepository parties;
    private final MembershipRepository memberships;

    OrganisationDirectory(PersonRepository people, BodyRepository bodies, UserAccountRepository accounts, PartyRepository parties,
              MembershipRepository memberships) {
        this.memberships = memberships;
        this.parties = parties;
        this.people = people;
        this.bodies = bodies;
        this.accounts = accounts;
    }

    /** The person a user account belongs to, if the administrator has linked one. */
    @Override
    public Optional<PersonRef> personOfAccount(long userAccountId) {
        return people.findByUserAccountId(userAccountId).map(OrganisationDirectory::ref);
    }

    /** People with an active councillor account: those who can be invited to co-sign a motion. */
    @Override
    public List<PersonRef> councillors() {
        return people.findWithAccountInRole(Role.COUNCILLOR).stream().map(OrganisationDirectory::ref).toList();
    }

    @Override
    public Map<Long, PersonRef> people(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return people.findWithPartyByIdIn(ids).stream().map(OrganisationDirectory::ref)
                .collect(Collectors.toMap(PersonRef::id, Function.identity()));
    }

    /** The account ids of these people, for notifying them (person id → account id). */
    @Override
    public Map<Long, Long> accountsOf(Collection<Long> personIds) {
        if (personIds.isEmpty()) {
            return Map.of();
        }
        return people.findWithPartyByIdIn(personIds).stream().filter(p -> p.getUserAccount() != null)
                .collect(Collectors.toMap(Person::getId, p -> p.getUserAccount().getId()));
    }

    @Override
    public List<PartyRef> parties() {
        return parties.findAllByOrderByAbbreviation().stream()
                .map(p -> new PartyRef(p.getId(), p.getAbbreviation(), p.getName())).toList();
    }

    @Override
    public List<BodyRef> activeBodies() {
        return bodies.findByActiveTrueOrderByName().stream().map(OrganisationDirectory::ref).toList();
    }

    @Override
    public Optional<BodyRef> body(long id) {
        return bodies.findById(id).map(OrganisationDirectory::ref);
    }

    @Override
    public Optional<BodyRef> bodyByAbbreviation(String abbreviation) {
        return bodies.findByAbbreviationIgnoreCase(abbreviation).map(OrganisationDirectory::ref);
    }

    @Override
    public Map<Long, BodyRef> bodies(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return bodies.findAllById(ids).stream().map(OrganisationDirectory::ref).collect(Collectors.toMap(BodyRef::id, Function.identity()));
    }

    /** Display names of user accounts (account id → name), e.g. who registered a case. */
    @Override
    public Map<Long, String> accountNames(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return accounts.findAllById(ids).stream().collect(Collectors.toMap(UserAccount::getId, UserAccount::getDisplayName));
    }

    /** Everyone on record, by name: for choosing a meeting's secretary. */
    @Override
    public List<PersonRef> everyone() {
        return people.findAllWithParty().stream().map(OrganisationDirectory::ref).toList();
    }

    /** Who sits in the body on the day, members first, then substitutes, by name. */
    @Override
    public List<Seat> seats(long bodyId, java.time.LocalDate on) {
        return memberships.findValidInBody(bodyId, on).stream().map(m -> new Seat(ref(m.getPerson()), m.getRole()))
                .sorted(java.util.Comparator.comparing((Seat s) -> !s.member())).toList();
    }

    @Override
    public Optional<PersonRef> person(long id) {
        return people.findWithPartyByIdIn(List.of(id)).stream().findFirst().map(OrganisationDirectory::ref);
    }

    /** A person's memberships over time, newest first. One query. */
    @Override
    public List<MembershipLine> membershipsOf(long personId) {
        return memberships.findByPerson(personId).stream()
                .map(m -> new MembershipLine(ref(m.getPerson()), ref(m.getBody()), m.getRole(), m.getValidFrom(), m.getValidTo())).toList();
    }

    /** A body's memberships over time, newest first. One query. */
    @Override
    public List<MembershipLine> membershipsIn(long bodyId) {
        return memberships.findAllInBody(bodyId).stream()
                .map(m -> new MembershipLine(ref(m.getPerson()), ref(m.getBody()), m.getRole(), m.getValidFrom(), m.getValidTo())).toList();
    }

    private static PersonRef ref(Person person) {
        return new PersonRef(person.getId(), person.getFirstName(), person.getLastName(),
                person.getParty() == null ? null : person.getParty().getId(),
                person.getParty() == null ? null : person.getParty().getAbbreviation());
    }

    private static BodyRef ref(Body body) {
        return new BodyRef(body.getId(), body.getAbbreviation(), body.getName(), body.getType());
    }
}
