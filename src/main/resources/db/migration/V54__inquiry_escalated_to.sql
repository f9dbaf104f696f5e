-- The complaint an inquiry was escalated into: the inquiry links to it, and is never escalated twice.
alter table inquiry add column escalated_to varchar(16);

update inquiry i
set escalated_to = substring(e.detail from length('escalated:') + 1)
from case_entry e
where e.case_id = i.id
  and e.detail like 'escalated:%';
