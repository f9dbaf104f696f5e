-- What inquiries and complaints share: one row per case with everything the queues filter and sort on (so a queue
-- is one index scan on one table), the case's timeline, and who is looking at a case right now.

-- Text search: every case keeps one tsvector of its subject and messages. Words are indexed twice, stemmed in the
-- client's language where PostgreSQL has a dictionary for it and unstemmed, lower-cased and without accents
-- ('simple' on sd_fold), so a query finds both the stem and the exact word in any language.
create or replace function case_search_config(language varchar) returns regconfig
    language plpgsql stable
    as $$
declare
    wanted text := case language when 'en' then 'english' when 'de' then 'german' when 'et' then 'estonian' else 'simple' end;
begin
    if exists (select 1 from pg_ts_config where cfgname = wanted) then
        return wanted::regconfig;
    end if;
    return 'simple'::regconfig;
end $$;

create or replace function case_search_vector(config regconfig, content text) returns tsvector
    language sql immutable parallel safe
    as $$ select to_tsvector(config, coalesce(content, '')) || to_tsvector('simple'::regconfig, sd_fold(coalesce(content, ''))) $$;

create or replace function case_search_query(query text) returns tsquery
    language sql stable parallel safe
    as $$
    select websearch_to_tsquery('simple'::regconfig, sd_fold(query))
        || websearch_to_tsquery('english'::regconfig, query)
        || websearch_to_tsquery('german'::regconfig, query)
        || websearch_to_tsquery(case_search_config('et'), query)
    $$;

create table case_file (
    id                 bigint generated always as identity primary key,
    kind               varchar(20)  not null check (kind in ('INQUIRY', 'COMPLAINT')),
    reference          varchar(16)  not null,
    status             varchar(30)  not null,
    active             boolean      not null,
    priority           varchar(10)  not null check (priority in ('LOW', 'NORMAL', 'HIGH', 'URGENT')),
    category_code      varchar(64),
    channel            varchar(12)  not null,
    subject            varchar(200) not null,
    client_id          bigint       not null references client (id),
    account_number     varchar(16),
    order_number       varchar(16),
    team_id            bigint       references team (id),
    assignee           varchar(64),
    sla_due_at         timestamptz,
    sla_state          varchar(10)  not null default 'ON_TRACK' check (sla_state in ('ON_TRACK', 'AT_RISK', 'BREACHED')),
    last_activity_at   timestamptz  not null,
    search_config      regconfig    not null default 'simple',
    search_vector      tsvector     not null default ''::tsvector,
    created_by         varchar(64)  not null,
    updated_by         varchar(64)  not null,
    version            bigint       not null default 0,
    created_at         timestamptz  not null default now(),
    updated_at         timestamptz  not null default now(),
    constraint case_file_reference_unique unique (reference)
);

-- The queues (DESIGN.md §9): each view of the active cases reads one of these in its default order, nearest SLA
-- due first (cases without a running clock last), id as the keyset tie-breaker.
create index case_file_queue_mine on case_file (kind, assignee, sla_due_at, id) where active;
create index case_file_queue_team on case_file (kind, team_id, sla_due_at, id) where active;
create index case_file_queue_unassigned on case_file (kind, team_id, sla_due_at, id) where active and assignee is null;
create index case_file_queue_all on case_file (kind, sla_due_at, id) where active;
-- The other sort orders, newest first and most recently active first.
create index case_file_queue_team_by_created on case_file (kind, team_id, created_at desc, id desc) where active;
create index case_file_queue_team_by_activity on case_file (kind, team_id, last_activity_at desc, id desc) where active;
create index case_file_queue_all_by_created on case_file (kind, created_at desc, id desc);
create index case_file_queue_all_by_activity on case_file (kind, last_activity_at desc, id desc);
-- A status filter (resolved and closed cases are not in the partial indexes above).
create index case_file_by_status on case_file (kind, status, sla_due_at, id);
-- The client's cases (360° page, the case page's side panel, the client filter).
create index case_file_by_client on case_file (client_id, created_at desc);
-- Full-text search across subjects and messages.
create index case_file_search on case_file using gin (search_vector);

-- Everything that happened on a case, oldest first: messages in and out, internal notes, calls, status,
-- assignment and priority changes, SLA events. Entries are never changed.
create table case_entry (
    id           bigint generated always as identity primary key,
    case_id      bigint        not null references case_file (id),
    kind         varchar(30)   not null,
    channel      varchar(12),
    body         text,
    detail       varchar(300),
    actor        varchar(64)   not null,
    occurred_at  timestamptz   not null
);

create index case_entry_of_case on case_entry (case_id, id);

-- Who has a case open right now; the page refreshes its row every few seconds, rows older than a minute are stale.
create table case_presence (
    case_id       bigint       not null references case_file (id),
    username      varchar(64)  not null,
    display_name  varchar(200) not null,
    seen_at       timestamptz  not null,
    primary key (case_id, username)
);
