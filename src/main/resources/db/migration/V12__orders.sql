create sequence order_number_seq;

create table client_order (
    id                      bigint generated always as identity primary key,
    number                  varchar(16)    not null,
    client_id               bigint         not null references client (id),
    account_number          varchar(16),
    channel                 varchar(12)    not null check (channel in ('PHONE', 'EMAIL', 'FAX', 'WEB', 'IN_PERSON')),
    status                  varchar(20)    not null,
    currency                char(3)        not null,
    total                   numeric(19, 2) not null check (total >= 0),
    advance_paid            numeric(19, 2) not null default 0 check (advance_paid >= 0),
    refund_amount           numeric(19, 2),
    promised_delivery_date  date,
    original_delivery_date  date,
    delay_declared          boolean        not null default false,
    delivered_at            timestamptz,
    placed_by               varchar(64)    not null,
    version                 bigint         not null default 0,
    created_at              timestamptz    not null default now(),
    updated_at              timestamptz    not null default now(),
    constraint client_order_number_unique unique (number)
);

-- recent orders on the 360° page
create index client_order_by_client on client_order (client_id, id desc);
-- the order list, sorted by promised date, keyset paginated
create index client_order_by_promised_date on client_order (promised_delivery_date, id);
create index client_order_by_status_promised_date on client_order (status, promised_delivery_date, id);
-- the delayed view: not delivered/closed orders by promised date
create index client_order_open_by_promised_date on client_order (promised_delivery_date, id)
    where status in ('RECEIVED', 'CONFIRMED', 'IN_FULFILLMENT', 'SHIPPED');

create table client_order_line (
    id           bigint generated always as identity primary key,
    order_id     bigint         not null references client_order (id),
    position     integer        not null,
    sku          varchar(64)    not null,
    description  varchar(500)   not null,
    quantity     integer        not null check (quantity > 0),
    unit_price   numeric(19, 2) not null check (unit_price >= 0)
);

create index client_order_line_by_order on client_order_line (order_id, position);

create table client_order_status_change (
    id           bigint generated always as identity primary key,
    order_id     bigint        not null references client_order (id),
    from_status  varchar(20),
    to_status    varchar(20)   not null,
    changed_by   varchar(64)   not null,
    changed_at   timestamptz   not null,
    note         varchar(2000)
);

create index client_order_status_change_by_order on client_order_status_change (order_id, id);
