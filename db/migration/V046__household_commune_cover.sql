-- Household counts of the period reports read from the index alone (issue 8, docs/performance.md "Covering
-- indexes"): a province's report counted 45,000 households and their members row by row from the table (31 ms; 17 ms
-- index-only), and the households that escaped poverty in the period the same way. The commune index now carries
-- what the reports count; it replaces the plain one (same leading column, the lists use it as before).
create index household_commune_cover_idx on household (commune_id) include (archived, members, escaped_poverty_year);
drop index household_commune_idx;
