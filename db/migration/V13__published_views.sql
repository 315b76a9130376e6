-- The views each module publishes for other modules' SQL reads (docs/data-model.md, "Published views").
-- A module's Java SQL names only its own tables and these views (ModuleTablesTest), so a module can
-- change its tables as long as it keeps its views. Plain views: PostgreSQL inlines them into the query.

-- organisation
create view organisation_body_v as
    select id, abbreviation, name, type, active from body;

create view organisation_party_v as
    select id, abbreviation, name, active from party;

create view organisation_person_v as
    select id, first_name, last_name, first_name || ' ' || last_name as display_name, party_id, user_account_id from person;

create view organisation_account_v as
    select id, display_name, job_title, enabled from user_account;

create view organisation_account_role_v as
    select user_account_id, role from user_account_role;

-- registry
create view registry_case_v as
    select id, case_number, case_type, title, owner_body_id, received_on, registered_at from case_file;

-- referral
create view referral_request_v as
    select id, case_id, body_id, sent_on, due_on, status from referral;

-- meeting: a paragraph with what its reference ("KF 2024-11-27 § 149") is made of; the meeting's date
-- is taken in the municipality's time zone by the reader.
create view meeting_paragraph_v as
    select p.id, p.meeting_id, p.body_id, b.abbreviation as body_abbreviation, p.number, p.case_id, p.title, p.outcome,
           p.decided_on, m.starts_at as meeting_starts_at, m.status as meeting_status
    from minutes_paragraph p
    join meeting m on m.id = p.meeting_id
    join organisation_body_v b on b.id = p.body_id;
