-- Household counts per village (issue 8, docs/performance.md change 42): the population summary counted every
-- household of the scope per village on every request (3,000 for a post, 10 ms of the database under load; 45,000
-- for a province). As activity_month_total (V043) and household_poverty_total (V045), PostgreSQL keeps it exact
-- itself, whoever writes: a household counts in its commune and village while it is not archived.
create table household_village_total (
    commune_id bigint  not null,
    village_id bigint  not null,
    households integer not null,
    persons    bigint  not null,
    poor       integer not null,
    near_poor  integer not null,
    primary key (commune_id, village_id)
);

create function household_village_total_add(c bigint, v bigint, d integer, m bigint, s varchar) returns void
    language sql as
$$
insert into household_village_total as t (commune_id, village_id, households, persons, poor, near_poor)
values (c, v, d, d * m, case when s = 'POOR' then d else 0 end, case when s = 'NEAR_POOR' then d else 0 end)
on conflict (commune_id, village_id) do update
    set households = t.households + excluded.households, persons = t.persons + excluded.persons,
        poor = t.poor + excluded.poor, near_poor = t.near_poor + excluded.near_poor
$$;

create function household_village_total_sync() returns trigger
    language plpgsql as
$$
begin
    if tg_op = 'UPDATE' and old.commune_id = new.commune_id and old.village_id = new.village_id
            and old.members = new.members and old.poverty_status = new.poverty_status
            and old.archived = new.archived then
        return null; -- a change of name, phone, notes, cadre: nothing counted here changed
    end if;
    if tg_op in ('UPDATE', 'DELETE') and not old.archived then
        perform household_village_total_add(old.commune_id, old.village_id, -1, old.members, old.poverty_status);
    end if;
    if tg_op in ('UPDATE', 'INSERT') and not new.archived then
        perform household_village_total_add(new.commune_id, new.village_id, 1, new.members, new.poverty_status);
    end if;
    return null;
end
$$;

create trigger household_village_total_sync
    after insert or delete or update on household
    for each row
execute function household_village_total_sync();

-- the whole table again (here, and after a bulk load with the trigger disabled: the benchmark's generator)
create function household_village_total_rebuild() returns void
    language sql as
$$
delete from household_village_total;
insert into household_village_total (commune_id, village_id, households, persons, poor, near_poor)
select h.commune_id, h.village_id, count(*), sum(h.members), count(*) filter (where h.poverty_status = 'POOR'),
       count(*) filter (where h.poverty_status = 'NEAR_POOR')
from household h
where not h.archived
group by 1, 2;
$$;

select household_village_total_rebuild();
