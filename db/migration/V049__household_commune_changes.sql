-- A count of changes per commune for households (issue 8, docs/performance.md change 50), as V048 keeps for
-- activities: every insert, update or delete of a household adds one to its commune (to both communes when a
-- household moves, as a merge of communes does). The household list keeps the totals of a search (households,
-- persons) with the sum of its communes' counts and counts them again only when that sum has moved: a search for a
-- common name within a post ("nguyen": 506 of the post's 3,000 households at national scale) no longer counts and
-- sums every match on every page, and the page's 25 rows are read without a window over all matches.
-- Kept by PostgreSQL, so every instance of the application sees every change, including imports and edits made with
-- psql. A bulk load that disables the trigger leaves the counts as they are, which is right when no application
-- instance keeps totals across it.

create table household_commune_change (
    commune_id bigint primary key,
    changes    bigint not null
);

create function household_commune_change_add(c bigint) returns void
    language sql as
$$
insert into household_commune_change as t (commune_id, changes)
values (c, 1)
on conflict (commune_id) do update set changes = t.changes + 1
$$;

create function household_commune_change_count() returns trigger
    language plpgsql as
$$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        perform household_commune_change_add(old.commune_id);
    end if;
    if tg_op = 'INSERT' or (tg_op = 'UPDATE' and new.commune_id <> old.commune_id) then
        perform household_commune_change_add(new.commune_id);
    end if;
    return null;
end
$$;

create trigger household_commune_change_count
    after insert or delete or update on household
    for each row
execute function household_commune_change_count();
