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
import se.sparbar.shared.NotFoundException;

/**
 * Following by e-mail: double opt-in (a link sent to the address), one-click unsubscribe (which
 * deletes the row and with it the address), immediate mail or a daily or weekly digest.
 */
@Service
public class Subscriptions {

    public enum TargetKind { CASE, BODY, PERSON, SEARCH }

    public enum Frequency { IMMEDIATE, DAILY, WEEKLY }

    /** What a subscriber sees of a subscription: never the address of anyone else. */
    public record Subscription(long id, TargetKind kind, Long targetId, String searchText, String label, Frequency frequency,
                               boolean confirmed, String unsubscribeToken) {
    }

    public record Request(TargetKind kind, Long targetId, String searchText, String email, Frequency frequency, String language,
                          Long accountId, boolean addressConfirmed) {
    }

    public static final Duration CONFIRMATION_VALID = Duration.ofDays(7);

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final MailComposer mail;

    Subscriptions(JdbcTemplate jdbc, Clock clock, MailComposer mail) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.mail = mail;
    }

    /** The name of what is followed, or empty when there is no such case, body or person. */
    @Transactional(readOnly = true)
    public Optional<String> label(TargetKind kind, Long targetId, String searchText) {
        if (kind == TargetKind.SEARCH) {
            return Optional.ofNullable(searchText);
        }
        if (targetId == null) {
            return Optional.empty();
        }
        List<String> labels = kind == TargetKind.CASE
                ? jdbc.queryForList("select label from registry_case_label_v where case_id = ?", String.class, targetId)
                : jdbc.queryForList("select label from organisation_follow_label_v where target_kind = ? and target_id = ?",
                        String.class, kind.name(), targetId);
        return labels.stream().findFirst();
    }

    /**
     * Starts following. A new address gets a confirmation link; an address the user has confirmed as
     * their account's is active at once. Asking again for what one already follows changes nothing and
     * says nothing (no one learns who follows what).
     */
    @Transactional
    public void subscribe(Request request) {
        String label = label(request.kind(), request.targetId(), request.searchText())
                .orElseThrow(() -> new NotFoundException(request.kind().name(), request.targetId() == null ? 0 : request.targetId()));
        Instant now = Instant.now(clock);
        String confirmToken = Tokens.newToken();
        Timestamp confirmedAt = request.addressConfirmed() ? Timestamp.from(now) : null;
        int inserted = jdbc.update("""
                insert into notification_subscription (target_kind, target_id, search_text, email, account_id, language, frequency,
                    confirmed_at, confirm_token_hash, confirm_expires_at, unsubscribe_token, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""",
                request.kind().name(), request.kind() == TargetKind.SEARCH ? null : request.targetId(),
                request.kind() == TargetKind.SEARCH ? request.searchText().trim() : null, request.email().trim(),
                request.accountId(), request.language(), request.frequency().name(), confirmedAt, Tokens.hash(confirmToken),
                Timestamp.from(now.plus(CONFIRMATION_VALID)), Tokens.newToken(), Timestamp.from(now));
        if (inserted == 0) {
            // already asked for: an unconfirmed one gets a fresh link, a confirmed one is left as it is
            int refreshed = jdbc.update("""
                    update notification_subscription set confirm_token_hash = ?, confirm_expires_at = ?, frequency = ?, language = ?
                    where lower(email) = lower(?) and target_kind = ? and coalesce(target_id, 0) = coalesce(?, 0)
                      and coalesce(lower(search_text), '') = coalesce(lower(?), '') and confirmed_at is null""",
                    Tokens.hash(confirmToken), Timestamp.from(now.plus(CONFIRMATION_VALID)), request.frequency().name(),
                    request.language(), request.email().trim(), request.kind().name(),
                    request.kind() == TargetKind.SEARCH ? null : request.targetId(),
                    request.kind() == TargetKind.SEARCH ? request.searchText().trim() : null);
            if (refreshed == 0) {
                return;
            }
        } else if (confirmedAt != null) {
            return;
        }
        Locale locale = mail.locale(request.language());
        String subject = mail.message("notification.confirm.subject", locale, label);
        mail.send(request.email().trim(), locale, subject, "link", Map.of(
                "introKey", "notification.confirm.intro",
                "link", mail.url("/follow/confirm?token=" + confirmToken),
                "expires", mail.when(now.plus(CONFIRMATION_VALID), locale)), null, null);
    }

    /** @return what is now followed, or empty when the link is unknown or expired */
    @Transactional
    public Optional<String> confirm(String token) {
        if (!Tokens.wellFormed(token)) {
            return Optional.empty();
        }
        Instant now = Instant.now(clock);
        List<Map<String, Object>> rows = jdbc.queryForList("""
                update notification_subscription set confirmed_at = coalesce(confirmed_at, ?), version = version + 1
                where confirm_token_hash = ? and (confirmed_at is not null or confirm_expires_at > ?)
                returning target_kind, target_id, search_text""", Timestamp.from(now), Tokens.hash(token), Timestamp.from(now));
        return rows.stream().findFirst().flatMap(r -> label(TargetKind.valueOf((String) r.get("target_kind")),
                r.get("target_id") == null ? null : ((Number) r.get("target_id")).longValue(), (String) r.get("search_text")));
    }

    /** Whether an unsubscribe link is one of a current subscription (for the page that asks "really?"). */
    @Transactional(readOnly = true)
    public Optional<String> findByUnsubscribeToken(String token) {
        if (!Tokens.wellFormed(token)) {
            return Optional.empty();
        }
        return jdbc.queryForList("select target_kind, target_id, search_text from notification_subscription where unsubscribe_token = ?",
                token).stream().findFirst().flatMap(r -> label(TargetKind.valueOf((String) r.get("target_kind")),
                r.get("target_id") == null ? null : ((Number) r.get("target_id")).longValue(), (String) r.get("search_text")));
    }

    /** Deletes the subscription (the address with it) and its unsent mail; a second time does nothing. */
    @Transactional
    public boolean unsubscribe(String token) {
        return Tokens.wellFormed(token) && jdbc.update("delete from notification_subscription where unsubscribe_token = ?", token) == 1;
    }

    /** Everything an account follows: by its account, or at its own address. */
    @Transactional(readOnly = true)
    public List<Subscription> ofAccount(long accountId, String email) {
        return jdbc.query("""
                select s.id, s.target_kind, s.target_id, s.search_text, s.frequency, s.confirmed_at, s.unsubscribe_token,
                       coalesce(c.label, l.label, s.search_text) as label
                from notification_subscription s
                left join registry_case_label_v c on s.target_kind = 'CASE' and c.case_id = s.target_id
                left join organisation_follow_label_v l on l.target_kind = s.target_kind and l.target_id = s.target_id
                where s.account_id = ? or (? is not null and lower(s.email) = lower(?))
                order by s.created_at, s.id limit 500""",
                (rs, n) -> new Subscription(rs.getLong("id"), TargetKind.valueOf(rs.getString("target_kind")),
                        (Long) rs.getObject("target_id", Long.class), rs.getString("search_text"), rs.getString("label"),
                        Frequency.valueOf(rs.getString("frequency")), rs.getTimestamp("confirmed_at") != null,
                        rs.getString("unsubscribe_token")), accountId, email, email);
    }

    /** Changes how often an account's own subscription mails; false when it is not theirs. */
    @Transactional
    public boolean changeFrequency(long accountId, String email, long subscriptionId, Frequency frequency) {
        return jdbc.update("""
                update notification_subscription set frequency = ?, version = version + 1
                where id = ? and (account_id = ? or (? is not null and lower(email) = lower(?)))""",
                frequency.name(), subscriptionId, accountId, email, email) == 1;
    }
}
