-- Two-factor sign-in: a staff member's TOTP secret (RFC 6238), encrypted, and their single-use recovery codes,
-- of which only a SHA-256 hash is kept.
create table staff_second_factor (
    staff_username  varchar(64) primary key references staff (username),
    secret          varchar(200) not null,
    enrolled_at     timestamptz  not null,
    -- the time step of the last accepted code: a code is accepted once, and never one of an earlier step
    last_used_step  bigint       not null default 0
);

create table staff_recovery_code (
    id              bigint generated always as identity primary key,
    staff_username  varchar(64)  not null references staff (username),
    code_hash       varchar(64)  not null,
    used_at         timestamptz
);
create index staff_recovery_code_by_staff on staff_recovery_code (staff_username);

-- The key the secrets are encrypted with when none is configured (servicedesk.security.mfa.encryption-key):
-- made once, at the first enrolment.
create table second_factor_key (
    id   smallint primary key check (id = 1),
    key  varchar(100) not null
);
