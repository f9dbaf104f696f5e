-- Client satisfaction surveys: one invitation per resolved case, answered once through an unguessable link
create table survey_invitation (
    id            bigint generated always as identity primary key,
    token         varchar(64)  not null,
    case_kind     varchar(16)  not null,
    case_ref      varchar(32)  not null,
    client_id     bigint       not null,
    language      varchar(2)   not null,
    created_at    timestamptz  not null,
    updated_at    timestamptz  not null,
    expires_at    timestamptz  not null,
    answered_at   timestamptz,
    rating        integer      check (rating between 1 and 5),
    comment       varchar(1000),
    version       bigint       not null default 0,
    constraint survey_invitation_answer_complete check ((answered_at is null) = (rating is null))
);

-- the public page finds the invitation by its token
create unique index survey_invitation_by_token on survey_invitation (token);
-- a case's invitations, newest first (the case page and "one open invitation per case")
create index survey_invitation_by_case on survey_invitation (case_kind, case_ref, created_at desc);
-- responses in a period (CSAT figures)
create index survey_invitation_answered on survey_invitation (answered_at) where answered_at is not null;
