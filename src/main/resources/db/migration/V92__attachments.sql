-- Files on cases (with a message: uploaded with a reply or note, from a client's mail, or a document) and on the
-- client's record (contracts, identity documents). Each row says where the content is kept: in PostgreSQL by
-- default (attachment_chunk, so a pg_dump holds everything) or in S3-compatible object storage.
create table attachment (
    id                   bigint generated always as identity primary key,
    client_id            bigint        not null references client (id),
    case_ref             varchar(32),
    case_entry_id        bigint,
    outgoing_message_id  bigint,
    incoming_mail_id     bigint,
    origin               varchar(16)   not null check (origin in ('UPLOAD', 'MAIL', 'DOCUMENT')),
    filename             varchar(255)  not null,
    content_type         varchar(255)  not null,
    size_bytes           bigint        not null,
    sha256               varchar(64)   not null check (sha256 ~ '^[0-9a-f]{64}$'),
    storage              varchar(16)   not null check (storage in ('DATABASE', 'S3')),
    storage_key          varchar(200)  not null,
    description          varchar(200),
    created_by           varchar(64)   not null,
    created_at           timestamptz   not null default now()
);

-- a case's files, a client's record, a message's files, and what an outgoing mail carries
create index attachment_of_case on attachment (case_ref, id) where case_ref is not null;
create index attachment_of_client on attachment (client_id, id);
create index attachment_of_entry on attachment (case_entry_id) where case_entry_id is not null;
create index attachment_of_outgoing_message on attachment (outgoing_message_id) where outgoing_message_id is not null;

-- The content of files kept in PostgreSQL, in chunks of 1 MiB, so that no file is ever read or written whole.
create table attachment_chunk (
    storage_key  varchar(200) not null,
    seq          integer      not null,
    bytes        bytea        not null,
    primary key (storage_key, seq)
);
