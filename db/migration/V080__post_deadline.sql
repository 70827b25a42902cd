-- Due dates of the monthly review (issue 26, docs/design.md §5 and §14): each post sets the day of the following
-- month by which its communes send the month's report and the day by which the commander concludes it. A post
-- without a row keeps the defaults written in vn.phoihop.deadline.PostDeadline (2 and 5: the reports in before the
-- Party committee's monthly meeting in the first week, the conclusion at that meeting). Days 1-28, so every month
-- has them; the conclusion never before the reports.
create table post_deadline (
    post_id         bigint       primary key references border_post (id),
    report_day      integer      not null,
    conclusion_day  integer      not null,
    version         integer      not null default 0,
    created_at      timestamptz  not null default now(),
    created_by      varchar(100),
    updated_at      timestamptz  not null default now(),
    updated_by      varchar(100),
    constraint post_deadline_report_day_check check (report_day between 1 and 28),
    constraint post_deadline_conclusion_day_check check (conclusion_day between 1 and 28),
    constraint post_deadline_order_check check (conclusion_day >= report_day)
);
