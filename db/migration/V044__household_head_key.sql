-- The household search (issue 8, docs/performance.md): "search_key(head_name) like ..." ran unaccent() on each
-- household of the scope for every search, twice per page (the rows and the totals): 3,000 households of the largest
-- post, 75 ms per statement at national scale. The normalised name is now stored once per row, written by PostgreSQL
-- whatever writes the row (as activity.search_text, V041), and its trigram index replaces the expression index.
alter table household
    add column head_key text generated always as (search_key(head_name)) stored;

drop index household_head_key_idx;
create index household_head_key_idx on household using gin (head_key gin_trgm_ops);
