package se.sparbar.organisation.domain;

import se.sparbar.shared.Labelled;

/** A party as the administrator's pages show and edit it. */
public record PartyRow(long id, String abbreviation, String name, long version) implements Labelled {

    static PartyRow of(Party party) {
        return new PartyRow(party.getId(), party.getAbbreviation(), party.getName(), party.getVersion());
    }

    @Override
    public String label() {
        return name + " (" + abbreviation + ")";
    }
}
