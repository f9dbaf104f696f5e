-- In-app notifications for staff (the bell in the page frame).
create table notification (
    id          bigint generated always as identity primary key,
    recipient   varchar(64)  not null,
    message_key varchar(100) not null,
    arguments   text[]       not null default '{}',
    link        varchar(200),
    dedup_key   varchar(200) not null,
    read_at     timestamptz,
    version     bigint       not null default 0,
    created_at  timestamptz  not null default now(),
    updated_at  timestamptz  not null default now(),
    -- The same event never notifies the same person twice, even if it is delivered again after a crash.
    constraint notification_once_per_recipient unique (recipient, dedup_key)
);

-- The notification list of a person, newest first, and the unread count of the bell.
create index notification_of_recipient on notification (recipient, id desc);
create index notification_unread_of_recipient on notification (recipient) where read_at is null;
