-- The items still new or being followed, by commune (issue 23): the commander's dashboard counts them and the monthly
-- review lists them and counts them in every month after the one they happened in; a small part of the register.
create index situation_item_open_idx on situation_item (commune_id, occurred_on)
    where status in ('NEW', 'FOLLOWING');
