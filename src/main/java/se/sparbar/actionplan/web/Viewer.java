package se.sparbar.actionplan.web;

import org.springframework.security.core.Authentication;
import se.sparbar.organisation.AccountId;
import se.sparbar.shared.web.CurrentUser;

/** Who is looking: the public sees adopted plans without staff names; clerks manage; officials report. */
record Viewer(long accountId, boolean loggedIn, boolean clerk, boolean official) {

    static Viewer of(Authentication authentication) {
        if (!CurrentUser.isLoggedIn(authentication)) {
            return new Viewer(-1, false, false, false);
        }
        boolean clerk = CurrentUser.hasRole(authentication, "CLERK");
        // logged in some other way than with an account: reads as staff, but is responsible for nothing
        long account = AccountId.ofOptional(authentication).orElse(-1);
        return new Viewer(account, true, clerk, CurrentUser.hasRole(authentication, "OFFICIAL"));
    }
}
