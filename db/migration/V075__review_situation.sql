-- The security situation and the border line in the monthly review (issue 23, docs/design.md §5 and §11): the
-- commander's conclusion on the month's situation, and, frozen with each conclusion (edition) like its activity
-- figures (V030), the month's situation items per commune (today's commune: a predecessor's items count for the
-- commune it was merged into), category and severity, and the marker inspection coverage per commune. A restricted
-- item is counted with no severity (null) and never as still followed: both are content only the commander and its
-- author read, and the printed conclusion reaches the provincial command.
alter table monthly_review add column situation_conclusion text;

-- whether the edition's situation was frozen: editions concluded before this migration show it live, as such
alter table review_edition add column situation_frozen boolean not null default false;

create table review_situation_figure (
    edition_id     bigint       not null references review_edition (id) on delete cascade,
    commune_id     bigint       not null references commune (id),
    category_code  varchar(40)  not null,
    severity       varchar(20),
    items          integer      not null,
    followed       integer      not null,
    constraint review_situation_figure_severity_check
        check (severity is null or severity in ('ROUTINE', 'NOTABLE', 'SERIOUS', 'URGENT'))
);
create unique index review_situation_figure_key
    on review_situation_figure (edition_id, commune_id, category_code, coalesce(severity, ''));

create table review_marker_coverage (
    edition_id  bigint   not null references review_edition (id) on delete cascade,
    commune_id  bigint   not null references commune (id),
    markers     integer  not null,
    inspected   integer  not null,
    overdue     integer  not null,
    primary key (edition_id, commune_id)
);
