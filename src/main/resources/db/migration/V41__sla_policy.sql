-- What the desk promises per case kind and priority, in business minutes on a business-hours calendar.
create table sla_policy (
    id                      bigint generated always as identity primary key,
    case_kind               varchar(20) not null check (case_kind in ('INQUIRY', 'COMPLAINT')),
    priority                varchar(20) not null check (priority in ('LOW', 'NORMAL', 'HIGH', 'URGENT')),
    first_response_minutes  integer     not null check (first_response_minutes > 0),
    resolution_minutes      integer     not null check (resolution_minutes > 0),
    calendar_id             bigint      not null references business_calendar (id),
    at_risk_percent         integer     not null default 80 check (at_risk_percent between 1 and 99),
    escalation_team_id      bigint      references team (id),
    active                  boolean     not null default true,
    version                 bigint      not null default 0,
    created_at              timestamptz not null default now(),
    updated_at              timestamptz not null default now(),
    check (resolution_minutes >= first_response_minutes)
);

-- Exactly one active policy per case kind and priority; also the lookup when a case starts its clock.
create unique index sla_policy_one_active_per_kind_and_priority on sla_policy (case_kind, priority) where active;

create index sla_policy_by_calendar on sla_policy (calendar_id);

-- Defaults on the Poland calendar, whose business day is 10 hours (08:00-18:00): inquiries URGENT 1 h / 4 h,
-- HIGH 2 h / 8 h, NORMAL 4 h / 2 days, LOW 1 day / 5 days; complaints acknowledged within 1 business day and
-- resolved within 15 business days, whatever the priority.
insert into sla_policy (case_kind, priority, first_response_minutes, resolution_minutes, calendar_id)
select p.case_kind, p.priority, p.first_response_minutes, p.resolution_minutes, c.id
from business_calendar c
cross join (values
    ('INQUIRY', 'URGENT', 60, 240),
    ('INQUIRY', 'HIGH', 120, 480),
    ('INQUIRY', 'NORMAL', 240, 1200),
    ('INQUIRY', 'LOW', 600, 3000),
    ('COMPLAINT', 'URGENT', 600, 9000),
    ('COMPLAINT', 'HIGH', 600, 9000),
    ('COMPLAINT', 'NORMAL', 600, 9000),
    ('COMPLAINT', 'LOW', 600, 9000)
) as p (case_kind, priority, first_response_minutes, resolution_minutes)
where c.name = 'Poland';
