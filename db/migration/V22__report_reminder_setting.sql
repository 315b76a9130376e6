-- How many days before a follow-up round closes an official whose report is missing is reminded: a setting,
-- 14 by default (it was a property of the application before).
alter table municipality_settings add column report_reminder_days integer not null default 14
    check (report_reminder_days between 1 and 90);
alter table municipality_settings_aud add column report_reminder_days integer;
