-- The counts of the complaint queue's views and the supervisor's summary are counted on indexes, never by reading
-- every complaint: each figure is one range of one of these (or of the queue and status indexes of V50).

-- Breached / at risk: the open cases whose clock is at risk or breached, nearest deadline first (the view's page
-- and its count).
create index case_file_at_risk on case_file (kind, sla_due_at, id) where active and sla_state in ('AT_RISK', 'BREACHED');
-- Open complaints by age: the open cases of a kind by registration time.
create index case_file_open_by_created on case_file (kind, created_at) where active;
-- Open complaints by severity: the complaint's severity next to its id, read without visiting the table.
create index complaint_severity on complaint (id, severity);
-- Average days to resolve and uphold rate: the recently resolved complaints with their outcome.
drop index complaint_resolved;
create index complaint_resolved on complaint (resolved_at) include (id, proposed_outcome) where resolved_at is not null;
-- Agents see the complaints forwarded to their team too: the queue's pages and counts find those by team.
create index complaint_forwarded_team on complaint (forwarded_team_id) where forwarded_team_id is not null;
