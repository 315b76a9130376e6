package se.sparbar;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rows for the list benchmarks, inserted set-based in a few statements and respecting every
 * constraint of the tables: {@code n} cases and {@code n} motions, so that the case register and
 * the motion list are measured at the same size. Half the cases are motions' cases (the other half
 * audit reports, administrative cases, citizen proposals and follow-up reports, an eighth each);
 * half the motions are registered and carry those cases (an eighth referred, the rest registered,
 * prepared or decided), the other half submitted or withdrawn. Filing times run back from
 * 2026-11-01 one hour a row, so years 2015–2026 each hold about a twelfth of the rows.
 *
 * <p>The search index's triggers are skipped for speed (a benchmark of the lists, not of search):
 * the caller runs this with {@code session_replication_role = replica} and then calls
 * {@link #afterLoad}, which brings the lists' maintained tallies up to date and analyses the tables.
 */
public final class BenchmarkRows {

    /** Titles start with this, so that the rows can be told from the demo's and removed. */
    public static final String CASE_TITLE = "Benchmarkärende ";
    public static final String MOTION_TITLE = "Benchmarkmotion ";

    private BenchmarkRows() {
    }

    public static void insert(JdbcTemplate jdbc, int n) {
        jdbc.update("""
                insert into case_file (case_number, series, case_year, sequence_number, case_type, title, sender, received_on,
                                       registered_at, registered_by, owner_body_id)
                select s.n || '.' || s.y || ' BM', 'BM', s.y, s.n,
                       case when s.n % 2 = 0 then 'MOTION'
                            else (array['AUDIT_REPORT','ADMINISTRATIVE','CITIZEN_PROPOSAL','FOLLOW_UP_REPORT'])[1 + (s.n / 2) % 4] end,
                       ? || s.n, 'Avsändare ' || (s.n % 50), s.ts::date, s.ts, u.id,
                       case when s.n % 2 = 0 then kf.id else ks.id end
                from (select n, timestamptz '2026-11-01 12:00+01' - (n || ' hours')::interval as ts,
                             extract(year from timestamptz '2026-11-01 12:00+01' - (n || ' hours')::interval)::int as y
                      from generate_series(1, ?) n) s,
                     user_account u, body kf, body ks
                where u.username = 'clerk' and kf.abbreviation = 'KF' and ks.abbreviation = 'KS'""", CASE_TITLE, n);
        // motion k (1..n): odd k has the case of sequence number k + 1 (a MOTION case), even k has none
        jdbc.update("""
                insert into motion (case_id, addressed_body_id, title, motion_text, first_signatory_id, filed_by, party_id,
                                    contact_first_name, contact_last_name, created_at, submitted_at, filed_year, deadline_on,
                                    status, status_changed_at, withdrawn_at, decided_on)
                select c.id, kf.id, ? || s.k, 'Text', p.id, u.id, (select id from party order by id offset s.k % 9 limit 1),
                       'A', 'B', s.ts, s.ts, extract(year from s.ts)::int, (s.ts + interval '12 months')::date,
                       s.status, s.ts, case when s.status = 'WITHDRAWN' then s.ts end,
                       case when s.status like 'DECIDED%' then (s.ts + interval '10 months')::date end
                from (select k, timestamptz '2026-11-01 12:00+01' - (k || ' hours')::interval as ts,
                             case when k % 2 = 0 then (case when k % 10 < 4 then 'SUBMITTED' else 'WITHDRAWN' end)
                                  when k % 8 = 1 then 'REFERRED'
                                  else (array['REGISTERED','PREPARED','DECIDED_APPROVED','DECIDED_REJECTED'])[1 + (k / 8) % 4] end as status
                      from generate_series(1, ?) k) s
                left join case_file c on s.k % 2 = 1 and c.series = 'BM' and c.sequence_number = s.k + 1
                     and c.case_year = extract(year from timestamptz '2026-11-01 12:00+01' - ((s.k + 1) || ' hours')::interval)
                cross join body kf cross join person p cross join user_account u
                where kf.abbreviation = 'KF' and p.last_name = 'Sigfrids' and u.username = 'councillor'""", MOTION_TITLE, n);
    }

    /** After a load that skipped the triggers: the tallies counted again, the tables vacuumed and analysed. */
    public static void afterLoad(JdbcTemplate jdbc) {
        recountTallies(jdbc);
        for (String table : new String[] {"case_file", "motion"}) {
            jdbc.execute("vacuum analyze " + table);
        }
    }

    /** Removes what {@link #insert} added (triggers skipped again), and counts the tallies again. */
    public static void delete(JdbcTemplate jdbc) {
        // one call, so one connection: the setting holds for the deletes and is put back
        jdbc.execute("set session_replication_role = replica; "
                + "delete from motion where title like '" + MOTION_TITLE + "%'; "
                + "delete from case_file where series = 'BM' and title like '" + CASE_TITLE + "%'; "
                + "set session_replication_role = origin");
        recountTallies(jdbc);
    }

    /** The tallies of V40 counted again (a no-op on a schema before V40, so that a run can measure the code before them). */
    public static void recountTallies(JdbcTemplate jdbc) {
        jdbc.execute("do $$ begin if exists (select 1 from pg_proc where proname = 'sparbar_recount_list_tallies') then "
                + "perform sparbar_recount_list_tallies(); end if; end $$");
    }
}
