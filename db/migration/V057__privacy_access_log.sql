-- Who looked at personal data (issue 22 §2, docs/privacy.md "The access log"): every opening of a household's page,
-- every list shown with its sensitive fields and every export of household data. One row per access and commune: the
-- households it reached in that commune, so a commander's search is cut to the communes of the post's scope with one
-- predicate on commune_id. No foreign keys: the log outlives what it describes (a household anonymised, a user
-- deleted), and a row is written in the reader's transaction with a single insert.
create table privacy_access_log (
    id             bigserial    primary key,
    accessed_at    timestamptz  not null default now(),
    username       varchar(64)  not null,
    user_role      varchar(20)  not null,
    kind           varchar(10)  not null,
    unmasked       boolean      not null,
    commune_id     bigint       not null,
    household_ids  bigint[]     not null,
    record_count   integer      not null,
    purpose        varchar(500),
    what           varchar(300),
    constraint privacy_access_log_kind check (kind in ('VIEW', 'LIST', 'EXPORT'))
);
create index privacy_access_log_at_idx on privacy_access_log (accessed_at desc, id desc);
create index privacy_access_log_commune_idx on privacy_access_log (commune_id, accessed_at desc, id desc);
create index privacy_access_log_user_idx on privacy_access_log (lower(username), accessed_at desc);
create index privacy_access_log_household_idx on privacy_access_log using gin (household_ids);
