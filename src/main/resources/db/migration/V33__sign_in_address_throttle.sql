-- Failed sign-ins are also counted per network address, so many usernames tried from one address are stopped too.
create table sign_in_address_throttle (
    address            varchar(64)  primary key,
    failures           integer      not null,
    window_started_at  timestamptz  not null
);
