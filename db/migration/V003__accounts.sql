create table app_user (
    id             bigserial primary key,
    username       varchar(64)  not null,
    password_hash  varchar(100) not null,
    full_name      varchar(120) not null,
    role           varchar(20)  not null,
    post_id        bigint references border_post (id),
    commune_id     bigint references commune (id),
    province_id    bigint references province (id),
    enabled        boolean      not null default true,
    locale         varchar(5),
    last_login_at  timestamptz,
    version        integer      not null default 0,
    created_at     timestamptz  not null default now(),
    created_by     varchar(64),
    updated_at     timestamptz  not null default now(),
    updated_by     varchar(64),
    constraint app_user_role check (role in ('ADMIN', 'COMMANDER', 'POST_CADRE', 'COMMUNE_OFFICIAL', 'VIEWER'))
);
create unique index app_user_username_idx on app_user (lower(username));

-- Failed sign-ins per username (also for names that do not exist, so the answer does not reveal which exist).
-- Kept in the database so that several app instances throttle together.
create table login_attempt (
    username      varchar(64) primary key,
    failures      integer     not null default 0,
    last_failure  timestamptz,
    locked_until  timestamptz
);
