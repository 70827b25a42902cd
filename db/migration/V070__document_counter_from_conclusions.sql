-- Conclusions numbered by hand before the register (V069) keep their numbers: each post's counter of conclusions
-- (KET_LUAN) for a year starts after the highest number typed that year (the digits a number starts with, "10" of
-- "10-KL/ĐU"), so the register never gives a number already printed on an earlier conclusion.
insert into document_counter (post_id, type, year, last_number)
select post_id, 'KET_LUAN', year, max(n)
from (select r.post_id, extract(year from e.concluded_on)::int as year,
             substring(e.conclusion_number from '^\s*(\d{1,9})')::int as n
      from review_edition e join monthly_review r on r.id = e.review_id
      where e.conclusion_number ~ '^\s*\d'
      union all
      select post_id, extract(year from concluded_on)::int, substring(conclusion_number from '^\s*(\d{1,9})')::int
      from monthly_review
      where concluded_on is not null and conclusion_number ~ '^\s*\d') t
group by post_id, year;
