create table team (
    id          bigint generated always as identity primary key,
    name        varchar(100) not null,
    archived    boolean      not null default false,
    version     bigint       not null default 0,
    created_at  timestamptz  not null default now(),
    updated_at  timestamptz  not null default now(),
    constraint team_name_unique unique (name)
);

create table staff (
    id                    bigint generated always as identity primary key,
    username              varchar(64)  not null,
    display_name          varchar(200) not null,
    email                 varchar(320),
    password_hash         varchar(200) not null,
    role                  varchar(20)  not null check (role in ('AGENT', 'SUPERVISOR', 'ADMIN')),
    team_id               bigint references team (id),
    active                boolean      not null default true,
    locale                varchar(8)   not null default 'en',
    must_change_password  boolean      not null default false,
    version               bigint       not null default 0,
    created_at            timestamptz  not null default now(),
    updated_at            timestamptz  not null default now(),
    constraint staff_username_unique unique (username),
    constraint staff_username_lower check (username = lower(username))
);

create index staff_by_team on staff (team_id);
create index staff_active_admins on staff (role) where active;

create table audit_entry (
    id              bigint generated always as identity primary key,
    occurred_at     timestamptz  not null,
    actor           varchar(64)  not null,
    action          varchar(100) not null,
    object_type     varchar(50),
    object_ref      varchar(100),
    before_value    varchar(4000),
    after_value     varchar(4000),
    remote_address  varchar(64)
);

create index audit_entry_by_time on audit_entry (occurred_at desc, id desc);
create index audit_entry_by_object on audit_entry (object_ref, id desc);
create index audit_entry_by_actor on audit_entry (actor, id desc);

create table sign_in_throttle (
    username           varchar(200) primary key,
    failures           integer      not null,
    window_started_at  timestamptz  not null,
    locked_until       timestamptz
);
