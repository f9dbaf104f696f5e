-- Idempotency-Keys serve the creation of every kind of case through the API, not only inquiries: a key is one
-- caller's key for one kind of case.
alter table inquiry_idempotency_key rename to case_idempotency_key;
alter table case_idempotency_key add column kind varchar(20) not null default 'INQUIRY'
    check (kind in ('INQUIRY', 'COMPLAINT'));
alter table case_idempotency_key alter column kind drop default;
alter table case_idempotency_key drop constraint inquiry_idempotency_key_pkey;
alter table case_idempotency_key add constraint case_idempotency_key_pkey primary key (kind, username, idempotency_key);
