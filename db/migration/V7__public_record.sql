-- The public record: one append-only row per thing that happened to a case, a meeting or an item
-- (../shared/PUBLIC-RECORD.md, docs/adr/0008-public-record.md). Written only by the record module, in
-- the same transaction as the change it records; read by the case timeline, feeds, notifications
-- and the open-data API. Who may see a row is decided once, here, when it is written.
create table record_event (
    id bigint generated always as identity primary key,
    kind varchar(40) not null check (kind ~ '^[A-Z][A-Z_]{2,39}$'),  -- RecordKind; the Java enum is the list
    occurred_at timestamptz not null,  -- when it was recorded (the application clock)
    event_date date not null,          -- the business date: received, sent, decided, posted … (municipality's zone)
    audience varchar(10) not null check (audience in ('PUBLIC', 'STAFF', 'PRIVATE')),
    public_from timestamptz,           -- PUBLIC rows: from when the public may see it (an agenda: days before the meeting)
    case_id bigint references case_file (id),
    motion_id bigint references motion (id),
    body_id bigint references body (id),
    meeting_id bigint references meeting (id),
    paragraph_id bigint references minutes_paragraph (id),
    referral_id bigint references referral (id),
    action_plan_id bigint references action_plan (id),
    action_item_id bigint references action_item (id),
    person_id bigint references person (id),        -- whom it concerns: the first signatory, an invited co-signer
    actor_account_id bigint references user_account (id),
    summary varchar(500) not null default '',
    details jsonb not null default '{}'::jsonb check (jsonb_typeof(details) = 'object'),
    constraint ck_record_event_public_from check ((audience = 'PUBLIC') = (public_from is not null))
);
create index ix_record_event_case on record_event (case_id, event_date, id) where case_id is not null;
create index ix_record_event_motion on record_event (motion_id) where motion_id is not null;
create index ix_record_event_item on record_event (action_item_id) where action_item_id is not null;
create index ix_record_event_plan on record_event (action_plan_id) where action_plan_id is not null;
create index ix_record_event_body on record_event (body_id, id desc) where body_id is not null;
create index ix_record_event_person on record_event (person_id, id desc) where person_id is not null;
create index ix_record_event_meeting on record_event (meeting_id) where meeting_id is not null;
create index ix_record_event_kind on record_event (kind, id desc);

create function refuse_record_change() returns trigger language plpgsql as $$
begin
    raise exception 'record_event is append-only' using errcode = 'check_violation';
end $$;
create trigger tr_record_event_append_only before update or delete on record_event
    for each row execute function refuse_record_change();
