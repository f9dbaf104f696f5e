-- E-mail as a channel: a client whose address bounced is marked undeliverable until the address changes, and a
-- mail from an address no client has makes an unconfirmed client (the sender) that staff confirm, or link to the
-- existing client it is (the sender's record then goes).
alter table client
    add column email_undeliverable_at     timestamptz,
    add column email_undeliverable_reason varchar(500),
    add column unconfirmed                boolean not null default false;

