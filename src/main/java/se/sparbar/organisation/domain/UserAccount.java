package se.sparbar.organisation.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import se.sparbar.organisation.Role;
import se.sparbar.shared.Labelled;

/** A login. Never deleted: decisions and reports refer to their authors; an account is deactivated instead. */
@Entity
@Table(name = "user_account")
@Audited
class UserAccount implements Labelled {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 60, updatable = false)
    private String username;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @Column(name = "job_title", length = 200)
    private String jobTitle;

    /** Not in the audit trail: a history of password hashes helps nobody but an attacker. */
    @NotAudited
    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(nullable = false)
    private boolean enabled = true;

    /** Where notifications go; set by the administrator, or by the user through a confirmation link. */
    @Column(length = 254)
    private String email;

    /** The language of the mail this user receives: sv, en or fi. */
    @Column(nullable = false, length = 2)
    private String language = "sv";

    @Column(name = "password_changed_at", nullable = false)
    private Instant passwordChangedAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_account_role", joinColumns = @JoinColumn(name = "user_account_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 20)
    private Set<Role> roles = new HashSet<>();

    @Version
    private long version;

    protected UserAccount() {
    }

    public UserAccount(String username, String displayName, String jobTitle, String passwordHash, Set<Role> roles, Instant now) {
        this.username = normalise(username);
        this.displayName = displayName.trim();
        this.jobTitle = blankToNull(jobTitle);
        this.passwordHash = passwordHash;
        this.roles = roles.isEmpty() ? new HashSet<>() : EnumSet.copyOf(roles);
        this.passwordChangedAt = now;
        this.createdAt = now;
    }

    public static String normalise(String username) {
        return username.trim().toLowerCase(java.util.Locale.ROOT);
    }

    public void change(String displayName, String jobTitle, Set<Role> roles) {
        this.displayName = displayName.trim();
        this.jobTitle = blankToNull(jobTitle);
        this.roles.clear();
        this.roles.addAll(roles);
    }

    public void changePassword(String passwordHash, Instant now) {
        this.passwordHash = passwordHash;
        this.passwordChangedAt = now;
    }

    public void changeEmail(String email) {
        this.email = blankToNull(email);
    }

    public void changeLanguage(String language) {
        this.language = language;
    }

    public void deactivate() {
        this.enabled = false;
    }

    public void activate() {
        this.enabled = true;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getJobTitle() {
        return jobTitle;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public String getEmail() {
        return email;
    }

    public String getLanguage() {
        return language;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Set<Role> getRoles() {
        return Set.copyOf(roles);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public long getVersion() {
        return version;
    }

    @Override
    public String label() {
        return displayName + " (" + username + ")";
    }
}
