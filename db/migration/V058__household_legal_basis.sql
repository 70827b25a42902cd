-- The legal basis of each household record (issue 22 §3, docs/privacy.md): a public task of the post and the commune
-- under the law (Law 91/2025, processing without consent for the tasks of state agencies), or the household's
-- consent, with the day it was given and how. Every existing record, and every row an import or the demo data writes
-- without naming one, is a public task.
alter table household
    add column legal_basis    varchar(12) not null default 'PUBLIC_TASK',
    add column consent_date   date,
    add column consent_manner varchar(12),
    add constraint household_legal_basis check (legal_basis in ('PUBLIC_TASK', 'CONSENT')),
    add constraint household_consent_manner check (consent_manner in ('WRITTEN', 'ORAL', 'ELECTRONIC')),
    add constraint household_consent_given check (
        (legal_basis = 'CONSENT' and consent_date is not null and consent_manner is not null)
        or (legal_basis = 'PUBLIC_TASK' and consent_date is null and consent_manner is null));
