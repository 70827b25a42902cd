-- Scheduled jobs run once per run on several instances (vn.phoihop.shared.jobs): ShedLock's lock table, in the layout
-- of its JdbcTemplateLockProvider (net.javacrumbs.shedlock, README "JdbcTemplate"), with the database's clock.
create table shedlock (
    name        varchar(64)   primary key,
    lock_until  timestamp     not null,
    locked_at   timestamp     not null,
    locked_by   varchar(255)  not null
);
