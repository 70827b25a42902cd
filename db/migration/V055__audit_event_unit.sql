-- The unit an audit event is about (docs/architecture.md, "Who reads the audit trail"): the post whose record it is
-- (an agreement, a cadre, a monthly review and its submissions and tasks, the post itself), or else the commune
-- (an activity, a household, a group, a model, a village, the commune itself). A commander reads the events of their
-- post and those of the communes of their scope that belong to no post. No foreign keys: an audit row outlives what
-- it describes.
alter table audit_event add column post_id bigint, add column commune_id bigint;
create index audit_event_post_idx on audit_event (post_id, occurred_at desc, id desc) where post_id is not null;
create index audit_event_commune_idx on audit_event (commune_id, occurred_at desc, id desc) where commune_id is not null;

-- the events written before this migration, from the records they name
update audit_event e set commune_id = a.commune_id from activity a where e.entity_type = 'Activity' and a.id = e.entity_id;
update audit_event e set commune_id = h.commune_id from household h where e.entity_type = 'Household' and h.id = e.entity_id;
update audit_event e set commune_id = g.commune_id from self_managed_group g
 where e.entity_type = 'SelfManagedGroup' and g.id = e.entity_id;
update audit_event e set commune_id = m.commune_id from economic_model m
 where e.entity_type = 'EconomicModel' and m.id = e.entity_id;
update audit_event e set commune_id = v.commune_id from village v where e.entity_type = 'Village' and v.id = e.entity_id;
update audit_event e set commune_id = e.entity_id where e.entity_type = 'Commune' and e.entity_id is not null;
update audit_event e set post_id = a.post_id from agreement a where e.entity_type = 'Agreement' and a.id = e.entity_id;
update audit_event e set post_id = c.post_id from cadre c where e.entity_type = 'Cadre' and c.id = e.entity_id;
update audit_event e set post_id = c.post_id from assignment s join cadre c on c.id = s.cadre_id
 where e.entity_type = 'Assignment' and s.id = e.entity_id;
update audit_event e set post_id = r.post_id from monthly_review r
 where e.entity_type = 'MonthlyReview' and r.id = e.entity_id;
update audit_event e set post_id = r.post_id, commune_id = s.commune_id
  from commune_submission s join monthly_review r on r.id = s.review_id
 where e.entity_type = 'CommuneSubmission' and s.id = e.entity_id;
update audit_event e set post_id = r.post_id from review_task t join monthly_review r on r.id = t.review_id
 where e.entity_type = 'Task' and t.id = e.entity_id;
update audit_event e set post_id = e.entity_id where e.entity_type = 'BorderPost' and e.entity_id is not null;
