-- Retention of archived households (docs/privacy.md §4): when a household was archived, set by the database whatever
-- wrote it (the form, an import, psql), and when its personal fields were anonymised (a request to delete, or the
-- retention purge). An anonymised household keeps its commune, village, members and poverty records: every figure
-- stays exact.
alter table household add column archived_at timestamptz;
alter table household add column anonymised_at timestamptz;
-- households archived before this column existed: the last change of an archived row is its archiving, or later
update household set archived_at = updated_at where archived;

create function household_archived_at() returns trigger language plpgsql as $$
begin
    if new.archived and (tg_op = 'INSERT' or not old.archived) then
        new.archived_at := coalesce(new.archived_at, now());
    elsif not new.archived then
        new.archived_at := null;
    end if;
    return new;
end $$;
create trigger household_archived_at before insert or update of archived on household
    for each row execute function household_archived_at();

create index household_archived_at_idx on household (archived_at) where archived and anonymised_at is null;
