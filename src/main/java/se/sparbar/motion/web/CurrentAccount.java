package se.sparbar.motion.web;

import org.springframework.security.core.Authentication;
import se.sparbar.organisation.AccountId;

/** The logged-in user's account id and whether they are a clerk. */
record CurrentAccount(long id, boolean clerk) {

    /** A visitor who is not logged in: sees what the public may see. */
    static final CurrentAccount PUBLIC = new CurrentAccount(-1, false);

    static CurrentAccount orPublic(Authentication authentication) {
        return authentication == null || authentication instanceof org.springframework.security.authentication.AnonymousAuthenticationToken
                ? PUBLIC : of(authentication);
    }

    static CurrentAccount of(Authentication authentication) {
        return new CurrentAccount(AccountId.of(authentication),
                authentication.getAuthorities().stream().anyMatch(a -> "ROLE_CLERK".equals(a.getAuthority())));
    }
}
