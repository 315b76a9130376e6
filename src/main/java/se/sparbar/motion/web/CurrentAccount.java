package se.sparbar.motion.web;

import org.springframework.security.core.Authentication;
import se.sparbar.organisation.AccountId;

/** The logged-in user's account id and whether they are a clerk. */
record CurrentAccount(long id, boolean clerk) {

    static CurrentAccount of(Authentication authentication) {
        return new CurrentAccount(AccountId.of(authentication),
                authentication.getAuthorities().stream().anyMatch(a -> "ROLE_CLERK".equals(a.getAuthority())));
    }
}
