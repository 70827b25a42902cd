-- Accounts (docs/design.md §6): an e-mail address its owner confirmed, the second sign-in step (a time-based
-- one-time code, RFC 6238) with its one-time recovery codes, single-use links (password reset, address confirmation),
-- and the mail module's outbox.

-- Only a confirmed address is stored on the account (an address waiting for confirmation lives in its link's row).
alter table app_user add column email varchar(254);
create unique index app_user_email_idx on app_user (lower(email));

-- The authenticator's shared secret, encrypted (AES-256-GCM under app.security.encryption-key; account.SecretBox).
-- last_step: the 30-second step of the last code accepted, so that a code is accepted once.
create table two_factor (
    user_id      bigint       primary key references app_user (id) on delete cascade,
    secret       varchar(200) not null,
    enrolled_at  timestamptz  not null default now(),
    last_step    bigint
);

-- One-time recovery codes: only their SHA-256, each used once.
create table recovery_code (
    id         bigserial   primary key,
    user_id    bigint      not null references app_user (id) on delete cascade,
    code_hash  char(64)    not null,
    used_at    timestamptz
);
create index recovery_code_user_idx on recovery_code (user_id);

-- Single-use links sent by mail: only the SHA-256 of the token in the link is kept.
create table account_token (
    id          bigserial    primary key,
    user_id     bigint       not null references app_user (id) on delete cascade,
    purpose     varchar(20)  not null,
    token_hash  char(64)     not null,
    email       varchar(254),
    created_at  timestamptz  not null default now(),
    expires_at  timestamptz  not null,
    used_at     timestamptz,
    constraint account_token_purpose check (purpose in ('PASSWORD_RESET', 'EMAIL_CONFIRM'))
);
create unique index account_token_hash_idx on account_token (token_hash);
create index account_token_user_idx on account_token (user_id, purpose);

-- Mail kept by the mail module (vn.phoihop.mail): every message in evaluation mode, and in production the messages
-- that could not go out because no SMTP server is configured; shown to the administrator at /admin/mail.
create table mail_outbox (
    id          bigserial    primary key,
    created_at  timestamptz  not null default now(),
    recipient   varchar(254) not null,
    subject     varchar(300) not null,
    body        text         not null,
    sent        boolean      not null
);
create index mail_outbox_time_idx on mail_outbox (created_at desc);
