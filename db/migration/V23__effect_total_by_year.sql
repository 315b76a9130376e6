-- An action item's financial effect may be a total to reach by its budget year (buffers built up over a term),
-- besides none, a one-off amount and an amount per year. Such totals are not added into the plan's totals.
alter table action_item drop constraint action_item_effect_kind_check;
alter table action_item add constraint action_item_effect_kind_check
    check (effect_kind in ('NONE', 'ONE_OFF', 'PER_YEAR', 'TOTAL_BY_YEAR'));
