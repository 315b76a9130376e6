package se.sparbar.publicsite.web;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.sparbar.registry.CaseType;
import se.sparbar.shared.Paged;

/**
 * The case register as a list: one statement for the page's rows and one for the count, whatever
 * the size of the register, over the published views of V11 and their tables' indexes. A case's
 * state is derived, never stored: decided (a decision the reader may see), prepared, referred or
 * registered; a decision is counted for the public only once its minutes are posted.
 */
@Component
@Transactional(readOnly = true)
class CaseRegisterQueries {

    static final List<String> SORTS = List.of("number", "received", "title");

    /** A line of the register. */
    public record Row(long id, String caseNumber, CaseType type, String title, String sender, LocalDate receivedOn,
                      Instant registeredAt, String body, CaseState state) {
    }

    /** What the register is filtered and sorted by; null means "all". */
    public record Filter(CaseType type, Long bodyId, Integer year, CaseState state, String text, String sort) {
    }

    private final NamedParameterJdbcTemplate jdbc;

    CaseRegisterQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    private static String select(boolean staff) {
        String visible = staff ? "true" : "d.published";
        return """
                select c.id, c.case_number, c.case_type, c.title, c.sender, c.received_on, c.registered_at, b.name as body,
                       %s as state
                from registry_case_register_v c
                join organisation_body_v b on b.id = c.owner_body_id
                """.formatted(state(visible));
    }

    /** The state as one SQL expression: each branch is an index look-up by case id. */
    private static String state(String visible) {
        return """
                case when exists (select 1 from meeting_case_decision_v d where d.case_id = c.id and %s) then 'DECIDED'
                     when exists (select 1 from referral_preparation_v p where p.case_id = c.id) then 'PREPARED'
                     when exists (select 1 from referral_case_state_v r where r.case_id = c.id) then 'REFERRED'
                     else 'REGISTERED' end""".formatted(visible);
    }

    Paged<Row> search(Filter filter, boolean staff, int page, int size) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String where = where(filter, staff, params);
        long total = jdbc.queryForObject(count(filter, where), params, Long.class);
        int lastPage = (int) Math.max(0, (total - 1) / size);
        int shown = Math.min(Math.max(page, 0), lastPage);
        params.addValue("limit", size).addValue("offset", (long) shown * size);
        List<Row> rows = jdbc.query(select(staff) + where + orderBy(filter.sort()) + " limit :limit offset :offset", params,
                CaseRegisterQueries::row);
        return new Paged<>(rows, shown, size, total);
    }

    /** Every matching row, streamed (for CSV): memory stays flat however many there are. */
    void each(Filter filter, boolean staff, Consumer<Row> sink) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String where = where(filter, staff, params);
        jdbc.query(select(staff) + where + orderBy(filter.sort()), params, resultSet -> {
            sink.accept(row(resultSet, 0));
        });
    }

    /**
     * The total of a filter. By type, year and owning body it is a sum over the tally of V40 (a row
     * per type, body and year, whatever the size of the register); a body's total adds the cases
     * referred to it that it does not own, from the referral index. A text or state filter counts
     * the matching cases (the title's trigram index finds the text).
     */
    private static String count(Filter filter, String where) {
        if (filter.text() != null && !filter.text().isBlank() || filter.state() != null) {
            return "select count(*) from registry_case_register_v c " + where;
        }
        String type = filter.type() == null ? "" : " and c.case_type = :type";
        String year = filter.year() == null ? "" : " and c.case_year = :year";
        String owned = "select coalesce(sum(c.cases), 0) from registry_case_tally_v c where true" + type + year;
        if (filter.bodyId() == null) {
            return "select (" + owned + ")";
        }
        return "select (" + owned + " and c.owner_body_id = :body) + (select count(distinct r.case_id) from referral_case_state_v r"
                + " join registry_case_register_v c on c.id = r.case_id where r.body_id = :body and c.owner_body_id <> :body"
                + type + year + ")";
    }

    List<Integer> years() {
        return jdbc.queryForList("select distinct case_year from registry_case_tally_v where cases > 0 order by case_year desc",
                new MapSqlParameterSource(), Integer.class);
    }

    /** The latest registered cases, for the start page. */
    List<Row> latest(boolean staff, int limit) {
        return jdbc.query(select(staff) + " order by c.registered_at desc, c.id desc limit :limit",
                new MapSqlParameterSource("limit", limit), CaseRegisterQueries::row);
    }

    /** Every case id with its registration time, for the sitemap. */
    void eachId(Consumer<long[]> sink) {
        jdbc.query("select id, extract(epoch from registered_at)::bigint from registry_case_register_v order by id", new MapSqlParameterSource(),
                resultSet -> {
                    sink.accept(new long[] {resultSet.getLong(1), resultSet.getLong(2)});
                });
    }

    private static String where(Filter filter, boolean staff, MapSqlParameterSource params) {
        List<String> conditions = new ArrayList<>(List.of("true"));
        if (filter.type() != null) {
            conditions.add("c.case_type = :type");
            params.addValue("type", filter.type().name());
        }
        if (filter.bodyId() != null) {
            // the body that owns the case, or one it was referred to
            conditions.add("(c.owner_body_id = :body or exists (select 1 from referral_case_state_v r "
                    + "where r.case_id = c.id and r.body_id = :body))");
            params.addValue("body", filter.bodyId());
        }
        if (filter.year() != null) {
            conditions.add("c.case_year = :year");
            params.addValue("year", filter.year());
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            conditions.add("lower(c.title) like :text escape '\\'");
            params.addValue("text", "%" + escapeLike(filter.text().strip().toLowerCase(Locale.ROOT)) + "%");
        }
        if (filter.state() != null) {
            conditions.add(state(staff ? "true" : "d.published") + " = :state");
            params.addValue("state", filter.state().name());
        }
        return " where " + String.join(" and ", conditions) + " ";
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static String orderBy(String sort) {
        return switch (sort == null ? "number" : sort) {
            case "received" -> " order by c.received_on desc, c.id desc";
            case "title" -> " order by lower(c.title), c.id";
            default -> " order by c.case_year desc, c.sequence_number desc, c.id desc";
        };
    }

    private static Row row(ResultSet rs, int rowNumber) throws SQLException {
        return new Row(rs.getLong("id"), rs.getString("case_number"), CaseType.valueOf(rs.getString("case_type")),
                rs.getString("title"), rs.getString("sender"), rs.getObject("received_on", LocalDate.class),
                rs.getTimestamp("registered_at").toInstant(), rs.getString("body"), CaseState.valueOf(rs.getString("state")));
    }
}
