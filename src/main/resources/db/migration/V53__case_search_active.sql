-- The full-text search of a queue looks among the active cases of one kind: an index of their texts alone, per
-- kind. Walking the queue's order and testing each case's text is fast for a common word but reads every active
-- case for a word that only closed cases hold; the active cases' words are a small index and their matches few.
create index case_file_search_active_inquiries on case_file using gin (search_vector) where active and kind = 'INQUIRY';
create index case_file_search_active_complaints on case_file using gin (search_vector) where active and kind = 'COMPLAINT';
