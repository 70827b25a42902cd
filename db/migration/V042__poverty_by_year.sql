-- Period reports read the poverty status of a unit's households at the first and the last year of the period
-- (issue 8, docs/performance.md). Without this index the join read the whole poverty history (240,000 rows at
-- national scale) for every report: 95 ms for a province, 38 ms for a post; with it, the two years' entries only
-- (64 ms and 15 ms), index-only.
create index household_poverty_year_idx on household_poverty (year, household_id) include (status);
