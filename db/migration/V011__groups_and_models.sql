-- Self-managed groups and economic models (DESIGN.md §3), with their member / participating households.
create table self_managed_group (
    id              bigserial primary key,
    type            varchar(20)  not null,
    name            varchar(160) not null,
    commune_id      bigint       not null references commune (id),
    village_id      bigint       not null references village (id),
    established_on  date,
    leader_name     varchar(120),
    member_count    integer      not null default 0,
    version         integer      not null default 0,
    created_at      timestamptz  not null default now(),
    created_by      varchar(64),
    updated_at      timestamptz  not null default now(),
    updated_by      varchar(64),
    constraint self_managed_group_type check (type in ('SECURITY_ORDER', 'BORDER_MARKER')),
    constraint self_managed_group_members check (member_count >= 0)
);
create index self_managed_group_commune_idx on self_managed_group (commune_id);

create table self_managed_group_household (
    group_id      bigint not null references self_managed_group (id) on delete cascade,
    household_id  bigint not null references household (id),
    primary key (group_id, household_id)
);
create index self_managed_group_household_idx on self_managed_group_household (household_id);

create table economic_model (
    id           bigserial primary key,
    name         varchar(160) not null,
    commune_id   bigint       not null references commune (id),
    started_on   date,
    description  varchar(1000),
    version      integer      not null default 0,
    created_at   timestamptz  not null default now(),
    created_by   varchar(64),
    updated_at   timestamptz  not null default now(),
    updated_by   varchar(64)
);
create index economic_model_commune_idx on economic_model (commune_id);

create table economic_model_household (
    model_id      bigint not null references economic_model (id) on delete cascade,
    household_id  bigint not null references household (id),
    primary key (model_id, household_id)
);
create index economic_model_household_idx on economic_model_household (household_id);

-- An uploaded import file waiting for confirmation after its preview (kept in the database so that any app
-- instance can finish the import).
create table household_import (
    token       varchar(40)  primary key,
    username    varchar(64)  not null,
    file_name   varchar(200),
    content     bytea        not null,
    created_at  timestamptz  not null default now()
);
