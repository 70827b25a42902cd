create table province (
    id          bigserial primary key,
    code        varchar(20)  not null unique,
    name        varchar(120) not null,
    version     integer      not null default 0,
    created_at  timestamptz  not null default now(),
    created_by  varchar(64),
    updated_at  timestamptz  not null default now(),
    updated_by  varchar(64)
);

create table commune (
    id              bigserial primary key,
    code            varchar(20)  not null unique,
    name            varchar(120) not null,
    province_id     bigint       not null references province (id),
    former_district varchar(120),
    merged_into_id  bigint references commune (id),
    merged_on       date,
    version         integer      not null default 0,
    created_at      timestamptz  not null default now(),
    created_by      varchar(64),
    updated_at      timestamptz  not null default now(),
    updated_by      varchar(64),
    constraint commune_merge_complete check ((merged_into_id is null) = (merged_on is null)),
    constraint commune_not_into_itself check (merged_into_id is null or merged_into_id <> id)
);
create index commune_province_idx on commune (province_id);
create index commune_merged_into_idx on commune (merged_into_id);
create index commune_name_key_idx on commune using gin (search_key(name) gin_trgm_ops);

-- A village keeps its identity through a merge: its commune_id stays the commune it was created in, and the
-- commune it belongs to today is found by following commune.merged_into_id (see docs/architecture.md).
create table village (
    id          bigserial primary key,
    commune_id  bigint       not null references commune (id),
    name        varchar(120) not null,
    version     integer      not null default 0,
    created_at  timestamptz  not null default now(),
    created_by  varchar(64),
    updated_at  timestamptz  not null default now(),
    updated_by  varchar(64),
    constraint village_name_unique unique (commune_id, name)
);

create table border_post (
    id                 bigserial primary key,
    code               varchar(20)  not null unique,
    name               varchar(120) not null,
    provincial_command varchar(200) not null,
    province_id        bigint       not null references province (id),
    version            integer      not null default 0,
    created_at         timestamptz  not null default now(),
    created_by         varchar(64),
    updated_at         timestamptz  not null default now(),
    updated_by         varchar(64)
);
create index border_post_province_idx on border_post (province_id);

create table post_coverage (
    id          bigserial primary key,
    post_id     bigint not null references border_post (id) on delete cascade,
    commune_id  bigint not null references commune (id),
    valid_from  date   not null,
    valid_to    date,
    constraint post_coverage_dates check (valid_to is null or valid_to >= valid_from)
);
create index post_coverage_post_idx on post_coverage (post_id);
create index post_coverage_commune_idx on post_coverage (commune_id);

create table commune_merge (
    id             bigserial primary key,
    new_commune_id bigint      not null references commune (id),
    effective_on   date        not null,
    legal_basis    varchar(200),
    version        integer     not null default 0,
    created_at     timestamptz not null default now(),
    created_by     varchar(64),
    updated_at     timestamptz not null default now(),
    updated_by     varchar(64)
);

create table commune_merge_source (
    merge_id   bigint not null references commune_merge (id) on delete cascade,
    commune_id bigint not null references commune (id),
    primary key (merge_id, commune_id)
);
