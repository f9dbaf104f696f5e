-- Inquiries: the inquiry lifecycle on the shared case row (case_file, kind INQUIRY).
create sequence inquiry_number_seq;

create table inquiry (
    id                  bigint       primary key references case_file (id),
    resolution_summary  varchar(4000),
    resolved_at         timestamptz,
    closed_at           timestamptz
);

-- POST /api/v1/inquiries with an Idempotency-Key: the same key of the same caller within 24 hours returns the
-- first result.
create table inquiry_idempotency_key (
    username        varchar(64)  not null,
    idempotency_key varchar(200) not null,
    reference       varchar(16),
    created_at      timestamptz  not null,
    primary key (username, idempotency_key)
);
