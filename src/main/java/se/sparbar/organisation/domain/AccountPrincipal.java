package se.sparbar.organisation.domain;

import java.io.Serial;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import se.sparbar.shared.web.DisplayNamed;

/** The logged-in user as Spring Security holds it in the session. */
public final class AccountPrincipal implements UserDetails, CredentialsContainer, DisplayNamed {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long accountId;
    private final String username;
    private final String displayName;
    private String passwordHash;
    private final boolean enabled;
    private final List<GrantedAuthority> authorities;

    AccountPrincipal(UserAccount account) {
        this.accountId = account.getId();
        this.username = account.getUsername();
        this.displayName = account.getDisplayName();
        this.passwordHash = account.getPasswordHash();
        this.enabled = account.isEnabled();
        this.authorities = account.getRoles().stream()
                .sorted()
                .map(role -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + role.name()))
                .toList();
    }

    public long accountId() {
        return accountId;
    }

    @Override
    public String displayName() {
        return displayName;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return authorities;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
