create sequence account_number_seq;

create table account_type (
    code        varchar(30)  primary key,
    position    integer      not null,
    active      boolean      not null default true
);

insert into account_type (code, position) values ('STANDARD', 1), ('PREMIUM', 2), ('BUSINESS', 3);

create table account_checklist_template (
    item        varchar(50)  primary key,
    position    integer      not null,
    active      boolean      not null default true
);

insert into account_checklist_template (item, position)
values ('IDENTITY_VERIFIED', 1), ('CONTRACT_SIGNED', 2), ('INITIAL_DEPOSIT_RECEIVED', 3);

create table account (
    id             bigint generated always as identity primary key,
    number         varchar(16)  not null,
    client_id      bigint       not null references client (id),
    type           varchar(30)  not null references account_type (code),
    currency       char(3)      not null,
    status         varchar(12)  not null check (status in ('PENDING', 'ACTIVE', 'SUSPENDED', 'CLOSED')),
    opened_on      date         not null,
    closed_on      date,
    status_reason  varchar(1000),
    version        bigint       not null default 0,
    created_at     timestamptz  not null default now(),
    updated_at     timestamptz  not null default now(),
    constraint account_number_unique unique (number)
);

-- the client's accounts on the 360° page
create index account_by_client on account (client_id, id);

create table account_checklist_item (
    id          bigint generated always as identity primary key,
    account_id  bigint       not null references account (id),
    item        varchar(50)  not null,
    position    integer      not null,
    done        boolean      not null default false,
    done_by     varchar(64),
    done_at     timestamptz,
    constraint account_checklist_item_unique unique (account_id, item)
);
