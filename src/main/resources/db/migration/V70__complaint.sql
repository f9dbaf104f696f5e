-- Complaints: the complaint lifecycle on the shared case row (case_file, kind COMPLAINT). The complaint category
-- is the case's category_code (a catalogue category of kind COMPLAINT).
create sequence complaint_number_seq;

create table complaint (
    id                     bigint        primary key references case_file (id),
    severity               varchar(10)   not null check (severity in ('MINOR', 'MAJOR', 'CRITICAL')),
    amount_claimed         numeric(19,2),
    claimed_currency       varchar(3),
    desired_outcome        varchar(2000),
    inquiry_case_id        bigint        references case_file (id),
    inquiry_reference      varchar(16),
    acknowledged_at        timestamptz,
    forwarded_team_id      bigint        references team (id),
    forward_question       varchar(4000),
    answer_due_at          timestamptz,
    proposed_outcome       varchar(20)   check (proposed_outcome in ('UPHELD', 'PARTIALLY_UPHELD', 'REJECTED')),
    proposed_remedy        varchar(20)   check (proposed_remedy in ('APOLOGY', 'REFUND', 'REPLACEMENT', 'COMPENSATION', 'OTHER')),
    proposed_amount        numeric(19,2),
    proposed_currency      varchar(3),
    root_cause             varchar(64),
    resolution_message     text,
    proposed_by            varchar(64),
    proposed_at            timestamptz,
    reviewed_by            varchar(64),
    resolved_at            timestamptz,
    closed_at              timestamptz,
    reopen_reason          varchar(2000),
    reopened_at            timestamptz,
    constraint complaint_claim_has_currency check ((amount_claimed is null) = (claimed_currency is null)),
    constraint complaint_amount_has_currency check ((proposed_amount is null) = (proposed_currency is null))
);

-- Forwarded and overdue: the department's answer is due and not yet recorded (answer_due_at is cleared by it).
create index complaint_answer_due on complaint (answer_due_at, id) where answer_due_at is not null;
-- The close job: resolved complaints waiting for the client's acceptance, oldest first.
create index complaint_awaiting_acceptance on complaint (resolved_at, id) where resolved_at is not null and closed_at is null;
-- The inquiry a complaint was escalated from.
create index complaint_by_inquiry on complaint (inquiry_case_id) where inquiry_case_id is not null;
-- The supervisor's summary reads the closed complaints' outcomes and resolution times by these.
create index complaint_resolved on complaint (resolved_at) where resolved_at is not null;
-- Breaches this week in the supervisor's summary: the SLA breach lines of the case timelines by time.
create index case_entry_sla_breached on case_entry (occurred_at) where kind = 'SLA_BREACHED';
