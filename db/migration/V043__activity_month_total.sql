-- Monthly totals of the activity log per commune (issue 8, docs/performance.md "Monthly totals"). The log's totals,
-- the dashboard's 12-month chart and the period reports summed every activity of their scope on every request:
-- 46,000 rows for the largest post, 200 ms of database time for a 5-year report, 50 ms for the log's totals line.
-- A commune logs about 30 activities a month; grouped by (commune, month, status, type, content area, agreement)
-- the 5,000,000 activities of the national data set are 1,180,000 rows, and a post's 5 years are about 1,500.
--
-- PostgreSQL keeps the table exact itself, whatever writes an activity (the application, an import, psql): a row
-- trigger subtracts the old row and adds the new one in the same transaction. Readers take whole months from here
-- and read the days of a partial first or last month from the activity table (ActivityMonthTotals).
-- content_area '' and agreement_id 0 stand for "none" so that the key can be a plain primary key.
create table activity_month_total (
    commune_id   bigint      not null,
    month        date        not null,
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
    primary key (commune_id, month, status, type, content_area, agreement_id)
);

create function activity_month_total_add(r activity, sign integer) returns void
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
        other        = t.other + excluded.other
$$;

create function activity_month_total_sync() returns trigger
    language plpgsql as
$$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        perform activity_month_total_add(old, -1);
    end if;
    if tg_op in ('UPDATE', 'INSERT') then
        perform activity_month_total_add(new, 1);
    end if;
    return null;
end
$$;

create trigger activity_month_total_sync
    after insert or delete or update of commune_id, activity_date, status, type, content_area, agreement_id,
        attendee_count, part_border_guard, part_militia, part_police, part_resident, part_other
    on activity
    for each row
execute function activity_month_total_sync();

-- the whole table again from the activities (here, and after a bulk load with the trigger disabled: the benchmark's
-- generator)
create function activity_month_total_rebuild() returns void
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
$$;

select activity_month_total_rebuild();
