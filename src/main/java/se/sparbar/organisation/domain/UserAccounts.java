package se.sparbar.organisation.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.modulith.NamedInterface;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.sparbar.organisation.AccountContact;
import se.sparbar.organisation.AccountContacts;
import se.sparbar.organisation.Commands.NewUserAccount;
import se.sparbar.organisation.Commands.UserAccountChange;
import se.sparbar.organisation.Role;
import se.sparbar.shared.DuplicateValueException;
import se.sparbar.shared.NotFoundException;
import se.sparbar.shared.Paged;
import se.sparbar.shared.StaleVersionException;
import se.sparbar.shared.web.Paging;

/**
 * Creates and changes user accounts. Accounts are deactivated, never deleted. Other modules reach the
 * contact part as {@link AccountContacts}.
 */
@Service
@NamedInterface("seeding")
public class UserAccounts implements AccountContacts {

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    UserAccounts(UserAccountRepository accounts, PasswordEncoder passwordEncoder, Clock clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    /** One page of accounts by username: the administrator's list. */
    @Transactional(readOnly = true)
    public Paged<UserRow> page(int page, int size) {
        var found = accounts.findAllByOrderByUsername(Paging.of(page, size));
        return new Paged<>(found.getContent().stream().map(UserRow::of).toList(), found.getNumber(), size, found.getTotalElements());
    }

    /** Every account by display name: what a person may be linked to. */
    @Transactional(readOnly = true)
    public List<UserRow> all() {
        return accounts.findAllByOrderByDisplayName().stream().map(UserRow::of).toList();
    }

    @Transactional(readOnly = true)
    public UserRow get(long id) {
        return UserRow.of(find(id));
    }

    @Transactional
    public long create(NewUserAccount command) {
        String username = UserAccount.normalise(command.username());
        if (accounts.existsByUsername(username)) {
            throw new DuplicateValueException("username", username);
        }
        UserAccount account = new UserAccount(username, command.displayName(), command.jobTitle(),
                passwordEncoder.encode(command.password()), command.roles(), Instant.now(clock));
        try {
            return accounts.saveAndFlush(account).getId();
        } catch (DataIntegrityViolationException e) {
            // another administrator took the name between our check and our insert
            throw new DuplicateValueException("username", username);
        }
    }

    @Transactional
    public void change(long id, UserAccountChange change) {
        UserAccount account = find(id);
        StaleVersionException.check("UserAccount", id, change.version(), account.getVersion());
        account.change(change.displayName(), change.jobTitle(), change.roles());
        accounts.flush();
    }

    /** The administrator's change of an account, with its e-mail address and mail language, in one transaction. */
    @Transactional
    public void change(long id, UserAccountChange change, String email, String language) {
        change(id, change);
        setEmail(id, email);
        setLanguage(id, language);
    }

    @Transactional
    public void setPassword(long id, String password) {
        find(id).changePassword(passwordEncoder.encode(password), Instant.now(clock));
    }

    /**
     * A user changes their own password; the current one must be right.
     *
     * @return false (and nothing changed) when the current password is wrong
     */
    @Transactional
    public boolean changeOwnPassword(long id, String currentPassword, String newPassword) {
        UserAccount account = find(id);
        if (!passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
            return false;
        }
        account.changePassword(passwordEncoder.encode(newPassword), Instant.now(clock));
        return true;
    }

    /** Sets an account's e-mail address (the administrator, or a user's confirmed change); blank removes it. */
    @Override
    @Transactional
    public void setEmail(long id, String email) {
        find(id).changeEmail(email == null ? null : email.trim());
    }

    /** The language an account's mail is written in: sv, en or fi. */
    @Override
    @Transactional
    public void setLanguage(long id, String language) {
        if (!java.util.Set.of("sv", "en", "fi").contains(language)) {
            throw new IllegalArgumentException("Unsupported language " + language);
        }
        find(id).changeLanguage(language);
    }

    /** Where and in which language to write to an account, for notifications. */
    @Override
    @Transactional(readOnly = true)
    public java.util.Optional<AccountContact> contact(long id) {
        return accounts.findById(id).map(a -> new AccountContact(a.getId(), a.getUsername(), a.getDisplayName(), a.getEmail(),
                a.getLanguage(), a.isEnabled()));
    }

    @Transactional
    public void deactivate(long id) {
        find(id).deactivate();
    }

    @Transactional
    public void activate(long id) {
        find(id).activate();
    }

    @Transactional(readOnly = true)
    public boolean anyEnabledAdministrator() {
        return accounts.existsEnabledWithRole(Role.ADMIN);
    }

    private UserAccount find(long id) {
        return accounts.findById(id).orElseThrow(() -> new NotFoundException("UserAccount", id));
    }
}
