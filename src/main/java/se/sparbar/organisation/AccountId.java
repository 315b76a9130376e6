package se.sparbar.organisation;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import se.sparbar.organisation.domain.AccountPrincipal;

/** The account id of the logged-in user, for services that record who did what. */
public final class AccountId {

    private AccountId() {
    }

    public static long of(Authentication authentication) {
        if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal) {
            return principal.accountId();
        }
        throw new AccessDeniedException("Not logged in with a Spårbar account");
    }

    /** The account id, or empty for the public (and for anyone not logged in with a Spårbar account). */
    public static java.util.OptionalLong ofOptional(Authentication authentication) {
        return authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal
                ? java.util.OptionalLong.of(principal.accountId()) : java.util.OptionalLong.empty();
    }
}
