-- The SLA state of one case: targets frozen from the policy when the case was created, the due instants, and
-- what the breach job has already announced.
create table sla_clock (
    id                              bigint generated always as identity primary key,
    case_kind                       varchar(20) not null check (case_kind in ('INQUIRY', 'COMPLAINT')),
    case_ref                        varchar(40) not null,
    priority                        varchar(20) not null check (priority in ('LOW', 'NORMAL', 'HIGH', 'URGENT')),
    policy_id                       bigint      not null references sla_policy (id),
    calendar_id                     bigint      not null references business_calendar (id),
    escalation_team_id              bigint,
    at_risk_percent                 integer     not null,
    first_response_target_minutes   integer     not null,
    resolution_target_minutes       integer     not null,
    started_at                      timestamptz not null,
    first_response_due_at           timestamptz not null,
    first_response_at_risk_at       timestamptz not null,
    first_responded_at              timestamptz,
    resolution_due_at               timestamptz not null,
    resolution_at_risk_at           timestamptz not null,
    resolved_at                     timestamptz,
    paused_since                    timestamptz,
    paused_business_minutes         bigint      not null default 0,
    first_response_at_risk_announced boolean    not null default false,
    first_response_breached         boolean     not null default false,
    resolution_at_risk_announced    boolean     not null default false,
    resolution_breached             boolean     not null default false,
    next_due_at                     timestamptz,
    version                         bigint      not null default 0,
    created_at                      timestamptz not null default now(),
    updated_at                      timestamptz not null default now(),
    constraint sla_clock_one_per_case unique (case_kind, case_ref)
);

-- The breach job reads only what is due: clocks with nothing left to announce have no next_due_at and are not
-- in this index at all, so a million finished or quiet cases cost nothing.
create index sla_clock_next_due on sla_clock (next_due_at) where next_due_at is not null;
