-- A motion prepared while referrals of its case were still unanswered keeps the clerk's reason
-- for going ahead without them (the explicit choice the rule asks for); audited like the motion.
alter table motion add column prepared_despite_referrals varchar(2000);
alter table motion_aud add column prepared_despite_referrals varchar(2000);
