-- Merging duplicate inquiries: the merged inquiry is closed and names the inquiry that took over its messages; the
-- survivor finds the inquiries merged into it by this column.
alter table inquiry add column merged_into varchar(16);

create index inquiry_by_merged_into on inquiry (merged_into) where merged_into is not null;
