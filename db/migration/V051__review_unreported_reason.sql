-- A month concluded while some of its communes had not sent their report (none, a draft, or one returned to them)
-- keeps which communes they were and the commander's reason (issue 21, docs/design.md §5): on the review for its
-- current conclusion, and on each edition for the history and the printed conclusion. Months concluded before this
-- migration keep an empty list and no reason: nothing is known about them.
alter table monthly_review
    add column unreported_commune_ids bigint[] not null default '{}',
    add column unreported_reason      text;

alter table review_edition
    add column unreported_commune_ids bigint[] not null default '{}',
    add column unreported_reason      text;
