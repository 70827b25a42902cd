-- The activity log's text search (issue 8, docs/performance.md): "search_key(title) like ... or
-- search_key(description) like ..." ran unaccent() twice on every activity of the scope for every search (46,260
-- activities of the largest post: about 0.9 s of CPU per scan, two scans per page, 10 s p95 under 16 clients, and
-- connections held long enough to starve the next pages). The normalised text is now stored once per row, written
-- by PostgreSQL itself whatever writes the row (the application, an import, the benchmark's generator), so a search
-- is a plain LIKE on the stored key. Its trigram index replaces the one on titles alone (for searches over many
-- communes, where the scope does not narrow the rows first).
alter table activity
    add column search_text text generated always as
        (search_key(coalesce(title, '') || ' ' || coalesce(description, ''))) stored;

drop index activity_title_key_idx;
create index activity_search_text_idx on activity using gin (search_text gin_trgm_ops);
