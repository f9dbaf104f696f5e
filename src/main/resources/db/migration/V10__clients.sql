create extension if not exists pg_trgm;
create extension if not exists unaccent;

-- unaccent() is only STABLE (it depends on the dictionary setting); pinning the dictionary makes it safe for indexes.
create or replace function sd_fold(value text) returns text
    language sql immutable parallel safe strict
    as $$ select lower(public.unaccent('public.unaccent'::regdictionary, value)) $$;

create sequence client_number_seq;

create table client (
    id                    bigint generated always as identity primary key,
    number                varchar(16)  not null,
    kind                  varchar(12)  not null check (kind in ('INDIVIDUAL', 'COMPANY')),
    name                  varchar(200) not null,
    company_name          varchar(200),
    contact_person        varchar(200),
    email                 varchar(320),
    phone                 varchar(20),
    street                varchar(200),
    postal_code           varchar(20),
    city                  varchar(100),
    country               varchar(2),
    preferred_language    varchar(2)   not null,
    preferred_channel     varchar(12),
    segment               varchar(12)  not null check (segment in ('STANDARD', 'PRIORITY', 'VIP')),
    tags                  varchar(500),
    marketing_consent     boolean      not null default false,
    consent_changed_at    timestamptz,
    notes                 varchar(4000),
    erased_at             timestamptz,
    version               bigint       not null default 0,
    created_at            timestamptz  not null default now(),
    updated_at            timestamptz  not null default now(),
    constraint client_number_unique unique (number)
);

-- search as you type: any part of the name, case- and accent-insensitive
create index client_search_by_name on client using gin (sd_fold(name || ' ' || coalesce(company_name, '') || ' ' || coalesce(contact_person, '')) gin_trgm_ops);
-- duplicate warning and search by e-mail / phone
create index client_by_email on client (lower(email) varchar_pattern_ops);
create index client_by_phone on client (phone);
-- phone typed in any national or international format: match the end of the E.164 number
create index client_by_phone_suffix on client (reverse(phone) varchar_pattern_ops);
-- keyset pagination of search results
create index client_by_name_order on client (sd_fold(name), id);
