-- Administration of staff and teams: team leads, archiving, the staff list's search and sort, personal API
-- tokens, and the audit log page's filter by action.

alter table team add column lead_id bigint references staff (id);

alter table staff add column deactivated_at timestamptz;

-- The staff list sorts by name and pages through it; the API pages by username (the unique constraint's index).
create index staff_by_display_name on staff (display_name, username);

-- Personal API tokens: only the SHA-256 of the token is stored; the prefix lets its owner recognise it.
create table api_token (
    id            bigint generated always as identity primary key,
    staff_username varchar(64) not null references staff (username),
    name          varchar(100) not null,
    token_hash    char(64)     not null,
    token_prefix  varchar(16)  not null,
    last_used_at  timestamptz,
    revoked_at    timestamptz,
    version       bigint       not null default 0,
    created_at    timestamptz  not null default now(),
    updated_at    timestamptz  not null default now(),
    constraint api_token_hash_unique unique (token_hash)
);

create index api_token_by_staff on api_token (staff_username, id desc);

create index audit_entry_by_action on audit_entry (action, id desc);
