-- The activity log's text search within a scope (issue 8, docs/performance.md change 46).
--
-- 1. The covering index of V040 gains the stored search key (V041): a text filter within a post is then read from
--    the index alone. Its totals read every activity of the post (a word may be anywhere in a title or
--    description); those rows were spread over the table, one heap page each (46,000 for the largest post at
--    national scale: 250 ms from the operating system's cache, 1.5 s from disk). Read from the index: 1,100
--    index pages, 20-40 ms. The new index replaces V040's (same key, one more column), so the table keeps one.
create index activity_scope_text_idx on activity (commune_id, activity_date desc, id desc)
    include (type, content_area, agreement_id, status, logged_by, attendee_count, part_border_guard, part_militia,
             part_police, part_resident, part_other, search_text);

drop index activity_scope_cover_idx;

-- 2. A count of changes per commune: every insert, update or delete of an activity or of its villages adds one to
--    its commune (to both communes when an activity moves). The log keeps the totals of a filter the monthly totals
--    cannot answer (a text, a village, who logged it) with the sum of its communes' counts, and computes them again
--    only when that sum has moved: paging through a search no longer reads the post's activities on every page.
--    Kept by PostgreSQL, so every instance of the application sees every change. A bulk load that disables the
--    triggers leaves the counts as they are, which is right when no application instance keeps totals across it.
create table activity_commune_change (
    commune_id bigint primary key,
    changes    bigint not null
);

create function activity_commune_change_add(c bigint) returns void
    language sql as
$$
insert into activity_commune_change as t (commune_id, changes)
values (c, 1)
on conflict (commune_id) do update set changes = t.changes + 1
$$;

create function activity_commune_change_count() returns trigger
    language plpgsql as
$$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        perform activity_commune_change_add(old.commune_id);
    end if;
    if tg_op = 'INSERT' or (tg_op = 'UPDATE' and new.commune_id <> old.commune_id) then
        perform activity_commune_change_add(new.commune_id);
    end if;
    return null;
end
$$;

create trigger activity_commune_change_count
    after insert or delete or update on activity
    for each row
execute function activity_commune_change_count();

-- an activity's villages (the village filter): the commune is the activity's
create function activity_village_change_count() returns trigger
    language plpgsql as
$$
begin
    perform activity_commune_change_add(a.commune_id)
    from activity a
    where a.id = case when tg_op = 'DELETE' then old.activity_id else new.activity_id end;
    return null;
end
$$;

create trigger activity_village_change_count
    after insert or delete or update on activity_village
    for each row
execute function activity_village_change_count();
