-- Issue 9: the public case register (diarium) and case pages. The publicsite module reads other
-- modules' data only through these published views (named for the module that owns the data; see
-- docs/data-model.md), and lists stay fast at 100k cases on the indexes below.

-- registry: every registered case as the register shows it (registry_case_v of V13, with the parts of its number,
-- summary and sender)
create view registry_case_register_v as
select c.id, c.case_number, c.series, c.case_year, c.sequence_number, c.case_type, c.title, c.summary, c.sender,
       c.received_on, c.registered_at, c.owner_body_id
from case_file c;

-- referral: whether a case has been referred, is awaiting statements, has been prepared
create view referral_case_state_v as
select r.case_id, r.body_id, r.status, r.due_on from referral r;

create view referral_preparation_v as
select p.case_id, p.preparing_body_id, p.prepared_on from preparation p;

-- meeting: decisions on cases; published once the meeting's minutes are posted
create view meeting_case_decision_v as
select p.case_id, p.id as paragraph_id, p.body_id, p.outcome, p.decided_on, (m.status = 'POSTED') as published
from minutes_paragraph p join meeting m on m.id = p.meeting_id
where p.case_id is not null and p.outcome is not null;

create index ix_case_file_number_order on case_file (case_year desc, sequence_number desc, id desc);
create index ix_case_file_owner on case_file (owner_body_id, case_year desc, sequence_number desc);
create index ix_case_file_registered on case_file (registered_at desc, id desc);
create index ix_case_file_received on case_file (received_on desc, id desc);
create index ix_case_file_title on case_file (lower(title), id);
create index ix_referral_body_case on referral (body_id, case_id);
