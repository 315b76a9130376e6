package se.sparbar.motion.web;

import org.springframework.security.core.Authentication;
import se.sparbar.organisation.AccountId;
import se.sparbar.shared.web.CurrentUser;

/** The logged-in user's account id and whether they are a clerk. */
record CurrentAccount(long id, boolean clerk) {

    /** A visitor who is not logged in: sees what the public may see. */
    static final CurrentAccount PUBLIC = new CurrentAccount(-1, false);

    static CurrentAccount orPublic(Authentication authentication) {
        return CurrentUser.isLoggedIn(authentication) ? of(authentication) : PUBLIC;
    }

    static CurrentAccount of(Authentication authentication) {
        return new CurrentAccount(AccountId.of(authentication), CurrentUser.hasRole(authentication, "CLERK"));
    }
}
