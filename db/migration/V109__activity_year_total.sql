-- Yearly totals of the activities beside the monthly ones (V043), kept by the same trigger. A period report reads
-- every month of its period from the monthly totals: a post's five years are about 1,350 rows, a province's year
-- about 10,000. Its whole calendar years now come from here (about a twelfth of the rows), the other whole months from
-- activity_month_total and the days of partial months from the activities (ActivityMonthTotals.sourceByYears;
-- docs/performance.md, change 69). A row of a year counts what the twelve monthly rows of its key count.
create table activity_year_total (
    commune_id   bigint      not null,
    year         integer     not null,
    status       varchar(20) not null,
    type         varchar(30) not null,
    content_area varchar(30) not null,
    agreement_id bigint      not null,
    n            integer     not null,
    attendees    bigint      not null,
    border_guard bigint      not null,
    militia      bigint      not null,
    police       bigint      not null,
    resident     bigint      not null,
    other        bigint      not null,
    -- a scope's years read from the key alone (as V050 for the months)
    primary key (commune_id, year, status, type, content_area, agreement_id)
        include (n, attendees, border_guard, militia, police, resident, other)
);

-- one activity counted (sign 1) or taken back (sign -1) in both tables
create or replace function activity_month_total_add(r activity, sign integer) returns void
    language sql as
$$
insert into activity_month_total as t (commune_id, month, status, type, content_area, agreement_id, n, attendees,
                                       border_guard, militia, police, resident, other)
values (r.commune_id, date_trunc('month', r.activity_date::timestamp)::date, r.status, r.type,
        coalesce(r.content_area, ''), coalesce(r.agreement_id, 0), sign,
        sign * coalesce(r.attendee_count, 0), sign * coalesce(r.part_border_guard, 0),
        sign * coalesce(r.part_militia, 0), sign * coalesce(r.part_police, 0), sign * coalesce(r.part_resident, 0),
        sign * coalesce(r.part_other, 0))
on conflict (commune_id, month, status, type, content_area, agreement_id) do update
    set n            = t.n + excluded.n,
        attendees    = t.attendees + excluded.attendees,
        border_guard = t.border_guard + excluded.border_guard,
        militia      = t.militia + excluded.militia,
        police       = t.police + excluded.police,
        resident     = t.resident + excluded.resident,
        other        = t.other + excluded.other;
insert into activity_year_total as t (commune_id, year, status, type, content_area, agreement_id, n, attendees,
                                      border_guard, militia, police, resident, other)
values (r.commune_id, extract(year from r.activity_date)::int, r.status, r.type,
        coalesce(r.content_area, ''), coalesce(r.agreement_id, 0), sign,
        sign * coalesce(r.attendee_count, 0), sign * coalesce(r.part_border_guard, 0),
        sign * coalesce(r.part_militia, 0), sign * coalesce(r.part_police, 0), sign * coalesce(r.part_resident, 0),
        sign * coalesce(r.part_other, 0))
on conflict (commune_id, year, status, type, content_area, agreement_id) do update
    set n            = t.n + excluded.n,
        attendees    = t.attendees + excluded.attendees,
        border_guard = t.border_guard + excluded.border_guard,
        militia      = t.militia + excluded.militia,
        police       = t.police + excluded.police,
        resident     = t.resident + excluded.resident,
        other        = t.other + excluded.other;
$$;

-- the yearly totals again from the monthly ones
create function activity_year_total_rebuild() returns void
    language sql as
$$
delete from activity_year_total;
insert into activity_year_total (commune_id, year, status, type, content_area, agreement_id, n, attendees,
                                 border_guard, militia, police, resident, other)
select commune_id, extract(year from month)::int, status, type, content_area, agreement_id, sum(n), sum(attendees),
       sum(border_guard), sum(militia), sum(police), sum(resident), sum(other)
from activity_month_total
group by 1, 2, 3, 4, 5, 6;
$$;

-- both tables again from the activities (after a bulk load with the trigger disabled: the benchmark's generator)
create or replace function activity_month_total_rebuild() returns void
    language sql as
$$
delete from activity_month_total;
insert into activity_month_total (commune_id, month, status, type, content_area, agreement_id, n, attendees,
                                  border_guard, militia, police, resident, other)
select commune_id, date_trunc('month', activity_date::timestamp)::date, status, type, coalesce(content_area, ''),
       coalesce(agreement_id, 0), count(*), coalesce(sum(attendee_count), 0), coalesce(sum(part_border_guard), 0),
       coalesce(sum(part_militia), 0), coalesce(sum(part_police), 0), coalesce(sum(part_resident), 0),
       coalesce(sum(part_other), 0)
from activity
group by 1, 2, 3, 4, 5, 6;
select activity_year_total_rebuild();
$$;

select activity_year_total_rebuild();
