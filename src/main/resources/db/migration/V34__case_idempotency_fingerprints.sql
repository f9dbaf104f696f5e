-- What each Idempotency-Key was first sent with (the SHA-256 of the request), so that the same key with a different
-- request is refused instead of answered with the first case. Kept beside case_idempotency_key (V51, V71) and
-- removed with it; keys claimed before this table existed have no fingerprint and are not compared.
create table case_idempotency_fingerprint (
    kind             varchar(20)  not null,
    username         varchar(64)  not null,
    idempotency_key  varchar(200) not null,
    request_hash     char(64)     not null,
    constraint case_idempotency_fingerprint_pkey primary key (kind, username, idempotency_key)
);
