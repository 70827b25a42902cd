-- A concluded month's lock belongs to the post that concluded it (issue 22). When two posts cover one commune, each
-- post's conclusion locks the commune's month and a reopen by one post removes only its own lock: the month stays
-- read-only while the other post's conclusion stands. Before, the lock was keyed by commune and month only, and a
-- reopen by either post unlocked the month the other had concluded.
alter table activity_month_lock drop constraint activity_month_lock_pkey;
alter table activity_month_lock add column post_id bigint references border_post (id);

-- the existing locks: one per post whose concluded review of that month holds the commune (the communes it covers,
-- each with the communes merged into it)
insert into activity_month_lock (post_id, commune_id, month, locked_at, locked_by)
select distinct r.post_id, l.commune_id, l.month, l.locked_at, l.locked_by
from activity_month_lock l
join commune c on c.id = l.commune_id
join monthly_review r on r.month = l.month and r.status = 'CONCLUDED'
join post_coverage pc on pc.post_id = r.post_id and pc.commune_id in (c.id, c.merged_into_id)
where l.post_id is null;
-- a lock no concluded review explains: the post that covers (or covered) the commune keeps it
insert into activity_month_lock (post_id, commune_id, month, locked_at, locked_by)
select distinct on (l.commune_id, l.month) pc.post_id, l.commune_id, l.month, l.locked_at, l.locked_by
from activity_month_lock l
join commune c on c.id = l.commune_id
join post_coverage pc on pc.commune_id in (c.id, c.merged_into_id)
where l.post_id is null
  and not exists (select 1 from activity_month_lock k
                  where k.post_id is not null and k.commune_id = l.commune_id and k.month = l.month)
order by l.commune_id, l.month, pc.post_id;
delete from activity_month_lock where post_id is null;

alter table activity_month_lock alter column post_id set not null;
alter table activity_month_lock add primary key (post_id, commune_id, month);
-- "is this commune's month locked (by any post)?", asked on every save of an activity
create index activity_month_lock_commune_month_idx on activity_month_lock (commune_id, month);
