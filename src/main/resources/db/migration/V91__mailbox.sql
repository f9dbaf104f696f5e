-- Incoming mail: every message read from the desk's mailbox once, whatever became of it (a new inquiry, a reply
-- on a case, a bounce, an auto-reply left alone, or set aside for an administrator). A message is recorded by
-- the node that inserts its row first; the others find the row and skip it.
create table incoming_mail (
    id              bigint generated always as identity primary key,
    folder          varchar(200)  not null,
    uid_validity    bigint        not null,
    uid             bigint        not null,
    message_id      varchar(998),
    from_address    varchar(320),
    from_name       varchar(200),
    subject         varchar(1000),
    sent_at         timestamptz,
    size_bytes      bigint,
    state           varchar(16)   not null check (state in ('PROCESSED', 'IGNORED', 'BOUNCE', 'SET_ASIDE')),
    outcome         varchar(32)   not null,
    case_ref        varchar(32),
    reason          varchar(2000),
    body_text       text,
    version         bigint        not null default 0,
    created_at      timestamptz   not null default now(),
    updated_at      timestamptz   not null default now(),
    constraint incoming_mail_once unique (folder, uid_validity, uid)
);
create index incoming_mail_newest on incoming_mail (id desc);
create index incoming_mail_by_state on incoming_mail (state, id desc);
create index incoming_mail_by_message_id on incoming_mail (message_id) where message_id is not null;

-- The whole original of each message (its attachments included), apart from the list's rows.
create table incoming_mail_content (
    mail_id   bigint primary key references incoming_mail (id),
    raw_mime  bytea  not null
);

-- How far each folder has been read (per UIDVALIDITY, as IMAP numbers messages).
create table mailbox_cursor (
    folder        varchar(200) not null,
    uid_validity  bigint       not null,
    last_uid      bigint       not null,
    primary key (folder, uid_validity)
);
