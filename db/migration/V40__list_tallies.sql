-- Totals and filter choices of the motion list and the case register, kept by triggers in the same
-- transaction as the rows. A list page reads a few hundred tally rows instead of counting the whole
-- table (count(*) and distinct years were most of /motions' SQL at 100,000 motions). See ADR 0015.

-- Submitted motions (never drafts: no list counts them, and a draft's saves then touch no tally row).
create table motion_tally (
    status            varchar(30) not null,
    addressed_body_id bigint      not null,
    filed_year        smallint    not null,
    party_id          bigint      not null,  -- 0: no party
    motions           bigint      not null check (motions >= 0),
    primary key (status, addressed_body_id, filed_year, party_id)
);

create table case_tally (
    case_type     varchar(30) not null,
    owner_body_id bigint      not null,
    case_year     smallint    not null,
    cases         bigint      not null check (cases >= 0),
    primary key (case_type, owner_body_id, case_year)
);

-- One step of a tally: rows are changed in key order (the old key and the new key, lower first), so
-- that two transactions moving motions between the same two keys wait for each other, never deadlock.
create function motion_tally_change() returns trigger language plpgsql as $$
declare
    counted_old boolean := tg_op <> 'INSERT' and old.status <> 'DRAFT';
    counted_new boolean := tg_op <> 'DELETE' and new.status <> 'DRAFT';
    old_first   boolean;
begin
    if counted_old and counted_new
       and (old.status, old.addressed_body_id, old.filed_year, coalesce(old.party_id, 0))
           is not distinct from (new.status, new.addressed_body_id, new.filed_year, coalesce(new.party_id, 0)) then
        return null;
    end if;
    old_first := counted_old and (not counted_new
        or (old.status, old.addressed_body_id, old.filed_year, coalesce(old.party_id, 0))
           < (new.status, new.addressed_body_id, new.filed_year, coalesce(new.party_id, 0)));
    if old_first then
        update motion_tally set motions = motions - 1
        where status = old.status and addressed_body_id = old.addressed_body_id and filed_year = old.filed_year
          and party_id = coalesce(old.party_id, 0);
    end if;
    if counted_new then
        insert into motion_tally values (new.status, new.addressed_body_id, new.filed_year, coalesce(new.party_id, 0), 1)
        on conflict (status, addressed_body_id, filed_year, party_id) do update set motions = motion_tally.motions + 1;
    end if;
    if counted_old and not old_first then
        update motion_tally set motions = motions - 1
        where status = old.status and addressed_body_id = old.addressed_body_id and filed_year = old.filed_year
          and party_id = coalesce(old.party_id, 0);
    end if;
    return null;
end $$;

create trigger motion_tally_change after insert or delete or update of status, addressed_body_id, filed_year, party_id
    on motion for each row execute function motion_tally_change();

create function case_tally_change() returns trigger language plpgsql as $$
declare
    old_first boolean;
begin
    if tg_op = 'UPDATE' and (old.case_type, old.owner_body_id, old.case_year)
                            is not distinct from (new.case_type, new.owner_body_id, new.case_year) then
        return null;
    end if;
    old_first := tg_op = 'DELETE' or (tg_op = 'UPDATE'
        and (old.case_type, old.owner_body_id, old.case_year) < (new.case_type, new.owner_body_id, new.case_year));
    if old_first then
        update case_tally set cases = cases - 1
        where case_type = old.case_type and owner_body_id = old.owner_body_id and case_year = old.case_year;
    end if;
    if tg_op <> 'DELETE' then
        insert into case_tally values (new.case_type, new.owner_body_id, new.case_year, 1)
        on conflict (case_type, owner_body_id, case_year) do update set cases = case_tally.cases + 1;
    end if;
    if tg_op = 'UPDATE' and not old_first then
        update case_tally set cases = cases - 1
        where case_type = old.case_type and owner_body_id = old.owner_body_id and case_year = old.case_year;
    end if;
    return null;
end $$;

create trigger case_tally_change after insert or delete or update of case_type, owner_body_id, case_year
    on case_file for each row execute function case_tally_change();

-- Counts both tallies again from their tables: after a bulk load that skipped triggers
-- (session_replication_role = replica), or to check them (the tests compare the two).
create function sparbar_recount_list_tallies() returns void language sql as $$
    delete from motion_tally;
    insert into motion_tally
    select status, addressed_body_id, filed_year, coalesce(party_id, 0), count(*)
    from motion where status <> 'DRAFT' group by 1, 2, 3, 4;
    delete from case_tally;
    insert into case_tally
    select case_type, owner_body_id, case_year, count(*) from case_file group by 1, 2, 3;
$$;

select sparbar_recount_list_tallies();

-- The register's text filter (lower(title) like '%…%') from a trigram index, when pg_trgm is there.
do $$
begin
    if exists (select 1 from pg_extension where extname = 'pg_trgm') then
        create index ix_case_file_title_trgm on case_file using gin (lower(title) gin_trgm_ops);
    end if;
end
$$;

-- The register's tally as the registry publishes it to the other modules (as the views of V11).
create view registry_case_tally_v as select case_type, owner_body_id, case_year, cases from case_tally;
