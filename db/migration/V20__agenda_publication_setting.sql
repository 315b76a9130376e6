-- How many days before a meeting its agenda (ärendelista) is public: a setting, 7 by default.
alter table municipality_settings add column agenda_public_days_before integer not null default 7
    check (agenda_public_days_before between 0 and 60);
alter table municipality_settings_aud add column agenda_public_days_before integer;
