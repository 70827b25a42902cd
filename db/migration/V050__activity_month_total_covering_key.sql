-- The monthly totals' key holds their figures too (issue 8, docs/performance.md change 57). Readers take a scope's
-- months by the key (commune, month): 2,660 rows for D001 over its ten years, 1,500 for a 5-year report. The rows of
-- one commune lie on as many heap pages as there are rows (the table grows a month of every commune at a time), so
-- PostgreSQL read one page per row: 2,473 pages and 4 ms for the totals a new search of the log compares against its
-- bound (change 52). With the figures in the key's index the same read is an index-only scan of about 50 pages.
-- The key is unchanged (the triggers' ON CONFLICT still finds it); the figures are carried as INCLUDE columns.
alter table activity_month_total
    drop constraint activity_month_total_pkey,
    add constraint activity_month_total_pkey primary key (commune_id, month, status, type, content_area, agreement_id)
        include (n, attendees, border_guard, militia, police, resident, other);
