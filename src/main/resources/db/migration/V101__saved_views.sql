-- Saved views of the case queues: a named tab, filters and sort of /inquiries or /complaints, kept as the normalised
-- query string the queue's own links write. A view is its owner's, or shared with the team the owner was in when
-- they shared it.
create table saved_view (
    id          bigint generated always as identity primary key,
    kind        varchar(16)   not null check (kind in ('INQUIRY', 'COMPLAINT')),
    owner       varchar(64)   not null,
    visibility  varchar(16)   not null check (visibility in ('PERSONAL', 'TEAM')),
    team_id     bigint        references team (id),
    name        varchar(80)   not null check (length(btrim(name)) > 0),
    query       varchar(2000) not null,
    version     bigint        not null default 0,
    created_at  timestamptz   not null,
    updated_at  timestamptz   not null,
    constraint saved_view_shared_with_a_team check (visibility = 'PERSONAL' or team_id is not null)
);

-- A name once per owner and queue, whatever its case.
create unique index saved_view_name_once_per_owner on saved_view (owner, kind, lower(name));
-- The saved-views menu of a queue: the viewer's own views and those shared with their team.
create index saved_view_shared_with_team on saved_view (team_id, kind, lower(name)) where visibility = 'TEAM';
