-- The demo agreements' target "Hộ thoát nghèo mỗi năm" is measured from the households' poverty records
-- (Target.Metric.HOUSEHOLDS_ESCAPED, counted as the period report's summary counts "Hộ thoát nghèo trong thời kỳ"),
-- no longer followed by hand: the 2017-2020 report showed it with a result of 0 next to a summary of 398.
-- The demo data set writes the new metric itself on an empty database; this updates a database loaded before.
-- Only the demo data's rows (created by 'demo'): production never has them, and a real agreement's targets say
-- what their commander chose.
update agreement_target t
set metric = 'HOUSEHOLDS_ESCAPED'
from agreement a
where a.id = t.agreement_id
  and a.created_by = 'demo'
  and t.metric = 'NONE'
  and t.indicator = 'Hộ thoát nghèo mỗi năm';
