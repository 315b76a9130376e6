-- Search (V8, ADR 0010) finds the text of attached files (V15, ADR 0014): one entry of kind FILE per
-- file, whose audience is its owner's — a case's file is public, a submitted motion's file public, a
-- draft's file its first signatory's only, a withdrawn motion's file staff's, a paragraph's file public
-- once the minutes are posted. A depublished file leaves the index in the same transaction.

alter table search_entry drop constraint search_entry_kind_check;
alter table search_entry add constraint search_entry_kind_check
    check (kind in ('MOTION', 'CASE', 'STATEMENT', 'PARAGRAPH', 'GOVERNING_DOCUMENT', 'ACTION_PLAN', 'ACTION_ITEM',
                    'PROGRESS_REPORT', 'PERSON', 'BODY', 'FILE'));

create function search_refresh_file(p_id bigint) returns void language plpgsql as $$
declare
    f record;
    v_audience varchar(10);
    v_readers bigint[];
    v_body bigint;
    v_case varchar(60);
begin
    select * into f from attached_file where id = p_id;
    if not found or f.deleted then
        perform search_drop('FILE', p_id);
        return;
    end if;
    if f.case_id is not null then
        select 'PUBLIC', c.owner_body_id, c.case_number into v_audience, v_body, v_case
        from case_file c where c.id = f.case_id;
    elsif f.motion_id is not null then
        select case mo.status when 'DRAFT' then 'OWNER' when 'WITHDRAWN' then 'STAFF' else 'PUBLIC' end,
               case when mo.status = 'DRAFT' then array[mo.first_signatory_id] end,
               mo.addressed_body_id, c.case_number
          into v_audience, v_readers, v_body, v_case
        from motion mo left join case_file c on c.id = mo.case_id where mo.id = f.motion_id;
    else
        select case when m.status = 'POSTED' then 'PUBLIC' else 'STAFF' end, p.body_id, c.case_number
          into v_audience, v_body, v_case
        from minutes_paragraph p join meeting m on m.id = p.meeting_id left join case_file c on c.id = p.case_id
        where p.id = f.paragraph_id;
    end if;
    perform search_put('FILE', f.id, f.name, f.extracted_text, f.file_name, (f.created_at at time zone 'UTC')::date,
        extract(year from f.created_at at time zone 'UTC')::integer, v_body, v_case, null, v_audience, v_readers,
        '/files/' || f.id);
end
$$;

create function search_on_file_change() returns trigger language plpgsql as $$
begin
    case tg_table_name
        when 'attached_file' then
            perform search_refresh_file(new.id);
        when 'motion' then
            perform search_refresh_file(f.id) from attached_file f where f.motion_id = new.id;
        when 'meeting' then
            perform search_refresh_file(f.id) from attached_file f join minutes_paragraph p on p.id = f.paragraph_id
            where p.meeting_id = new.id;
    end case;
    return null;
end
$$;

create trigger search_attached_file after insert or update on attached_file
    for each row execute function search_on_file_change();
create trigger search_attached_file_motion after update of status on motion
    for each row when (old.status is distinct from new.status) execute function search_on_file_change();
create trigger search_attached_file_meeting after update of status on meeting
    for each row when (old.status is distinct from new.status) execute function search_on_file_change();
