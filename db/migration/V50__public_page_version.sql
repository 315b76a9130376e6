-- Issue 15: public pages answer conditional requests with 304 and are served from a cache of rendered
-- pages until the data they show changes (ADR 0016). One number says whether anything has changed:
-- every transaction that changes a table the public pages read raises it once, at its commit, as the
-- search index's version does (V25): a deferred constraint trigger, so the row is locked only in the
-- instant before the commit, after every other lock the transaction takes.
create table public_page_version (
    id         integer     primary key check (id = 1),
    version    bigint      not null,
    changed_at timestamptz not null
);
insert into public_page_version (id, version, changed_at) values (1, 0, clock_timestamp());

create function public_page_raise_version() returns trigger language plpgsql as $$
begin
    if current_setting('sparbar.public_version_raised', true) is distinct from 'y' then
        perform set_config('sparbar.public_version_raised', 'y', true);
        update public_page_version set version = version + 1, changed_at = clock_timestamp() where id = 1;
    end if;
    return null;
end
$$;

-- Called for every table of the record: this migration's tables now, and by each later migration
-- for the tables it creates (PublicPageVersionTest fails on a table that has neither this trigger
-- nor a place in its list of tables no public page reads).
create function public_page_watch(p_table text) returns void language plpgsql as $$
begin
    execute format('create constraint trigger %I after insert or update or delete on %I deferrable initially deferred '
                   'for each row execute function public_page_raise_version()', p_table || '_changes_public_pages', p_table);
end
$$;

-- Left out: what no public page shows (accounts, sign-in events, notification deliveries, Flyway's
-- history), the audit tables (they change with the tables they audit) and what is derived from other
-- tables in the same transaction (the search index, the lists' tallies, number counters).
do $$
declare
    t record;
begin
    for t in
        select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where c.relkind in ('r', 'p') and n.nspname = current_schema()
          and c.relname not in ('flyway_schema_history', 'public_page_version', 'revision', 'security_event',
                                'user_account', 'user_account_role', 'case_tally', 'motion_tally',
                                'case_number_counter', 'paragraph_number_counter')
          and c.relname not like '%\_aud' and c.relname not like 'search\_%' and c.relname not like 'notification\_%'
        order by c.relname
    loop
        perform public_page_watch(t.relname);
    end loop;
end
$$;
