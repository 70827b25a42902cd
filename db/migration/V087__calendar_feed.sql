-- The iCalendar feed of a user's work calendar (issue 24): one secret link per user, kept as the SHA-256 of its token
-- only (the link is shown once, when it is made); making a new link or revoking it deletes the old one.
create table calendar_feed (
    user_id     bigint       primary key references app_user (id) on delete cascade,
    token_hash  varchar(64)  not null unique,
    created_at  timestamptz  not null default now()
);
