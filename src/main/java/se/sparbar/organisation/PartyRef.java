package se.sparbar.organisation;

public record PartyRef(long id, String abbreviation, String name) {
}
