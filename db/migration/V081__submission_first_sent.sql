-- Timeliness of the communes' reports (issue 26, /reports/completeness): a report returned for correction counts as
-- sent on the day it was first sent, with the number of times it was returned. commune_submission.submitted_at is the
-- last sending; these two columns keep the first one and the returns. A trigger keeps them whatever writes the row
-- (the review's entity, which does not map them; the demo data; the benchmark's generator), as V061 keeps
-- household.archived_at.
alter table commune_submission
    add column first_submitted_at timestamptz,
    add column return_count       integer not null default 0;

-- reports written before: the first SUBMIT of the audit trail when there is one, else the last sending; the RETURN
-- events counted
update commune_submission s
   set first_submitted_at = coalesce((select min(e.occurred_at) from audit_event e
                                      where e.entity_type = 'CommuneSubmission' and e.entity_id = s.id
                                        and e.action = 'SUBMIT'), s.submitted_at, s.updated_at),
       return_count = (select count(*) from audit_event e
                       where e.entity_type = 'CommuneSubmission' and e.entity_id = s.id and e.action = 'RETURN')
 where s.status in ('SUBMITTED', 'RETURNED');

create function commune_submission_first_sent() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' then
        new.first_submitted_at := coalesce(old.first_submitted_at, new.first_submitted_at);
        if old.status = 'SUBMITTED' and new.status = 'RETURNED' then
            new.return_count := old.return_count + 1;
        end if;
    elsif new.status = 'RETURNED' and new.return_count = 0 then
        -- a row written already returned was sent and returned once at least
        new.return_count := 1;
    end if;
    if new.status in ('SUBMITTED', 'RETURNED') and new.first_submitted_at is null then
        new.first_submitted_at := coalesce(new.submitted_at, now());
    end if;
    return new;
end
$$;

create trigger commune_submission_first_sent
    before insert or update on commune_submission
    for each row execute function commune_submission_first_sent();
