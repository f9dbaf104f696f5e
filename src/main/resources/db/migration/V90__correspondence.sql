-- Outgoing mail: every message for a client is queued here in the transaction of the change that causes it (the
-- outbox), then delivered by the delivery worker of whichever node claims it.
create table outgoing_message (
    id               bigint generated always as identity primary key,
    kind             varchar(32)   not null,
    state            varchar(16)   not null check (state in ('QUEUED', 'SENT', 'FAILED', 'BOUNCED', 'CANCELLED')),
    client_id        bigint        not null references client (id),
    case_kind        varchar(16),
    case_ref         varchar(32),
    -- what caused a standard notice (for example ACCOUNT_SUSPENDED:A-000012:2026-12-03T10:15:00Z), so that an
    -- event delivered twice queues one mail
    source_key       varchar(200),
    language         varchar(2)    not null,
    to_address       varchar(320)  not null,
    to_name          varchar(200),
    subject          varchar(400)  not null,
    body_text        text          not null,
    body_html        text          not null,
    -- fixed when queued, so a resend after a crash is recognisable as the same message
    message_id       varchar(255)  not null,
    in_reply_to      varchar(255),
    references_ids   varchar(4000),
    reply_to         varchar(320),
    attempts         integer       not null default 0,
    next_attempt_at  timestamptz   not null,
    last_attempt_at  timestamptz,
    sent_at          timestamptz,
    server_response  varchar(1000),
    error            varchar(2000),
    bounced_at       timestamptz,
    claimed_by       varchar(100),
    claimed_until    timestamptz,
    queued_by        varchar(64)   not null,
    version          bigint        not null default 0,
    created_at       timestamptz   not null default now(),
    updated_at       timestamptz   not null default now(),
    constraint outgoing_message_id_unique unique (message_id)
);

-- the delivery worker reads only what is due
create index outgoing_message_due on outgoing_message (next_attempt_at) where state = 'QUEUED';
-- the administrators' list, newest first (the primary key), by state, kind or client
create index outgoing_message_by_state on outgoing_message (state, id desc);
create index outgoing_message_by_kind on outgoing_message (kind, id desc);
create index outgoing_message_by_client on outgoing_message (client_id, id desc);
create index outgoing_message_by_case on outgoing_message (case_ref, id) where case_ref is not null;
create unique index outgoing_message_once_per_source on outgoing_message (source_key) where source_key is not null;

-- The mails of a case's thread, both ways: a reply threads under the last of them, and an incoming mail whose
-- In-Reply-To or References names one the desk sent finds its case.
create table mail_thread_message (
    message_id   varchar(255) not null,
    case_ref     varchar(32)  not null,
    direction    varchar(8)   not null check (direction in ('OUT', 'IN')),
    occurred_at  timestamptz  not null,
    primary key (message_id, case_ref)
);
create index mail_thread_message_of_case on mail_thread_message (case_ref, occurred_at);

-- Texts of the standard notices as administrators changed them, per kind and language; the shipped texts stand
-- where there is no row.
create table mail_template (
    kind        varchar(32)  not null,
    language    varchar(2)   not null,
    subject     varchar(300) not null,
    body        text         not null,
    updated_by  varchar(64)  not null,
    version     bigint       not null default 0,
    created_at  timestamptz  not null default now(),
    updated_at  timestamptz  not null default now(),
    primary key (kind, language)
);

-- The key of the reply addresses' tokens, made once for the whole database so that every node and every restart
-- verifies the same tokens (unless servicedesk.mail.reply-token-secret sets one).
create table mail_secret (
    id          integer primary key check (id = 1),
    token_key   bytea   not null,
    created_at  timestamptz not null default now()
);
