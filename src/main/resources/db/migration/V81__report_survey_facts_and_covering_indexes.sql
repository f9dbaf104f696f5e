-- A dashboard filtered on two or more dimensions counts the facts of its range on the fly. Those reads stay inside
-- the indexes: each index on a day of the facts carries the dimensions and the figures counted on that day, and
-- the survey invitations get facts of their own, with their case's dimensions, instead of a join through the
-- cases per request.

create table report_survey_fact (
    invitation_id  bigint       primary key,
    case_id        bigint       not null,
    kind           varchar(20)  not null,
    team_id        bigint,
    agent          varchar(64),
    channel        varchar(12)  not null,
    category       varchar(64),
    priority       varchar(10)  not null,
    sent_day       date         not null,
    answered_day   date,
    rating         integer
);

create index report_survey_fact_case on report_survey_fact (case_id);
create index report_survey_fact_sent on report_survey_fact (sent_day)
    include (kind, team_id, agent, channel, category, priority, answered_day);
create index report_survey_fact_answered on report_survey_fact (answered_day)
    include (kind, team_id, agent, channel, category, priority, rating) where answered_day is not null;

-- The facts the rollup has already derived; the job keeps them current from now on.
insert into report_survey_fact (invitation_id, case_id, kind, team_id, agent, channel, category, priority, sent_day,
                                answered_day, rating)
select v.id, f.case_id, f.kind, f.team_id, f.agent, f.channel, f.category, f.priority,
       (v.created_at at time zone coalesce(s.zone, 'UTC'))::date, (v.answered_at at time zone coalesce(s.zone, 'UTC'))::date,
       v.rating
from survey_invitation v
join case_file c on c.kind = v.case_kind and c.reference = v.case_ref
join report_case_fact f on f.case_id = c.id
cross join report_rollup_state s;

drop index report_case_fact_created;
create index report_case_fact_created on report_case_fact (created_day)
    include (kind, team_id, agent, channel, category, priority);

drop index report_case_fact_first_response;
create index report_case_fact_first_response on report_case_fact (first_response_day)
    include (kind, team_id, agent, channel, category, priority, first_response_met, first_response_minutes)
    where first_response_day is not null;

drop index report_case_fact_resolved;
create index report_case_fact_resolved on report_case_fact (resolved_day)
    include (kind, team_id, agent, channel, category, priority, resolution_met, reopened, one_touch, resolve_seconds,
             resolution_minutes)
    where resolved_day is not null;

drop index report_case_fact_resolved_by_kind;
create index report_case_fact_resolved_by_kind on report_case_fact (kind, resolved_day)
    include (team_id, agent, channel, category, priority, outcome, root_cause, remedy_amount, remedy_currency)
    where resolved_day is not null;

drop index report_case_fact_open;
create index report_case_fact_open on report_case_fact (kind, (coalesce(resolved_day, 'infinity'::date)), created_day)
    include (resolved_day, team_id, agent, channel, category, priority);

-- Client retention reads every client's accounts: their opening and closing days, in client order.
create index account_retention on account (client_id) include (opened_on, closed_on) where status <> 'PENDING';

-- The rollup by month: the sums of report_daily and report_daily_histogram over each calendar month, kept by the
-- job with the days (day is the month's first day). A range reads its whole months here and only its first and
-- last partial months day by day: a year is 12 rows per dimension value, not 365.
create table report_monthly (like report_daily including defaults including constraints including indexes);
create table report_monthly_histogram (like report_daily_histogram including defaults including constraints including indexes);

insert into report_monthly
select dimension, dimension_value, kind, date_trunc('month', day)::date, sum(received), sum(resolved),
       sum(first_responses), sum(first_response_met), sum(resolution_met), sum(reopened), sum(one_touch),
       sum(resolve_seconds), sum(surveys_sent), sum(surveys_sent_answered), sum(survey_responses), sum(rating_sum),
       sum(satisfied)
from report_daily
group by dimension, dimension_value, kind, date_trunc('month', day)::date;

insert into report_monthly_histogram
select dimension, dimension_value, kind, date_trunc('month', day)::date, metric, bucket, sum(cases)
from report_daily_histogram
group by dimension, dimension_value, kind, date_trunc('month', day)::date, metric, bucket;
