-- Categories of inquiries and complaints (names in every interface language) and canned responses that agents
-- insert into replies.

create table category (
    id                bigint generated always as identity primary key,
    code              varchar(64)  not null,
    kind              varchar(20)  not null check (kind in ('INQUIRY', 'COMPLAINT')),
    name_en           varchar(200) not null,
    name_pl           varchar(200) not null,
    name_de           varchar(200) not null,
    name_et           varchar(200) not null,
    name_lv           varchar(200) not null,
    default_priority  varchar(10)  check (default_priority in ('LOW', 'NORMAL', 'HIGH', 'URGENT')),
    active            boolean      not null default true,
    version           bigint       not null default 0,
    created_at        timestamptz  not null default now(),
    updated_at        timestamptz  not null default now(),
    constraint category_code_unique unique (code),
    constraint category_priority_only_for_inquiries check (kind = 'INQUIRY' or default_priority is null)
);

-- The admin list and the pickers of the case pages: by kind, active first, by English name.
create index category_by_kind on category (kind, active desc, name_en);

create table canned_response (
    id          bigint generated always as identity primary key,
    title       varchar(200)  not null,
    body        varchar(10000) not null,
    language    varchar(8)    not null,
    active      boolean       not null default true,
    version     bigint        not null default 0,
    created_at  timestamptz   not null default now(),
    updated_at  timestamptz   not null default now(),
    constraint canned_response_title_unique unique (language, title)
);

-- The reply editor offers the active responses in the case's language, by title.
create index canned_response_by_language on canned_response (language, active desc, title);
