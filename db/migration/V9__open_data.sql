-- Issue 11: open data (OParl 1.1 with an extension for votes and action plans). See ADR 0011.
-- 1. Every table whose rows the API publishes gets row_created_at / row_modified_at, kept by the
--    database itself (a trigger on update), so that `created` and `modified` are true whatever code
--    path wrote the row. Existing rows take the best time already known.
-- 2. Each owning module publishes a read-only view of what the public may see; the open-data module
--    reads only these views (docs/data-model.md, "Published views").

create function touch_row_modified() returns trigger language plpgsql as $$
begin
    new.row_modified_at := clock_timestamp();
    return new;
end;
$$;

alter table body          add column row_created_at timestamptz not null default now(), add column row_modified_at timestamptz not null default now();
alter table party         add column row_created_at timestamptz not null default now(), add column row_modified_at timestamptz not null default now();
alter table person        add column row_created_at timestamptz not null default now(), add column row_modified_at timestamptz not null default now();
alter table membership    add column row_created_at timestamptz not null default now(), add column row_modified_at timestamptz not null default now();
alter table meeting       add column row_created_at timestamptz not null default now(), add column row_modified_at timestamptz not null default now();
alter table minutes_paragraph add column row_created_at timestamptz not null default now(), add column row_modified_at timestamptz not null default now();
alter table motion        add column row_created_at timestamptz not null default now(), add column row_modified_at timestamptz not null default now();
alter table motion_cosigner add column row_modified_at timestamptz not null default now();
alter table statement     add column row_created_at timestamptz not null default now(), add column row_modified_at timestamptz not null default now();
alter table action_plan   add column row_created_at timestamptz not null default now(), add column row_modified_at timestamptz not null default now();
alter table action_item   add column row_created_at timestamptz not null default now(), add column row_modified_at timestamptz not null default now();
alter table progress_report add column row_modified_at timestamptz not null default now();
alter table follow_up_report add column row_modified_at timestamptz not null default now();

-- Existing rows: the times the domain already recorded (minutes are locked: their rows keep the default).
update motion set row_created_at = created_at, row_modified_at = greatest(created_at, status_changed_at);
update statement set row_created_at = recorded_at, row_modified_at = recorded_at;
update progress_report set row_modified_at = created_at;
update follow_up_report set row_modified_at = generated_at;

create trigger tr_touch_body before update on body for each row execute function touch_row_modified();
create trigger tr_touch_party before update on party for each row execute function touch_row_modified();
create trigger tr_touch_person before update on person for each row execute function touch_row_modified();
create trigger tr_touch_membership before update on membership for each row execute function touch_row_modified();
create trigger tr_touch_meeting before update on meeting for each row execute function touch_row_modified();
create trigger tr_touch_minutes_paragraph before update on minutes_paragraph for each row execute function touch_row_modified();
create trigger tr_touch_motion before update on motion for each row execute function touch_row_modified();
create trigger tr_touch_motion_cosigner before update on motion_cosigner for each row execute function touch_row_modified();
create trigger tr_touch_statement before update on statement for each row execute function touch_row_modified();
create trigger tr_touch_action_plan before update on action_plan for each row execute function touch_row_modified();
create trigger tr_touch_action_item before update on action_item for each row execute function touch_row_modified();
create trigger tr_touch_progress_report before update on progress_report for each row execute function touch_row_modified();
create trigger tr_touch_follow_up_report before update on follow_up_report for each row execute function touch_row_modified();

-- ---------------------------------------------------------------------------------------------
-- organisation: bodies, parties, people (names and party only: never an account or contact
-- detail), memberships.
create view organisation_body_public_v as
select b.id, b.abbreviation, b.name, b.type, b.active, b.row_created_at as created,
       greatest(b.row_modified_at, (select max(m.row_modified_at) from membership m where m.body_id = b.id)) as modified
from body b;

create view organisation_party_public_v as
select p.id, p.abbreviation, p.name, p.active, p.row_created_at as created,
       greatest(p.row_modified_at, (select max(x.row_modified_at) from person x where x.party_id = p.id)) as modified
from party p;

create view organisation_person_public_v as
select p.id, p.first_name, p.last_name, p.party_id, p.row_created_at as created,
       greatest(p.row_modified_at, (select max(m.row_modified_at) from membership m where m.person_id = p.id)) as modified
from person p;

create view organisation_membership_public_v as
select m.id, m.person_id, m.body_id, m.role, m.valid_from, m.valid_to, p.party_id,
       m.row_created_at as created, greatest(m.row_modified_at, p.row_modified_at) as modified
from membership m join person p on p.id = m.person_id;

-- ---------------------------------------------------------------------------------------------
-- meeting: every meeting's time, place and body (they are announced); what was said and decided
-- only once the minutes are posted on the notice board.
create view meeting_public_v as
select m.id, m.body_id, m.starts_at, m.ends_at, m.place, m.status, m.version, n.posted_on, n.posted_at,
       m.row_created_at as created,
       greatest(m.row_modified_at, n.posted_at, (select max(c.corrected_at) from minutes_correction c where c.meeting_id = m.id)) as modified
from meeting m left join notice_posting n on n.meeting_id = m.id;

create view meeting_paragraph_public_v as
select p.id, p.meeting_id, p.body_id, p.number, p.title, p.case_id, p.decision_text, p.outcome, p.decided_on,
       row_number() over (partition by p.meeting_id order by p.number) as position,
       m.starts_at as meeting_starts_at,
       (select max(c.corrected_at) from minutes_correction c where c.paragraph_id = p.id) as corrected_at,
       p.row_created_at as created,
       greatest(p.row_modified_at, n.posted_at, (select max(c.corrected_at) from minutes_correction c where c.paragraph_id = p.id)) as modified
from minutes_paragraph p join meeting m on m.id = p.meeting_id join notice_posting n on n.meeting_id = m.id
where m.status = 'POSTED';

create view meeting_correction_public_v as
select c.id, c.paragraph_id, c.description, c.reason, c.corrected_at
from minutes_correction c join meeting m on m.id = c.meeting_id
where m.status = 'POSTED' and c.paragraph_id is not null;

create view meeting_proposal_public_v as
select pp.id, pp.paragraph_id, pp.ordinal, pp.mover_person_id, pp.kind, pp.preference, pp.label, pp.proposal_text,
       (select string_agg(s.person_id::text, ',' order by s.person_id) from paragraph_proposal_supporter s where s.proposal_id = pp.id) as supporters
from paragraph_proposal pp join meeting_paragraph_public_v p on p.id = pp.paragraph_id;

create view meeting_decision_step_public_v as
select s.id, s.paragraph_id, s.ordinal, s.kind, s.first_proposal_id, s.second_proposal_id, s.winning_proposal_id,
       s.decided_by, s.casting_person_id, s.finding
from decision_step s join meeting_paragraph_public_v p on p.id = s.paragraph_id;

-- Every member's vote in a roll call: the ballots, plus the members called but absent (neither
-- present nor replaced by a serving substitute). Counts are computed from these rows.
create view meeting_vote_public_v as
select s.id as step_id, s.paragraph_id, b.person_id, b.ordinal, lower(b.choice) as option
from decision_step s join vote_ballot b on b.step_id = s.id join meeting_paragraph_public_v p on p.id = s.paragraph_id
where s.kind = 'VOTE'
union all
select s.id, s.paragraph_id, a.person_id, 100000 + a.id::integer, 'absent'
from decision_step s join meeting_paragraph_public_v p on p.id = s.paragraph_id
     join meeting_attendance a on a.meeting_id = p.meeting_id
where s.kind = 'VOTE' and not a.present and a.seat = 'MEMBER'
  and not exists (select 1 from meeting_attendance r where r.meeting_id = a.meeting_id and r.serving_for_person_id = a.person_id);

create view meeting_reservation_public_v as
select r.id, r.paragraph_id, r.person_id, r.party_id, r.written_text, r.written_received_at
from reservation r join meeting_paragraph_public_v p on p.id = r.paragraph_id;

create view meeting_non_participation_public_v as
select x.id, x.paragraph_id, x.person_id, x.kind
from paragraph_non_participation x join meeting_paragraph_public_v p on p.id = x.paragraph_id;

create view meeting_protocol_note_public_v as
select x.id, x.paragraph_id, x.person_id, x.note_text, x.consented_by_person_id
from protocol_note x join meeting_paragraph_public_v p on p.id = x.paragraph_id;

-- ---------------------------------------------------------------------------------------------
-- motion: submitted motions (never drafts, never the contact person); a withdrawn motion is
-- published as deleted.
create view motion_public_v as
select mo.id, mo.case_id, c.case_number, mo.title, mo.addressed_body_id, mo.first_signatory_id, mo.party_id,
       mo.submitted_at, mo.status, mo.decided_on, (mo.status = 'WITHDRAWN') as deleted,
       mo.row_created_at as created,
       greatest(mo.row_modified_at,
                (select max(cs.row_modified_at) from motion_cosigner cs where cs.motion_id = mo.id),
                (select max(greatest(p.row_modified_at, n.posted_at)) from minutes_paragraph p
                   join meeting m on m.id = p.meeting_id join notice_posting n on n.meeting_id = m.id
                  where p.case_id = mo.case_id and m.status = 'POSTED'),
                (select max(c.corrected_at) from minutes_correction c join minutes_paragraph p on p.id = c.paragraph_id
                  where p.case_id = mo.case_id)) as modified,
       (select string_agg(cs.person_id::text, ',' order by cs.id) from motion_cosigner cs
         where cs.motion_id = mo.id and cs.status = 'CONFIRMED') as cosigners
from motion mo left join case_file c on c.id = mo.case_id
where mo.status <> 'DRAFT';

-- referral: statements (yttranden) on public motions.
create view referral_statement_public_v as
select st.id, mo.id as motion_id, r.body_id, st.decided_on, st.body_decision_text, st.summary,
       st.row_created_at as created, st.row_modified_at as modified
from statement st join referral r on r.id = st.referral_id join motion mo on mo.case_id = r.case_id
where mo.status not in ('DRAFT', 'WITHDRAWN');

-- ---------------------------------------------------------------------------------------------
-- actionplan: adopted and closed plans, their items (no assigned officials), progress reports
-- (no author), follow-up reports.
create view actionplan_plan_public_v as
select pl.id, pl.case_id, pl.title, pl.purpose, pl.owner_body_id, pl.adopted_by_paragraph_id, pl.adopted_reference,
       pl.adopted_on, pl.period_from, pl.period_to, pl.status,
       (select mo.id from motion mo where mo.case_id = pl.case_id and mo.status not in ('DRAFT', 'WITHDRAWN')) as motion_id,
       pl.row_created_at as created,
       greatest(pl.row_modified_at, (select max(i.row_modified_at) from action_item i where i.plan_id = pl.id),
                (select max(pr.row_modified_at) from progress_report pr join action_item i on i.id = pr.item_id where i.plan_id = pl.id),
                (select max(f.row_modified_at) from follow_up_report f where f.plan_id = pl.id)) as modified
from action_plan pl
where pl.status <> 'DRAFT';

create view actionplan_item_public_v as
select i.id, i.plan_id, i.ordinal, i.title, i.responsible_text, i.timeline_text, i.due_on, i.next_due_on, i.effect_kind,
       i.planned_amount_sek, i.budget_year, i.realised_amount_sek, i.status,
       (select string_agg(l.paragraph_id::text, ',' order by l.paragraph_id) from action_item_link l
         where l.item_id = i.id and l.paragraph_id is not null) as paragraphs,
       i.row_created_at as created,
       greatest(i.row_modified_at, (select max(pr.row_modified_at) from progress_report pr where pr.item_id = i.id)) as modified
from action_item i join action_plan pl on pl.id = i.plan_id
where pl.status <> 'DRAFT';

create view actionplan_progress_public_v as
select pr.id, pr.item_id, i.plan_id, pr.reported_on, pr.status, pr.report_text, pr.realised_amount_sek, pr.realised_budget_year,
       pr.created_at as created, pr.row_modified_at as modified
from progress_report pr join action_item i on i.id = pr.item_id join action_plan pl on pl.id = i.plan_id
where pl.status <> 'DRAFT';

create view actionplan_follow_up_public_v as
select f.id, f.plan_id, f.body_id, r.closes_on, f.generated_at as created, f.row_modified_at as modified
from follow_up_report f join follow_up_round r on r.id = f.round_id join action_plan pl on pl.id = f.plan_id
where pl.status <> 'DRAFT';

-- Keyset pagination and the modified_since filter run on these.
create index ix_motion_row_modified on motion (row_modified_at, id);
create index ix_meeting_row_modified on meeting (row_modified_at, id);

-- settings: the municipality as the OParl Body.
alter table municipality_settings add column row_created_at timestamptz not null default now(),
                                  add column row_modified_at timestamptz not null default now();
create trigger tr_touch_municipality_settings before update on municipality_settings
    for each row execute function touch_row_modified();
create view settings_municipality_public_v as
select s.id, s.name, s.row_created_at as created, s.row_modified_at as modified from municipality_settings s;
