-- Requests of the people concerned (Law 91/2025/QH15, Decree 356/2025/ND-CP; docs/privacy.md §3): one request about
-- one household (and a member named in it), with its deadlines, its status and its answer. Kept for the retention
-- period after it was closed (docs/privacy.md §4), then removed by the purge (vn.phoihop.privacy.retention).
create table privacy_request (
    id                bigserial     primary key,
    household_id      bigint        not null references household (id),
    commune_id        bigint        not null references commune (id),
    kind              varchar(20)   not null,
    requester_name    varchar(120)  not null,
    person_name       varchar(120),
    details           varchar(2000),
    received_on       date          not null,
    acknowledge_by    date          not null,
    due_on            date          not null,
    status            varchar(12)   not null,
    extension_days    integer,
    extension_reason  varchar(1000),
    answer            varchar(4000),
    answered_on       date,
    closed_at         timestamptz,
    anonymised_at     timestamptz,
    version           integer       not null default 0,
    created_at        timestamptz   not null default now(),
    created_by        varchar(64),
    updated_at        timestamptz   not null default now(),
    updated_by        varchar(64),
    constraint privacy_request_kind check (kind in ('ACCESS', 'CORRECT', 'DELETE', 'RESTRICT', 'OBJECT', 'WITHDRAW_CONSENT')),
    constraint privacy_request_status check (status in ('RECEIVED', 'IN_PROGRESS', 'EXTENDED', 'ANSWERED', 'REFUSED')),
    constraint privacy_request_extension check (extension_days is null or extension_days between 1 and 15),
    constraint privacy_request_closed check ((status in ('ANSWERED', 'REFUSED')) = (closed_at is not null))
);
create index privacy_request_commune_idx on privacy_request (commune_id, received_on desc);
create index privacy_request_household_idx on privacy_request (household_id);
-- the dashboard's overdue requests and the purge's closed ones
create index privacy_request_open_idx on privacy_request (due_on) where closed_at is null;
create index privacy_request_closed_idx on privacy_request (closed_at) where closed_at is not null;
