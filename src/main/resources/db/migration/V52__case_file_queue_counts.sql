-- The counts in the queue tabs (mine, my team, unassigned, all) read only this index: every active case's kind,
-- team and assignee, without a visit to the case rows (an index-only scan).
create index case_file_queue_counts on case_file (kind, team_id, assignee) where active;
