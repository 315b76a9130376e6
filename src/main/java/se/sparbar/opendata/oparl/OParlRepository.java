package se.sparbar.opendata.oparl;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The SQL behind the API. It names only the public views other modules publish (V9), so it sees
 * exactly what their public pages show. Every source yields {@code k} (which kind of row, for
 * objects served from more than one table) and {@code id}, the key lists are cut by, plus
 * {@code created}, {@code modified} and {@code deleted}.
 */
@Repository
@Transactional(readOnly = true)
class OParlRepository {

    enum Source {
        ORGANIZATION("""
                select 1 as k, b.id, b.abbreviation as short_name, b.name, b.type as org_type, b.active,
                       b.created, b.modified, false as deleted
                from organisation_body_public_v b
                union all
                select 2 as k, p.id, p.abbreviation as short_name, p.name, 'PARTY' as org_type, p.active,
                       p.created, p.modified, false as deleted
                from organisation_party_public_v p"""),
        PERSON("""
                select 1 as k, p.id, p.first_name, p.last_name, p.party_id, p.created, p.modified, false as deleted
                from organisation_person_public_v p"""),
        MEMBERSHIP("""
                select 1 as k, m.id, m.person_id, 1 as org_k, m.body_id as org_id, m.role, m.valid_from, m.valid_to,
                       m.party_id, m.created, m.modified, false as deleted
                from organisation_membership_public_v m
                union all
                select 2 as k, p.id, p.id as person_id, 2 as org_k, p.party_id as org_id, 'PARTY_MEMBER' as role,
                       null::date as valid_from, null::date as valid_to, p.party_id, p.created, p.modified, false as deleted
                from organisation_person_public_v p where p.party_id is not null"""),
        MEETING("""
                select 1 as k, m.id, m.body_id, b.name as body_name, b.abbreviation, m.starts_at, m.ends_at, m.place,
                       m.status, m.version, m.posted_on, m.posted_at, m.created, m.modified, false as deleted
                from meeting_public_v m join organisation_body_public_v b on b.id = m.body_id"""),
        AGENDA_ITEM("""
                select 1 as k, p.id, p.meeting_id, p.body_id, p.number, p.title, p.case_id, p.decision_text, p.outcome,
                       p.decided_on, p.position, p.corrected_at, p.created, p.modified, false as deleted,
                       (select mo.id from motion_public_v mo where mo.case_id = p.case_id and not mo.deleted) as motion_id
                from meeting_paragraph_public_v p"""),
        PAPER("""
                select 1 as k, mo.id, mo.case_number, mo.title as name, mo.addressed_body_id as body_id,
                       mo.first_signatory_id, mo.party_id, mo.cosigners, mo.submitted_at, null::date as paper_date,
                       null::bigint as motion_id, mo.status, mo.created, mo.modified, mo.deleted
                from motion_public_v mo
                union all
                select 2 as k, st.id, mo.case_number, b.name, st.body_id, null::bigint as first_signatory_id,
                       null::bigint as party_id, null::text as cosigners, null::timestamptz as submitted_at,
                       st.decided_on as paper_date, st.motion_id, null::varchar as status, st.created, st.modified,
                       false as deleted
                from referral_statement_public_v st join motion_public_v mo on mo.id = st.motion_id
                     join organisation_body_public_v b on b.id = st.body_id"""),
        CONSULTATION("""
                select 1 as k, p.id, p.meeting_id, p.body_id, p.outcome, mo.id as motion_id,
                       (mo.addressed_body_id = p.body_id) as addressed, p.created, p.modified, false as deleted
                from meeting_paragraph_public_v p join motion_public_v mo on mo.case_id = p.case_id and not mo.deleted"""),
        FILE("""
                select 1 as k, m.id, m.body_id, b.abbreviation, b.name as body_name, m.starts_at, m.posted_on,
                       m.posted_at as created, m.modified, false as deleted, null::varchar as name, null::varchar as file_name,
                       null::varchar as media_type, null::integer as size_bytes, null::varchar as sha512,
                       null::bigint as paper_motion_id, null::bigint as agenda_item_id, null::bigint as meeting_id
                from meeting_public_v m join organisation_body_public_v b on b.id = m.body_id
                where m.status = 'POSTED'
                union all
                select 2 as k, f.id, null::bigint as body_id, null::varchar as abbreviation, null::varchar as body_name,
                       null::timestamptz as starts_at, null::date as posted_on, f.created, f.modified, f.deleted, f.name,
                       f.file_name, f.media_type, f.size_bytes, f.sha512, f.paper_motion_id, f.agenda_item_id, f.meeting_id
                from files_file_public_v f"""),
        LOCATION("""
                select 1 as k, m.id, m.place, m.created, m.modified, false as deleted from meeting_public_v m"""),
        ACTION_PLAN("""
                select 1 as k, pl.id, pl.title, pl.purpose, pl.owner_body_id,
                       (select p.id from meeting_paragraph_public_v p where p.id = pl.adopted_by_paragraph_id) as paragraph_id,
                       pl.adopted_reference, pl.adopted_on, pl.period_from, pl.period_to, pl.status, pl.motion_id,
                       pl.created, pl.modified, false as deleted
                from actionplan_plan_public_v pl""");

        final String sql;
        /** One select per kind (k = 1, 2, …): a page is read kind by kind, each by its own primary key. */
        final List<String> parts;

        Source(String sql) {
            this.sql = sql;
            this.parts = List.of(sql.split("\\s+union all\\s+"));
        }
    }

    private final JdbcClient jdbc;

    OParlRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One page: at most {@code limit + 1} rows after the cursor (the extra row says whether there is a next page). */
    List<Map<String, Object>> page(Source source, ListQuery query) {
        List<Map<String, Object>> rows = new java.util.ArrayList<>();
        for (int kind = Math.max(1, query.afterKind()); kind <= source.parts.size() && rows.size() <= query.limit(); kind++) {
            long after = kind == query.afterKind() ? query.afterId() : 0;
            rows.addAll(jdbc.sql("select * from (" + source.parts.get(kind - 1) + ") o where " + FILTERS
                            + " and o.id > :aid order by o.id limit :n")
                    .params(filterParams(query)).param("aid", after).param("n", query.limit() + 1 - rows.size())
                    .query().listOfRows());
        }
        return rows;
    }

    long count(Source source, ListQuery query) {
        return jdbc.sql("select count(*) from (" + source.sql + ") o where " + FILTERS)
                .params(filterParams(query)).query(Long.class).single();
    }

    Optional<Map<String, Object>> one(Source source, int kind, long id) {
        if (kind < 1 || kind > source.parts.size()) {
            return Optional.empty();
        }
        return jdbc.sql("select * from (" + source.parts.get(kind - 1) + ") o where o.id = :id")
                .param("id", id).query().listOfRows().stream().findFirst();
    }

    /** Rows of a source whose column is one of the values (for the objects embedded in a page). */
    List<Map<String, Object>> where(Source source, String column, Collection<Long> values, String order) {
        if (values.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from (" + source.sql + ") o where not o.deleted and o." + column + " in (:values) order by " + order)
                .param("values", values).query().listOfRows();
    }

    /** Rows of a published view whose column is one of the values. */
    List<Map<String, Object>> rows(String sql, Collection<Long> values) {
        if (values.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(sql).param("values", values).query().listOfRows();
    }

    Map<String, Object> municipality() {
        return jdbc.sql("select name, created, modified from settings_municipality_public_v where id = 1").query().singleRow();
    }

    private static final String FILTERS = """
            (cast(:cs as timestamptz) is null or o.created >= :cs) and (cast(:cu as timestamptz) is null or o.created <= :cu)
             and (cast(:ms as timestamptz) is null or o.modified >= :ms) and (cast(:mu as timestamptz) is null or o.modified <= :mu)
             and (:deleted or not o.deleted)""";

    private static Map<String, Object> filterParams(ListQuery query) {
        return Map.of("cs", opt(query.createdSince()), "cu", opt(query.createdUntil()), "ms", opt(query.modifiedSince()),
                "mu", opt(query.modifiedUntil()), "deleted", query.includeDeleted());
    }

    private static Object opt(Object value) {
        return value == null ? new org.springframework.jdbc.core.SqlParameterValue(java.sql.Types.TIMESTAMP_WITH_TIMEZONE, null) : value;
    }
}
