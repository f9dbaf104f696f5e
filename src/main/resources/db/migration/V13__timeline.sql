create table timeline_entry (
    id                bigint generated always as identity primary key,
    client_id         bigint        not null,
    occurred_at       timestamptz   not null,
    kind              varchar(40)   not null,
    subject_ref       varchar(32),
    detail            varchar(100),
    channel           varchar(12),
    direction         varchar(10),
    summary           varchar(2000),
    duration_minutes  integer,
    actor             varchar(64)   not null,
    created_at        timestamptz   not null default now()
);

-- the client's timeline, newest first, keyset paginated
create index timeline_entry_by_client on timeline_entry (client_id, occurred_at desc, id desc);
