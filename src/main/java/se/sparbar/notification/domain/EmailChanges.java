package se.sparbar.notification.domain;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.sparbar.organisation.AccountContacts;

/** A user changes their own address: it takes effect when they follow the link sent to the new address. */
@Service
public class EmailChanges {

    public static final Duration VALID = Duration.ofHours(48);

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final MailComposer mail;
    private final AccountContacts accounts;

    EmailChanges(JdbcTemplate jdbc, Clock clock, MailComposer mail, AccountContacts accounts) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.mail = mail;
        this.accounts = accounts;
    }

    /** Sends the confirmation link to the new address; a newer request replaces an older one. */
    @Transactional
    public void request(long accountId, String newEmail, String language) {
        Instant now = Instant.now(clock);
        String token = Tokens.newToken();
        jdbc.update("""
                insert into notification_email_change (account_id, new_email, token_hash, requested_at, expires_at)
                values (?, ?, ?, ?, ?)
                on conflict (account_id) do update set new_email = excluded.new_email, token_hash = excluded.token_hash,
                    requested_at = excluded.requested_at, expires_at = excluded.expires_at""",
                accountId, newEmail.trim(), Tokens.hash(token), Timestamp.from(now), Timestamp.from(now.plus(VALID)));
        Locale locale = mail.locale(language);
        mail.send(newEmail.trim(), locale, mail.message("notification.email.subject", locale), "link", Map.of(
                "introKey", "notification.email.intro",
                "link", mail.url("/account/email/confirm?token=" + token),
                "expires", mail.when(now.plus(VALID), locale)), null, null);
    }

    /** @return the new address, now the account's; empty when the link is unknown or expired */
    @Transactional
    public Optional<String> confirm(String token) {
        if (!Tokens.wellFormed(token)) {
            return Optional.empty();
        }
        List<Map<String, Object>> rows = jdbc.queryForList(
                "delete from notification_email_change where token_hash = ? returning account_id, new_email, expires_at", Tokens.hash(token));
        if (rows.isEmpty() || !((Timestamp) rows.get(0).get("expires_at")).toInstant().isAfter(Instant.now(clock))) {
            return Optional.empty();
        }
        long accountId = ((Number) rows.get(0).get("account_id")).longValue();
        String email = (String) rows.get(0).get("new_email");
        accounts.setEmail(accountId, email);
        return Optional.of(email);
    }
}
