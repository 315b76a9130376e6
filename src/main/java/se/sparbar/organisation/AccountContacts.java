package se.sparbar.organisation;

import java.util.Optional;

/**
 * Where and in which language to write to an account holder: what the notification module reads and
 * what a user's confirmed e-mail change and language choice set.
 */
public interface AccountContacts {

    Optional<AccountContact> contact(long accountId);

    /** Sets an account's e-mail address (the administrator, or a user's confirmed change); blank removes it. */
    void setEmail(long accountId, String email);

    /** The language an account's mail is written in: sv, en or fi. */
    void setLanguage(long accountId, String language);
}
