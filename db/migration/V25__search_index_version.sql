-- The search index's version, for caching results until the index changes (ADR 0010, "Caching").
-- Every transaction that changes search_entry raises it once, at its commit: a deferred constraint
-- trigger, so the row is locked only in the instant before the commit, after every other lock the
-- transaction takes (an immediate trigger would hold it from the first change and could deadlock
-- two transactions that change two records in opposite order). A reader reads the version before
-- it searches, so a result cached under a version is at least as new as that version.
create table search_index_version (
    id      integer primary key check (id = 1),
    version bigint  not null
);
insert into search_index_version (id, version) values (1, 0);

create function search_index_raise_version() returns trigger language plpgsql as $$
begin
    if current_setting('sparbar.search_version_raised', true) is distinct from 'y' then
        perform set_config('sparbar.search_version_raised', 'y', true);
        update search_index_version set version = version + 1 where id = 1;
    end if;
    return null;
end
$$;

create constraint trigger search_entry_raises_version
    after insert or update or delete on search_entry
    deferrable initially deferred
    for each row execute function search_index_raise_version();

-- A transaction that has changed the index reads its own changes, which no cached result holds yet:
-- it marks itself, and searches in it bypass the cache.
create function search_index_mark_changed() returns trigger language plpgsql as $$
begin
    perform set_config('sparbar.search_index_changed', 'y', true);
    return null;
end
$$;

create trigger search_entry_marks_transaction
    after insert or update or delete on search_entry
    for each statement execute function search_index_mark_changed();
