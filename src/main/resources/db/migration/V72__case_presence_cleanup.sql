-- The presence cleanup deletes the rows nobody has refreshed for a while, oldest first.
create index case_presence_stale on case_presence (seen_at);
