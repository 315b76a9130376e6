package se.sparbar.organisation.domain;

import se.sparbar.shared.Labelled;

/** A person as the administrator's pages show and edit them: with their party and the account linked to them, if any. */
public record PersonRow(long id, String firstName, String lastName, Long partyId, String partyAbbreviation,
                        Long userAccountId, String username, long version) implements Labelled {

    static PersonRow of(Person person) {
        Party party = person.getParty();
        UserAccount account = person.getUserAccount();
        return new PersonRow(person.getId(), person.getFirstName(), person.getLastName(),
                party == null ? null : party.getId(), party == null ? null : party.getAbbreviation(),
                account == null ? null : account.getId(), account == null ? null : account.getUsername(), person.getVersion());
    }

    public String fullName() {
        return firstName + " " + lastName;
    }

    @Override
    public String label() {
        return fullName();
    }
}
