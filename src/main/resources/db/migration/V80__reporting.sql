-- Reporting: the dashboard never reads the case tables per request. A job derives one row of facts per case
-- (business-time durations, SLA verdicts, reopened, one-touch, complaint outcome) and a daily rollup of those
-- facts and of the survey answers, per dimension (all cases, team, agent, channel, category, priority), with
-- histograms of the durations so medians and percentiles can be read for any range of days.

-- The opening periods of each business calendar as instants, with the business seconds of the calendar before
-- each period: business time between two instants is the difference of two lookups.
create table report_business_period (
    calendar_id     bigint        not null,
    period_start    timestamptz   not null,
    period_end      timestamptz   not null,
    seconds_before  numeric(20,6) not null,
    primary key (calendar_id, period_start)
);

-- Business seconds of a calendar from the start of its stored periods up to an instant.
create or replace function report_business_seconds(calendar bigint, at timestamptz) returns numeric
    language sql stable parallel safe
    as $$
    select coalesce((select p.seconds_before + greatest(0, extract(epoch from (least(at, p.period_end) - p.period_start)))
                     from report_business_period p
                     where p.calendar_id = calendar and p.period_start <= at
                     order by p.period_start desc
                     limit 1), 0)
    $$;

-- Histogram buckets of business minutes: bucket i holds values below the i-th edge (and at or above the one
-- before); the last bucket holds everything from 100000 minutes on. README "Reports" lists the edges.
create or replace function report_bucket(minutes bigint) returns integer
    language sql immutable parallel safe strict
    as $$
    select coalesce((select min(i) - 1 from unnest(array[5, 10, 15, 20, 30, 45, 60, 90, 120, 180, 240, 300, 360, 480,
        600, 720, 960, 1200, 1440, 1920, 2400, 2880, 3840, 4800, 7200, 9600, 14400, 19200, 28800, 48000, 100000])
        with ordinality as e(edge, i) where minutes < e.edge), 31)
    $$;

-- One row per case: its current dimensions and what the KPIs need to know about it.
create table report_case_fact (
    case_id                 bigint        primary key,
    kind                    varchar(20)   not null,
    team_id                 bigint,
    agent                   varchar(64),
    channel                 varchar(12)   not null,
    category                varchar(64),
    priority                varchar(10)   not null,
    created_day             date          not null,
    first_response_day      date,
    first_response_minutes  bigint,
    first_response_met      boolean,
    resolved_day            date,
    resolution_minutes      bigint,
    resolution_met          boolean,
    resolve_seconds         bigint,
    reopened                boolean       not null,
    one_touch               boolean       not null,
    outcome                 varchar(20),
    root_cause              varchar(64),
    remedy_amount           numeric(19,2),
    remedy_currency         varchar(3)
);

-- The rollup of a day reads the facts of that day by each of these.
create index report_case_fact_created on report_case_fact (created_day);
create index report_case_fact_first_response on report_case_fact (first_response_day) where first_response_day is not null;
create index report_case_fact_resolved on report_case_fact (resolved_day) where resolved_day is not null;
-- Complaint outcomes, remedies and root causes of a range.
create index report_case_fact_resolved_by_kind on report_case_fact (kind, resolved_day) where resolved_day is not null;
-- Backlog by age: the cases still open at the end of a period.
create index report_case_fact_open on report_case_fact (kind, (coalesce(resolved_day, 'infinity'::date)), created_day);

-- The daily rollup: one row per day, case kind and dimension value ('' for ALL and for cases without a value).
create table report_daily (
    dimension            varchar(10)  not null,
    dimension_value      varchar(64)  not null,
    kind                 varchar(20)  not null,
    day                  date         not null,
    received             integer      not null default 0,
    resolved             integer      not null default 0,
    first_responses      integer      not null default 0,
    first_response_met   integer      not null default 0,
    resolution_met       integer      not null default 0,
    reopened             integer      not null default 0,
    one_touch            integer      not null default 0,
    resolve_seconds      bigint       not null default 0,
    surveys_sent         integer      not null default 0,
    surveys_sent_answered integer     not null default 0,
    survey_responses     integer      not null default 0,
    rating_sum           integer      not null default 0,
    satisfied            integer      not null default 0,
    primary key (dimension, dimension_value, kind, day)
);

create index report_daily_by_day on report_daily (day);

-- Histograms of first-response and resolution business minutes per day and dimension value.
create table report_daily_histogram (
    dimension        varchar(10)  not null,
    dimension_value  varchar(64)  not null,
    kind             varchar(20)  not null,
    day              date         not null,
    metric           varchar(16)  not null check (metric in ('FIRST_RESPONSE', 'RESOLUTION')),
    bucket           integer      not null,
    cases            integer      not null,
    primary key (dimension, dimension_value, kind, day, metric, bucket)
);

create index report_daily_histogram_by_day on report_daily_histogram (day);

-- Client, account and order figures per day (desk-wide).
create table report_client_daily (
    day              date     primary key,
    new_clients      integer  not null default 0,
    accounts_opened  integer  not null default 0,
    accounts_closed  integer  not null default 0,
    orders_taken     integer  not null default 0,
    orders_delayed   integer  not null default 0,
    orders_returned  integer  not null default 0
);

-- The job's bookkeeping: a single row, locked by the node that runs the job (FOR UPDATE SKIP LOCKED).
create table report_rollup_state (
    id                  integer      primary key check (id = 1),
    zone                varchar(64),
    calendars           varchar(2000),
    last_started_at     timestamptz,
    last_full_at        timestamptz,
    last_full_millis    bigint
);

insert into report_rollup_state (id) values (1);

-- Rows written by a bulk load keep their historical updated_at: the job also takes every row whose id is above
-- the highest id it saw two runs ago (two, so a transaction that committed late is still seen once).
create table report_rollup_mark (
    source     varchar(30)  primary key,
    older_id   bigint       not null default 0,
    recent_id  bigint       not null default 0
);

insert into report_rollup_mark (source)
values ('case_file'), ('sla_clock'), ('case_entry'), ('survey_invitation'), ('client'), ('account'), ('client_order');

-- Which rows changed since the last run.
create index case_file_by_updated on case_file (updated_at);
create index sla_clock_by_updated on sla_clock (updated_at);
create index survey_invitation_by_updated on survey_invitation (updated_at);
create index survey_invitation_by_created on survey_invitation (created_at);
create index client_by_updated on client (updated_at);
create index client_by_created on client (created_at);
create index account_by_updated on account (updated_at);
create index account_by_opened on account (opened_on);
create index account_by_closed on account (closed_on) where closed_on is not null;
create index client_order_by_updated on client_order (updated_at);
create index client_order_by_created on client_order (created_at);
