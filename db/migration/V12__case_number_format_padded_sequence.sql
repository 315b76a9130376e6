-- The case-number format may pad its sequence ({seq:4}), as the settings page itself suggests;
-- the first check only knew the plain {seq} token and refused the padded one with a server error.
alter table municipality_settings drop constraint municipality_settings_case_number_format_check;
alter table municipality_settings add constraint municipality_settings_case_number_format_check
    check (case_number_format ~ '\{seq(:[1-9])?\}');
