-- A group's member households carry their members, kept equal to the household's by triggers, so that the period
-- report's groups (persons in the groups' households) read the links alone, index-only, instead of one household by
-- its primary key per link: a post's five-year report looked up 400 households per view (0.7 ms of its PostgreSQL
-- time), a province's 6,000 (docs/performance.md, change 68).
alter table self_managed_group_household add column members integer not null default 0;
update self_managed_group_household gh set members = h.members from household h where h.id = gh.household_id;
create index self_managed_group_household_members_idx on self_managed_group_household (group_id)
    include (household_id, members);

-- a link written (JPA writes the group's households as rows of (group_id, household_id)) takes the household's members
create function self_managed_group_household_members() returns trigger language plpgsql as $$
begin
    select h.members into new.members from household h where h.id = new.household_id;
    return new;
end $$;
create trigger self_managed_group_household_members before insert or update on self_managed_group_household
    for each row execute function self_managed_group_household_members();

-- a household's new size reaches its links
create function household_members_to_groups() returns trigger language plpgsql as $$
begin
    update self_managed_group_household set members = new.members where household_id = new.id;
    return null;
end $$;
create trigger household_members_to_groups after update of members on household
    for each row when (old.members is distinct from new.members) execute function household_members_to_groups();
