package se.sparbar.organisation.domain;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Looks up accounts for login. */
@Service
class AccountDetailsService implements UserDetailsService {

    private final UserAccountRepository accounts;

    AccountDetailsService(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        return accounts.findByUsername(UserAccount.normalise(username))
                .map(AccountPrincipal::new)
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
    }
}
