package se.sparbar.organisation;

/** A person as other modules show them: "Sanna Dabolins (V)". */
public record PersonRef(long id, String firstName, String lastName, Long partyId, String partyAbbreviation)
        implements se.sparbar.shared.Labelled {

    /** How pickers show a person: with their party. */
    @Override
    public String label() {
        return nameWithParty();
    }

    public String fullName() {
        return firstName + " " + lastName;
    }

    public String nameWithParty() {
        return partyAbbreviation == null ? fullName() : fullName() + " (" + partyAbbreviation + ")";
    }
}
