-- Poverty counts per commune, year and status (issue 8, docs/performance.md "Poverty counts"): the dashboards' poverty
-- trend and the period reports joined every poverty row of the scope's households with the households on every
-- request (30,000 rows for the largest post, 22 ms; 440,000 for a province, 200 ms). A commune has one row per year
-- and status here. As activity_month_total (V043), PostgreSQL keeps it exact itself: a poverty row counts while its
-- household is not archived, in the household's commune.
create table household_poverty_total (
    commune_id bigint      not null,
    year       integer     not null,
    status     varchar(12) not null,
    n          integer     not null,
    primary key (commune_id, year, status)
);

create function household_poverty_total_add(c bigint, y integer, s varchar, d integer) returns void
    language sql as
$$
insert into household_poverty_total as t (commune_id, year, status, n)
values (c, y, s, d)
on conflict (commune_id, year, status) do update set n = t.n + excluded.n
$$;

-- a poverty row written: counted in its household's commune unless the household is archived (a row deleted with
-- its household is not found here; the household's own trigger below has already taken it out)
create function household_poverty_total_sync() returns trigger
    language plpgsql as
$$
declare
    c bigint;
begin
    if tg_op in ('UPDATE', 'DELETE') then
        select h.commune_id into c from household h where h.id = old.household_id and not h.archived;
        if found then
            perform household_poverty_total_add(c, old.year, old.status, -1);
        end if;
    end if;
    if tg_op in ('UPDATE', 'INSERT') then
        select h.commune_id into c from household h where h.id = new.household_id and not h.archived;
        if found then
            perform household_poverty_total_add(c, new.year, new.status, 1);
        end if;
    end if;
    return null;
end
$$;

create trigger household_poverty_total_sync
    after insert or delete or update on household_poverty
    for each row
execute function household_poverty_total_sync();

-- a household archived, restored, moved to another commune or deleted: its poverty rows move with it
create function household_poverty_total_move() returns trigger
    language plpgsql as
$$
begin
    if tg_op = 'DELETE' or old.archived is distinct from new.archived or old.commune_id is distinct from new.commune_id then
        if not old.archived then
            perform household_poverty_total_add(old.commune_id, hp.year, hp.status, -1)
            from household_poverty hp where hp.household_id = old.id;
        end if;
        if tg_op = 'UPDATE' and not new.archived then
            perform household_poverty_total_add(new.commune_id, hp.year, hp.status, 1)
            from household_poverty hp where hp.household_id = new.id;
        end if;
    end if;
    if tg_op = 'DELETE' then
        return old;
    end if;
    return null;
end
$$;

create trigger household_poverty_total_move
    after update of archived, commune_id on household
    for each row
execute function household_poverty_total_move();

create trigger household_poverty_total_delete
    before delete on household
    for each row
execute function household_poverty_total_move();

-- the whole table again (here, and after a bulk load with the triggers disabled: the benchmark's generator)
create function household_poverty_total_rebuild() returns void
    language sql as
$$
delete from household_poverty_total;
insert into household_poverty_total (commune_id, year, status, n)
select h.commune_id, hp.year, hp.status, count(*)
from household_poverty hp join household h on h.id = hp.household_id
where not h.archived
group by 1, 2, 3;
$$;

select household_poverty_total_rebuild();
