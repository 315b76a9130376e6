package se.sparbar.organisation.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.Set;
import se.sparbar.organisation.Commands.NewUserAccount;
import se.sparbar.organisation.Commands.UserAccountChange;
import se.sparbar.organisation.Role;
import se.sparbar.organisation.domain.UserRow;

/** One form for creating and editing an account; the username and first password only at creation. */
public class UserForm {

    static final int MIN_PASSWORD_LENGTH = 12;

    /** Validation group for what only a new account has: the username and the first password. */
    interface New {
    }

    @NotBlank(groups = New.class)
    @Size(min = 2, max = 60, groups = New.class)
    @Pattern(regexp = "[A-Za-z0-9._-]*", groups = New.class)
    private String username;

    @NotBlank
    @Size(max = 200)
    private String displayName;

    @Size(max = 200)
    private String jobTitle;

    @Size(max = 128)
    private String password;

    /** The same rule as the database's check: something@something.something, no spaces. */
    @Size(max = 254)
    @Pattern(regexp = "|[^@\\s]+@[^@\\s]+\\.[^@\\s]+", message = "{email.invalid}")
    private String email;

    @Pattern(regexp = "sv|en|fi")
    private String language = "sv";

    private Set<Role> roles = EnumSet.noneOf(Role.class);

    private long version;

    static UserForm of(UserRow account) {
        UserForm form = new UserForm();
        form.username = account.username();
        form.displayName = account.displayName();
        form.jobTitle = account.jobTitle();
        form.roles = account.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(account.roles());
        form.version = account.version();
        form.email = account.email();
        form.language = account.language();
        return form;
    }

    NewUserAccount toNewAccount() {
        return new NewUserAccount(username, displayName, jobTitle, password, roles);
    }

    UserAccountChange toChange() {
        return new UserAccountChange(displayName, jobTitle, roles, version);
    }

    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getDisplayName() { return displayName; }
    public void setDisplayName(String displayName) { this.displayName = displayName; }
    public String getJobTitle() { return jobTitle; }
    public void setJobTitle(String jobTitle) { this.jobTitle = jobTitle; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public Set<Role> getRoles() { return roles; }
    public void setRoles(Set<Role> roles) { this.roles = roles == null ? EnumSet.noneOf(Role.class) : roles; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email == null ? null : email.trim(); }
    public String getLanguage() { return language; }
    public void setLanguage(String language) { this.language = language; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
