-- Households, cadres and their assignments (DESIGN.md §3). Households are personal data (§6): archived, never deleted.
create table cadre (
    id            bigserial primary key,
    post_id       bigint       not null references border_post (id),
    name          varchar(120) not null,
    rank          varchar(60),
    position      varchar(120),
    party_member  boolean      not null default true,
    user_id       bigint references app_user (id),
    version       integer      not null default 0,
    created_at    timestamptz  not null default now(),
    created_by    varchar(64),
    updated_at    timestamptz  not null default now(),
    updated_by    varchar(64)
);
create index cadre_post_idx on cadre (post_id);

create table household (
    id                    bigserial primary key,
    commune_id            bigint       not null references commune (id),
    village_id            bigint       not null references village (id),
    head_name             varchar(120) not null,
    members               integer      not null,
    ethnicity             varchar(30)  not null,
    local_group           varchar(60),
    phone                 varchar(20),
    poverty_status        varchar(12)  not null,
    escaped_poverty_year  integer,
    cadre_id              bigint references cadre (id),
    notes                 varchar(1000),
    archived              boolean      not null default false,
    version               integer      not null default 0,
    created_at            timestamptz  not null default now(),
    created_by            varchar(64),
    updated_at            timestamptz  not null default now(),
    updated_by            varchar(64),
    constraint household_members check (members between 1 and 50),
    constraint household_poverty_status check (poverty_status in ('POOR', 'NEAR_POOR', 'NOT_POOR'))
);
create index household_commune_idx on household (commune_id);
create index household_village_idx on household (village_id);
create index household_cadre_idx on household (cadre_id);
create index household_head_key_idx on household using gin (search_key(head_name) gin_trgm_ops);

create table household_poverty (
    household_id  bigint      not null references household (id) on delete cascade,
    year          integer     not null,
    status        varchar(12) not null,
    primary key (household_id, year),
    constraint household_poverty_history_status check (status in ('POOR', 'NEAR_POOR', 'NOT_POOR'))
);

-- "3 bám, 4 cùng": a cadre is in charge of a village or of one household, over a date range.
create table assignment (
    id            bigserial primary key,
    cadre_id      bigint      not null references cadre (id),
    village_id    bigint references village (id),
    household_id  bigint references household (id),
    valid_from    date        not null,
    valid_to      date,
    version       integer     not null default 0,
    created_at    timestamptz not null default now(),
    created_by    varchar(64),
    updated_at    timestamptz not null default now(),
    updated_by    varchar(64),
    constraint assignment_target check ((village_id is null) <> (household_id is null)),
    constraint assignment_dates check (valid_to is null or valid_to >= valid_from)
);
create index assignment_cadre_idx on assignment (cadre_id);
create index assignment_village_idx on assignment (village_id);
create index assignment_household_idx on assignment (household_id);
