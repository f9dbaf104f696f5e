-- Single sign-on: the identity (issuer and subject) an OpenID Connect provider gave a staff member the first time
-- they signed in through it; later sign-ins find them by it, whatever their e-mail address has become.
create table staff_sso_identity (
    issuer          varchar(300) not null,
    subject         varchar(255) not null,
    staff_username  varchar(64)  not null references staff (username),
    linked_at       timestamptz  not null,
    last_sign_in_at timestamptz  not null,
    primary key (issuer, subject)
);
create index staff_sso_identity_by_staff on staff_sso_identity (staff_username);
