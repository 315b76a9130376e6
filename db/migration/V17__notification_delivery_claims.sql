-- The worker claims a batch of deliveries (FOR UPDATE SKIP LOCKED) for a short lease and sends them over one
-- SMTP connection, marking each one sent as soon as the server has accepted it. A worker that dies leaves its
-- unsent rows claimed until the lease ends; then another worker takes them.
alter table notification_delivery add column claimed_by varchar(80);
alter table notification_delivery add column claimed_until timestamptz;
create index ix_delivery_due_digest on notification_delivery (subscription_id, next_attempt_at) where status = 'PENDING' and digest;
