package se.sparbar.organisation.domain;

import java.util.Set;
import se.sparbar.organisation.Role;
import se.sparbar.shared.Labelled;

/** A user account as the administrator's pages show and edit it; never its password hash. */
public record UserRow(long id, String username, String displayName, String jobTitle, String email, String language,
                      Set<Role> roles, boolean enabled, long version) implements Labelled {

    static UserRow of(UserAccount account) {
        return new UserRow(account.getId(), account.getUsername(), account.getDisplayName(), account.getJobTitle(),
                account.getEmail(), account.getLanguage(), account.getRoles(), account.isEnabled(), account.getVersion());
    }

    @Override
    public String label() {
        return displayName + " (" + username + ")";
    }
}
