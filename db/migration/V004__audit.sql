create table audit_event (
    id           bigserial primary key,
    occurred_at  timestamptz  not null default now(),
    username     varchar(64),
    entity_type  varchar(60)  not null,
    entity_id    bigint,
    action       varchar(30)  not null,
    summary      varchar(300),
    reason       varchar(500),
    before_data  jsonb,
    after_data   jsonb
);
create index audit_event_time_idx on audit_event (occurred_at desc, id desc);
create index audit_event_entity_idx on audit_event (entity_type, entity_id);
create index audit_event_user_idx on audit_event (username);
