-- A planned meeting can be cancelled (inställt): the reason and the time are kept, the meeting stays
-- in the register, and calendars and open data say CANCELLED rather than losing it.
alter table meeting drop constraint meeting_status_check;
alter table meeting add constraint meeting_status_check
    check (status in ('PLANNED', 'HELD', 'ADJUSTED', 'POSTED', 'CANCELLED'));
alter table meeting add column cancelled_at timestamptz;
alter table meeting add column cancellation_reason varchar(1000);
alter table meeting add constraint ck_meeting_cancelled
    check ((status = 'CANCELLED') = (cancelled_at is not null and cancellation_reason is not null));
-- the audit trail (Envers) keeps every version of the meeting, the cancellation too
alter table meeting_aud add column cancelled_at timestamptz;
alter table meeting_aud add column cancellation_reason varchar(1000);
