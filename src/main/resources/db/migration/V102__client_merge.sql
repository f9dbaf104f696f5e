-- Merging duplicate clients: the merged client stays (its number, its history) but is marked as merged into the
-- client that survives, and the survivor keeps every e-mail address of both, so that mail from any of them finds it.
alter table client
    add column merged_into  varchar(16),
    add column merged_at    timestamptz,
    -- the addresses of client_email as the 360° page shows them (comma-separated), read with the row
    add column other_emails varchar(4000);

-- A client's e-mail addresses besides the one on their record (kept in lower case), for matching incoming mail.
create table client_email (
    client_id  bigint       not null references client (id),
    email      varchar(320) not null,
    primary key (client_id, email)
);

create index client_email_by_address on client_email (email);
