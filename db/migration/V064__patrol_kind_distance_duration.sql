-- A patrol's substance (issue 23, docs/design.md §13): regular or unscheduled, its distance or its duration. All
-- optional, so the patrols logged before stay valid; the counts of patrols and participants do not read them.
alter table activity
    add column patrol_kind     varchar(12),
    add column distance_km     numeric(5, 1),
    add column duration_hours  numeric(4, 1),
    add constraint activity_patrol_kind_check check (patrol_kind is null or patrol_kind in ('REGULAR', 'UNSCHEDULED')),
    add constraint activity_patrol_measures_check check (coalesce(distance_km, 0) between 0 and 500
        and coalesce(duration_hours, 0) between 0 and 240);
