-- An activity carried out under a planned item (issue 24): the link is the activity's, chosen on its form among the
-- open items of its month (docs/architecture.md, "Plans and the activity log"); nothing is marked done by it.
alter table activity add column planned_item_id bigint references planned_item (id);
create index activity_planned_item_idx on activity (planned_item_id) where planned_item_id is not null;
