package se.sparbar.referral.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.sparbar.referral.ReferralStatus;
import se.sparbar.shared.Paged;

/**
 * The clerk's list of referrals: which case went to whom, when, by when it is due and whether it
 * has been answered or is overdue. One count and one page query whatever the size; the CSV is one
 * streamed query. Reads the registry's and organisation's published views for the case and body.
 */
@Service
@Transactional(readOnly = true)
public class ReferralList {

    /** A line: the case, the body it was sent to, the dates and its status as of the day asked. */
    public record Line(long id, long caseId, String caseNumber, String caseTitle, String bodyName, LocalDate sentOn,
                       LocalDate dueOn, LocalDate answeredOn, ReferralStatus status) {
    }

    /** Filters: the body it went to, the status (overdue is pending past its due day), the year it was sent. */
    public record Filter(Long bodyId, ReferralStatus status, Integer year) {
    }

    private static final String FROM = """
            from referral r
            join registry_case_v c on c.id = r.case_id
            join organisation_body_v b on b.id = r.body_id
            left join statement s on s.referral_id = r.id
            """;

    private static final String SELECT =
            "select r.id, r.case_id, c.case_number, c.title, b.name, r.sent_on, r.due_on, r.status, s.decided_on " + FROM;

    private static final String ORDER = " order by r.due_on, r.id";

    private final NamedParameterJdbcTemplate jdbc;

    ReferralList(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Paged<Line> page(Filter filter, LocalDate today, int page, int size) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String where = where(filter, today, params);
        long total = jdbc.queryForObject("select count(*) " + FROM + where, params, Long.class);
        int lastPage = (int) Math.max(0, (total - 1) / size);
        int shown = Math.min(Math.max(page, 0), lastPage);
        params.addValue("limit", size).addValue("offset", (long) shown * size);
        List<Line> lines = jdbc.query(SELECT + where + ORDER + " limit :limit offset :offset", params,
                (rs, n) -> line(rs, today));
        return new Paged<>(lines, shown, size, total);
    }

    /** Every line the filter selects, in the list's order, one query. */
    public void each(Filter filter, LocalDate today, Consumer<Line> consumer) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String where = where(filter, today, params);
        jdbc.query(SELECT + where + ORDER, params, rs -> {
            consumer.accept(line(rs, today));
        });
    }

    /** The years referrals were sent in, newest first: the year filter's choices. */
    public List<Integer> years() {
        return jdbc.getJdbcTemplate().queryForList(
                "select distinct extract(year from sent_on)::int as y from referral order by y desc", Integer.class);
    }

    private static String where(Filter filter, LocalDate today, MapSqlParameterSource params) {
        StringBuilder where = new StringBuilder(" where true");
        if (filter.bodyId() != null) {
            where.append(" and r.body_id = :body");
            params.addValue("body", filter.bodyId());
        }
        if (filter.year() != null) {
            where.append(" and r.sent_on >= :from and r.sent_on < :until");
            int year = Math.max(1, Math.min(9998, filter.year()));
            params.addValue("from", LocalDate.of(year, 1, 1)).addValue("until", LocalDate.of(year + 1, 1, 1));
        }
        if (filter.status() != null) {
            params.addValue("today", today);
            where.append(switch (filter.status()) {
                case ANSWERED -> " and r.status = 'ANSWERED'";
                case PENDING -> " and r.status = 'PENDING' and r.due_on >= :today";
                case OVERDUE -> " and r.status = 'PENDING' and r.due_on < :today";
            });
        }
        return where.toString();
    }

    private static Line line(ResultSet rs, LocalDate today) throws SQLException {
        LocalDate dueOn = rs.getObject(7, LocalDate.class);
        ReferralStatus stored = ReferralStatus.valueOf(rs.getString(8));
        ReferralStatus status = stored == ReferralStatus.PENDING && dueOn.isBefore(today) ? ReferralStatus.OVERDUE : stored;
        return new Line(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getObject(6, LocalDate.class), dueOn, rs.getObject(9, LocalDate.class), status);
    }
}
