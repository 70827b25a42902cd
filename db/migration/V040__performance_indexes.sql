-- National scale (issue 8, docs/performance.md): 5,000,000 activities. A commune's activities are spread over the
-- whole table (they arrive in time order), so every list, total and "logged by" filter of the log read one heap page
-- per row (39,473 pages, 0.55-0.75 s for a post's 46,000 activities). This covering index answers all three by an
-- index-only scan (0.05-0.07 s): the scope predicate first, then the list's default order, then every column the
-- filters and the totals read. The list then fetches only its 25 rows by id.
create index activity_scope_cover_idx on activity (commune_id, activity_date desc, id desc)
    include (type, content_area, agreement_id, status, logged_by, attendee_count, part_border_guard, part_militia,
             part_police, part_resident, part_other);
