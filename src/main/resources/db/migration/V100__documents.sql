-- The desk's documents (letters, confirmations, statements), each version a PDF/A file kept as an attachment on its
-- case or on the client's record. A document made again is a new version; the earlier ones stay. An erased client's
-- files go with their attachments.
create table document (
    id                   bigint generated always as identity primary key,
    kind                 varchar(32)  not null check (kind in ('COMPLAINT_ACKNOWLEDGEMENT', 'COMPLAINT_DECISION',
                                                               'ORDER_CONFIRMATION', 'REFUND_CONFIRMATION',
                                                               'ACCOUNT_STATEMENT')),
    -- what it is about: the complaint's reference, the order's or the account's number
    subject_ref          varchar(32)  not null,
    -- the statement's period (both days included); null for the other kinds
    period_from          date,
    period_to            date,
    version              integer      not null check (version > 0),
    client_id            bigint       not null references client (id),
    case_ref             varchar(32),
    attachment_id        bigint       not null unique references attachment (id) on delete cascade,
    -- the e-mail that carried it, if it went with one
    outgoing_message_id  bigint,
    language             varchar(8)   not null,
    created_by           varchar(64)  not null,
    created_at           timestamptz  not null,
    constraint document_period check ((period_from is null) = (period_to is null) and period_from <= period_to),
    constraint document_version_once unique nulls not distinct (kind, subject_ref, period_from, period_to, version)
);

create index document_of_case on document (case_ref, id) where case_ref is not null;
create index document_of_client on document (client_id, id);

-- An account statement reads the orders charged to the account in its period.
create index client_order_by_account on client_order (account_number, created_at) where account_number is not null;
