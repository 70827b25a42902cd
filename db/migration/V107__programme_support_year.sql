-- Yearly totals of programme support beside the monthly ones (V106), kept by the same triggers. The programme list
-- filters by a whole year (or takes every year) and shows the value by kind of support and year: from the monthly
-- totals a province's list read about 6,600 rows per view (about 5 ms of PostgreSQL, half of the page's); by year it
-- is about a twelfth of that. Readers take whole years from here, whole months of a partial year from
-- programme_support_month and the days of a partial month from programme_support (ProgrammeSupportRows).
create table programme_support_year (
    programme_id bigint      not null,
    commune_id   bigint      not null,
    year         integer     not null,
    kind         varchar(30) not null,
    n            bigint      not null,
    value        bigint      not null,
    -- the programme list: its programmes' rows cut to the reader's communes (and the filter's year), from the key alone
    primary key (programme_id, commune_id, year, kind) include (n, value)
);
-- the list's figures by kind of support and year and the period report's whole years: a scope's communes
create index programme_support_year_commune_idx on programme_support_year (commune_id, year)
    include (programme_id, kind, n, value);

-- one support row counted (sign 1) or taken back (sign -1) in both tables
create or replace function programme_support_month_add(r programme_support, sign integer) returns void
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
        value = t.value + excluded.value;
insert into programme_support_year as t (programme_id, commune_id, year, kind, n, value)
select b.programme_id, b.commune_id, cast(extract(year from r.given_on) as integer), r.kind, sign,
       sign * r.value_dong
from programme_beneficiary b
where b.id = r.beneficiary_id
on conflict (programme_id, commune_id, year, kind) do update
    set n     = t.n + excluded.n,
        value = t.value + excluded.value;
$$;

-- a beneficiary moved to another programme or commune: its supports' totals leave the old keys for the new ones
create or replace function programme_support_month_move() returns trigger
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
    insert into programme_support_year as t (programme_id, commune_id, year, kind, n, value)
    select x.programme_id, x.commune_id, cast(extract(year from s.given_on) as integer), s.kind,
           x.sign * count(*), x.sign * sum(s.value_dong)
    from programme_support s
    cross join (values (old.programme_id, old.commune_id, -1), (new.programme_id, new.commune_id, 1))
        x (programme_id, commune_id, sign)
    where s.beneficiary_id = new.id
    group by x.programme_id, x.commune_id, x.sign, 3, s.kind
    on conflict (programme_id, commune_id, year, kind) do update
        set n     = t.n + excluded.n,
            value = t.value + excluded.value;
    return null;
end
$$;

-- both tables again from the support rows (here, and after a bulk load with the trigger disabled: the benchmark's
-- generator)
create or replace function programme_support_month_rebuild() returns void
    language sql as
$$
delete from programme_support_month;
insert into programme_support_month (programme_id, commune_id, month, kind, n, value)
select b.programme_id, b.commune_id, date_trunc('month', s.given_on::timestamp)::date, s.kind, count(*),
       sum(s.value_dong)
from programme_support s
join programme_beneficiary b on b.id = s.beneficiary_id
group by 1, 2, 3, 4;
delete from programme_support_year;
insert into programme_support_year (programme_id, commune_id, year, kind, n, value)
select programme_id, commune_id, cast(extract(year from month) as integer), kind, sum(n), sum(value)
from programme_support_month
group by 1, 2, 3, 4;
$$;

insert into programme_support_year (programme_id, commune_id, year, kind, n, value)
select programme_id, commune_id, cast(extract(year from month) as integer), kind, sum(n), sum(value)
from programme_support_month
group by 1, 2, 3, 4;
