-- Monthly totals of programme support (issue 24, docs/performance.md "Totals kept by the database"). The programme
-- list and the period report summed a scope's support rows on every request, three times per view of the provincial
-- command's list (a province: about 46,000 rows; 64 ms of PostgreSQL per view). Grouped by programme, commune, month
-- and kind of support, the national set's 1,528,500 support rows are about 222,000 rows, a province's about 6,500.
--
-- As activity_month_total (V043): PostgreSQL keeps the table exact itself, whatever writes the support (the
-- application, an import, psql), in the writer's transaction. programme_id and commune_id are those of the support's
-- beneficiary (programme_beneficiary), so a beneficiary moved to another programme or commune moves its supports'
-- totals. Readers take whole months from here and the days of a partial first or last month from programme_support
-- (ProgrammeSupportRows). A row whose support has all been deleted stays with n = 0 and value 0; readers that list
-- groups skip it.
--
-- A beneficiary cannot be deleted while it has support (the foreign key does not cascade), so deleting a beneficiary
-- changes no total.
create table programme_support_month (
    programme_id bigint      not null,
    commune_id   bigint      not null,
    month        date        not null,
    kind         varchar(30) not null,
    n            bigint      not null,
    value        bigint      not null,
    -- the programme list: its programmes' rows cut to the reader's communes (and the filter's year), from the key alone
    primary key (programme_id, commune_id, month, kind) include (n, value)
);
-- the period report and the list's figures by kind of support and year: a scope's communes over a range of months
create index programme_support_month_commune_idx on programme_support_month (commune_id, month)
    include (programme_id, kind, n, value);

create function programme_support_month_add(r programme_support, sign integer) returns void
    language sql as
$$
insert into programme_support_month as t (programme_id, commune_id, month, kind, n, value)
select b.programme_id, b.commune_id, date_trunc('month', r.given_on::timestamp)::date, r.kind, sign,
       sign * r.value_dong
from programme_beneficiary b
where b.id = r.beneficiary_id
-- a beneficiary moved in another transaction waits for this one, or this one reads where it went
for share of b
on conflict (programme_id, commune_id, month, kind) do update
    set n     = t.n + excluded.n,
        value = t.value + excluded.value
$$;

create function programme_support_month_sync() returns trigger
    language plpgsql as
$$
begin
    if tg_op = 'UPDATE' and (old.beneficiary_id, old.given_on, old.kind, old.value_dong)
        is not distinct from (new.beneficiary_id, new.given_on, new.kind, new.value_dong) then
        return null;
    end if;
    if tg_op in ('UPDATE', 'DELETE') then
        perform programme_support_month_add(old, -1);
    end if;
    if tg_op in ('UPDATE', 'INSERT') then
        perform programme_support_month_add(new, 1);
    end if;
    return null;
end
$$;

create trigger programme_support_month_sync
    after insert or delete or update of beneficiary_id, given_on, kind, value_dong
    on programme_support
    for each row
execute function programme_support_month_sync();

-- a beneficiary moved to another programme or commune: its supports' totals leave the old key for the new one
create function programme_support_month_move() returns trigger
    language plpgsql as
$$
begin
    insert into programme_support_month as t (programme_id, commune_id, month, kind, n, value)
    select x.programme_id, x.commune_id, date_trunc('month', s.given_on::timestamp)::date, s.kind,
           x.sign * count(*), x.sign * sum(s.value_dong)
    from programme_support s
    cross join (values (old.programme_id, old.commune_id, -1), (new.programme_id, new.commune_id, 1))
        x (programme_id, commune_id, sign)
    where s.beneficiary_id = new.id
    group by x.programme_id, x.commune_id, x.sign, 3, s.kind
    on conflict (programme_id, commune_id, month, kind) do update
        set n     = t.n + excluded.n,
            value = t.value + excluded.value;
    return null;
end
$$;

create trigger programme_support_month_move
    after update of programme_id, commune_id
    on programme_beneficiary
    for each row
    when (old.programme_id <> new.programme_id or old.commune_id <> new.commune_id)
execute function programme_support_month_move();

-- the whole table again from the support rows (here, and after a bulk load with the trigger disabled: the
-- benchmark's generator)
create function programme_support_month_rebuild() returns void
    language sql as
$$
delete from programme_support_month;
insert into programme_support_month (programme_id, commune_id, month, kind, n, value)
select b.programme_id, b.commune_id, date_trunc('month', s.given_on::timestamp)::date, s.kind, count(*),
       sum(s.value_dong)
from programme_support s
join programme_beneficiary b on b.id = s.beneficiary_id
group by 1, 2, 3, 4;
$$;

select programme_support_month_rebuild();
