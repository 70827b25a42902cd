-- The programme lists' and reports' support figures (count, value by kind and year of the beneficiaries of a scope)
-- read from the index alone: the beneficiary's support rows with their day, kind and value, without visiting the
-- table (a province's programmes: about 46,000 support rows per page view, scattered over the heap). It serves
-- everything the index it replaces served (same leading columns). docs/performance.md, "Programme figures".
create index programme_support_beneficiary_cover_idx on programme_support (beneficiary_id, given_on)
    include (kind, value_dong);
drop index programme_support_beneficiary_idx;
