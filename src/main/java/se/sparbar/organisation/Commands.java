package se.sparbar.organisation;

import java.time.LocalDate;
import java.util.Set;

/** The requests the organisation's services take. Forms build these; entities never come from a request. */
public final class Commands {

    private Commands() {
    }

    public record NewUserAccount(String username, String displayName, String jobTitle, String password, Set<Role> roles) {
    }

    public record UserAccountChange(String displayName, String jobTitle, Set<Role> roles, long version) {
    }

    public record BodyDetails(String abbreviation, String name, BodyType type, long version) {
    }

    public record PartyDetails(String abbreviation, String name, long version) {
    }

    public record PersonDetails(String firstName, String lastName, Long partyId, Long userAccountId, long version) {
    }

    public record MembershipDetails(long bodyId, MembershipRole role, LocalDate validFrom, LocalDate validTo, long version) {
    }
}
