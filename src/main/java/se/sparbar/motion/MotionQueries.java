package se.sparbar.motion;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.sparbar.shared.Paged;

/**
 * Lists of motions for pages, dashboards and CSV: one SQL statement for the rows and one for the
 * count, whatever the page size, on the indexes of V3; totals and years from the tally of V40.
 * Drafts never appear in the shared list.
 */
@Service
@Transactional(readOnly = true)
public class MotionQueries {

    /** A motion as lists show it. */
    public record Row(long id, String title, MotionStatus status, String caseNumber, String body, String filer,
                      String party, Instant submittedAt, LocalDate deadlineOn) {

        public boolean isPastDeadline(LocalDate today) {
            return status.isPastDeadline(deadlineOn, today);
        }
    }

    /** What a list is filtered and sorted by; null means "all". */
    public record Filter(String status, Long bodyId, Integer year, Long partyId, Long filerId, String sort) {

        public static final List<String> SORTS = List.of("submitted", "deadline", "title", "caseNumber");
    }

    /** A pending referral past its due date, with its motion. */
    public record OverdueReferral(long motionId, String title, String caseNumber, String body, LocalDate dueOn) {
    }

    private static final String SELECT = """
            select m.id, m.title, m.status, c.case_number, b.abbreviation as body,
                   p.first_name || ' ' || p.last_name as filer, pa.abbreviation as party, m.submitted_at, m.deadline_on
            from motion m
            join organisation_body_v b on b.id = m.addressed_body_id
            join organisation_person_v p on p.id = m.first_signatory_id
            left join organisation_party_v pa on pa.id = m.party_id
            left join registry_case_v c on c.id = m.case_id
            """;

    /** {@link MotionStatus#AWAITING_DECISION} as an SQL list, so that the queries and the Java rule cannot drift apart. */
    private static final String AWAITING_DECISION = MotionStatus.AWAITING_DECISION.stream()
            .map(status -> "'" + status.name() + "'").sorted().collect(java.util.stream.Collectors.joining(", "));

    private final NamedParameterJdbcTemplate jdbc;
    /** The municipality's time zone: the day a motion was filed is the day there. */
    private final java.time.ZoneId zone;

    MotionQueries(NamedParameterJdbcTemplate jdbc, java.time.Clock clock) {
        this.jdbc = jdbc;
        this.zone = clock.getZone();
    }

    public Paged<Row> search(Filter filter, int page, int size) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String where = where(filter, params);
        params.addValue("limit", size).addValue("offset", (long) page * size);
        List<Row> rows = jdbc.query(SELECT + where + orderBy(filter.sort()) + " limit :limit offset :offset", params, MotionQueries::row);
        Long total = jdbc.queryForObject(count(filter) + where, params, Long.class);
        return new Paged<>(rows, page, size, total == null ? 0 : total);
    }

    /**
     * The total of a filter: from the tally of V40 (a row per status, body, year and party, so a few
     * hundred rows whatever the number of motions), whose columns have the list's names; a filter by
     * filer counts that person's motions, which the filer index finds.
     */
    private static String count(Filter filter) {
        return filter.filerId() == null ? "select coalesce(sum(m.motions), 0) from motion_tally m " : "select count(*) from motion m ";
    }

    /** Every matching row, streamed to {@code sink} (for CSV): memory stays flat however many there are. */
    public void each(Filter filter, Consumer<Row> sink) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String where = where(filter, params);
        jdbc.query(SELECT + where + orderBy(filter.sort()), params, resultSet -> {
            sink.accept(row(resultSet, 0));
        });
    }

    /** The motion registered as this case, if it is one. */
    public java.util.Optional<Row> ofCase(long caseId) {
        return jdbc.query(SELECT + " where m.case_id = :case", Map.of("case", caseId), MotionQueries::row).stream().findFirst();
    }

    /** A motion on a person's public record: filed or co-signed, with the days from filing to decision once decided. */
    public record PersonMotion(Row row, boolean firstSignatory, LocalDate decidedOn, Long daysToDecision) {
    }

    /** The submitted motions a person filed or co-signed (confirmed), newest first. One statement. */
    public List<PersonMotion> ofPerson(long personId) {
        return jdbc.query(SELECT.replace("m.deadline_on\n", "m.deadline_on, m.decided_on, (m.first_signatory_id = :person) as first_signatory\n") + """
                 where m.status <> 'DRAFT' and (m.first_signatory_id = :person or exists (select 1 from motion_cosigner mc
                   where mc.motion_id = m.id and mc.person_id = :person and mc.status = 'CONFIRMED'))
                 order by m.submitted_at desc, m.id desc""", Map.of("person", personId, "zone", zone.getId()),
                (rs, n) -> {
                    Row row = row(rs, n);
                    LocalDate decided = rs.getObject("decided_on", LocalDate.class);
                    Long days = decided == null || row.submittedAt() == null ? null
                            : java.time.temporal.ChronoUnit.DAYS.between(row.submittedAt().atZone(zone).toLocalDate(), decided);
                    return new PersonMotion(row, rs.getBoolean("first_signatory"), decided, days);
                });
    }

    public List<Row> filedBy(long userId) {
        return jdbc.query(SELECT + " where m.filed_by = :user order by m.created_at desc, m.id desc",
                Map.of("user", userId), MotionQueries::row);
    }

    /** Motions this person is invited to sign and has not answered. */
    public List<Row> invitationsFor(long personId) {
        return jdbc.query(SELECT + """
                 join motion_cosigner mc on mc.motion_id = m.id
                 where mc.person_id = :person and mc.status = 'INVITED' and m.status = 'DRAFT'
                 order by m.created_at desc""", Map.of("person", personId), MotionQueries::row);
    }

    /** Submitted motions waiting for registration, oldest first. */
    public List<Row> inbox() {
        return jdbc.query(SELECT + " where m.status = 'SUBMITTED' order by m.submitted_at, m.id", Map.of(), MotionQueries::row);
    }

    /** Motions awaiting a decision whose deadline is past or within {@code warnDays}, most urgent first. */
    public List<Row> nearDeadline(LocalDate today, int warnDays) {
        return jdbc.query(SELECT + " where m.status in (" + AWAITING_DECISION + ") and m.deadline_on <= :limit "
                + "order by m.deadline_on, m.id", Map.of("limit", today.plusDays(warnDays)), MotionQueries::row);
    }

    public List<OverdueReferral> overdueReferrals(LocalDate today) {
        return jdbc.query("""
                select m.id, m.title, c.case_number, b.name, r.due_on
                from referral_request_v r
                join registry_case_v c on c.id = r.case_id
                join motion m on m.case_id = c.id
                join organisation_body_v b on b.id = r.body_id
                where r.status = 'PENDING' and r.due_on < :today
                order by r.due_on, r.id""", Map.of("today", today),
                (rs, i) -> new OverdueReferral(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, LocalDate.class)));
    }

    /** A motion on the report of unprepared motions: not yet decided on the report's date. */
    public record Unprepared(long id, String title, MotionStatus status, String caseNumber, String filers, String party,
                             LocalDate filedOn, LocalDate deadlineOn, String pendingReferrals, String latestChoice,
                             LocalDate latestChoiceOn) {

        public boolean isPastDeadline(LocalDate asOf) {
            return status.isPastDeadline(deadlineOn, asOf);
        }

        /** The message key for what remains before the council can decide. */
        public String remainingKey() {
            if (status == MotionStatus.REFERRED) {
                return pendingReferrals == null ? "remaining.REFERRED_ANSWERED" : "remaining.REFERRED";
            }
            return "remaining." + status;
        }
    }

    /** Every motion filed on or before {@code asOf} and not decided, deadline first: one statement. */
    public List<Unprepared> unprepared(LocalDate asOf) {
        return jdbc.query("""
                select m.id, m.title, m.status, c.case_number,
                       p.first_name || ' ' || p.last_name || coalesce(' (' || pa.abbreviation || ')', '')
                         || coalesce((select ', ' || string_agg(p2.first_name || ' ' || p2.last_name
                                        || coalesce(' (' || pa2.abbreviation || ')', ''), ', ' order by mc.id)
                                      from motion_cosigner mc join organisation_person_v p2 on p2.id = mc.person_id
                                      left join organisation_party_v pa2 on pa2.id = p2.party_id
                                      where mc.motion_id = m.id and mc.status = 'CONFIRMED'), '') as filers,
                       pa.abbreviation as party, (m.submitted_at at time zone :zone)::date as filed_on, m.deadline_on,
                       (select string_agg(b2.name, ', ' order by r.due_on) from referral_request_v r join organisation_body_v b2 on b2.id = r.body_id
                         where r.case_id = m.case_id and r.status = 'PENDING') as pending_referrals,
                       latest.choice, latest.decided_on
                from motion m
                join organisation_person_v p on p.id = m.first_signatory_id
                left join organisation_party_v pa on pa.id = m.party_id
                left join registry_case_v c on c.id = m.case_id
                left join lateral (select cc.choice, cc.decided_on from motion_council_choice cc where cc.motion_id = m.id
                                   order by cc.decided_on desc, cc.id desc limit 1) latest on true
                where m.status in (%s)
                  and (m.submitted_at at time zone :zone)::date <= :asOf
                order by m.deadline_on, m.id""".formatted(AWAITING_DECISION),
                Map.of("asOf", asOf, "zone", zone.getId()),
                (rs, i) -> new Unprepared(rs.getLong("id"), rs.getString("title"), MotionStatus.valueOf(rs.getString("status")),
                        rs.getString("case_number"), rs.getString("filers"), rs.getString("party"),
                        rs.getObject("filed_on", LocalDate.class), rs.getObject("deadline_on", LocalDate.class),
                        rs.getString("pending_referrals"), rs.getString("choice"), rs.getObject("decided_on", LocalDate.class)));
    }

    /** Everyone who has filed a submitted motion, for the list's filter. */
    public record Filer(long id, String name) {
    }

    public List<Filer> filers() {
        return jdbc.query("""
                select p.id, p.last_name || ', ' || p.first_name || coalesce(' (' || pa.abbreviation || ')', '') as name
                from organisation_person_v p left join organisation_party_v pa on pa.id = p.party_id
                where exists (select 1 from motion m where m.first_signatory_id = p.id and m.status <> 'DRAFT')
                order by p.last_name, p.first_name""", Map.of(), (rs, i) -> new Filer(rs.getLong(1), rs.getString(2)));
    }

    public List<Integer> years() {
        return jdbc.queryForList("select distinct filed_year from motion_tally where motions > 0 order by filed_year desc",
                Map.of(), Integer.class);
    }

    private static String where(Filter filter, MapSqlParameterSource params) {
        List<String> conditions = new ArrayList<>(List.of("m.status <> 'DRAFT'"));
        if (filter.status() != null && !filter.status().isBlank()) {
            if ("DECIDED".equals(filter.status())) {
                conditions.add("m.status like 'DECIDED\\_%'");
            } else if ("IN_PREPARATION".equals(filter.status())) {
                conditions.add("m.status in ('REGISTERED', 'REFERRED', 'PREPARED', 'SENT_BACK')");
            } else {
                conditions.add("m.status = :status");
                params.addValue("status", MotionStatus.valueOf(filter.status()).name());
            }
        }
        if (filter.bodyId() != null) {
            conditions.add("m.addressed_body_id = :body");
            params.addValue("body", filter.bodyId());
        }
        if (filter.year() != null) {
            conditions.add("m.filed_year = :year");
            params.addValue("year", filter.year());
        }
        if (filter.partyId() != null) {
            conditions.add("m.party_id = :party");
            params.addValue("party", filter.partyId());
        }
        if (filter.filerId() != null) {
            conditions.add("(m.first_signatory_id = :filer or exists (select 1 from motion_cosigner mc "
                    + "where mc.motion_id = m.id and mc.person_id = :filer and mc.status = 'CONFIRMED'))");
            params.addValue("filer", filter.filerId());
        }
        return " where " + String.join(" and ", conditions) + " ";
    }

    private static String orderBy(String sort) {
        return switch (sort == null ? "submitted" : sort) {
            case "deadline" -> " order by m.deadline_on nulls last, m.id";
            case "title" -> " order by lower(m.title), m.id";
            case "caseNumber" -> " order by c.case_number nulls last, m.id";
            default -> " order by m.submitted_at desc, m.id desc";
        };
    }

    private static Row row(ResultSet rs, int rowNumber) throws SQLException {
        Timestamp submitted = rs.getTimestamp("submitted_at");
        return new Row(rs.getLong("id"), rs.getString("title"), MotionStatus.valueOf(rs.getString("status")),
                rs.getString("case_number"), rs.getString("body"), rs.getString("filer"), rs.getString("party"),
                submitted == null ? null : submitted.toInstant(), rs.getObject("deadline_on", LocalDate.class));
    }
}
