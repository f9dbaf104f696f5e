-- Business-hours calendars of the SLA clock: a time zone, weekly opening intervals (minutes since local
-- midnight, 1440 = midnight at the end of the day) and holidays (optionally recurring every year).
create table business_calendar (
    id          bigint generated always as identity primary key,
    name        varchar(100) not null,
    time_zone   varchar(64)  not null,
    version     bigint       not null default 0,
    created_at  timestamptz  not null default now(),
    updated_at  timestamptz  not null default now(),
    constraint business_calendar_name_unique unique (name)
);

-- Child rows are replaced together with their calendar (its version guards concurrent edits).
create table business_calendar_hours (
    calendar_id   bigint   not null references business_calendar (id),
    day_of_week   integer  not null check (day_of_week between 1 and 7),
    start_minute  integer  not null check (start_minute between 0 and 1439),
    end_minute    integer  not null check (end_minute between 1 and 1440),
    check (start_minute < end_minute)
);

create index business_calendar_hours_of_calendar on business_calendar_hours (calendar_id);

create table business_calendar_holiday (
    calendar_id   bigint       not null references business_calendar (id),
    holiday_date  date         not null,
    name          varchar(100) not null,
    recurring     boolean      not null default false
);

create index business_calendar_holiday_of_calendar on business_calendar_holiday (calendar_id);

insert into business_calendar (name, time_zone) values ('Poland', 'Europe/Warsaw'), ('Germany', 'Europe/Berlin');

insert into business_calendar_hours (calendar_id, day_of_week, start_minute, end_minute)
select c.id, d, 480, 1080 from business_calendar c cross join generate_series(1, 5) d where c.name = 'Poland';

insert into business_calendar_hours (calendar_id, day_of_week, start_minute, end_minute)
select c.id, d, 480, 1020 from business_calendar c cross join generate_series(1, 5) d where c.name = 'Germany';

-- Polish public holidays: fixed dates recur every year (24 December is a holiday from 2025 on), movable
-- feasts (Easter, Pentecost, Corpus Christi) for 2026 and 2027.
insert into business_calendar_holiday (calendar_id, holiday_date, name, recurring)
select c.id, h.holiday_date, h.name, h.recurring
from business_calendar c
cross join (values
    (date '2026-01-01', 'Nowy Rok', true),
    (date '2026-01-06', 'Święto Trzech Króli', true),
    (date '2026-05-01', 'Święto Pracy', true),
    (date '2026-05-03', 'Święto Konstytucji 3 Maja', true),
    (date '2026-08-15', 'Wniebowzięcie Najświętszej Maryi Panny', true),
    (date '2026-11-01', 'Wszystkich Świętych', true),
    (date '2026-11-11', 'Narodowe Święto Niepodległości', true),
    (date '2026-12-24', 'Wigilia Bożego Narodzenia', true),
    (date '2026-12-25', 'Boże Narodzenie (pierwszy dzień)', true),
    (date '2026-12-26', 'Boże Narodzenie (drugi dzień)', true),
    (date '2026-04-05', 'Wielkanoc 2026', false),
    (date '2026-04-06', 'Poniedziałek Wielkanocny 2026', false),
    (date '2026-05-24', 'Zielone Świątki 2026', false),
    (date '2026-06-04', 'Boże Ciało 2026', false),
    (date '2027-03-28', 'Wielkanoc 2027', false),
    (date '2027-03-29', 'Poniedziałek Wielkanocny 2027', false),
    (date '2027-05-16', 'Zielone Świątki 2027', false),
    (date '2027-05-27', 'Boże Ciało 2027', false)
) as h (holiday_date, name, recurring)
where c.name = 'Poland';

-- German national holidays (regional ones are added per installation).
insert into business_calendar_holiday (calendar_id, holiday_date, name, recurring)
select c.id, h.holiday_date, h.name, h.recurring
from business_calendar c
cross join (values
    (date '2026-01-01', 'Neujahr', true),
    (date '2026-05-01', 'Tag der Arbeit', true),
    (date '2026-10-03', 'Tag der Deutschen Einheit', true),
    (date '2026-12-25', '1. Weihnachtstag', true),
    (date '2026-12-26', '2. Weihnachtstag', true),
    (date '2026-04-03', 'Karfreitag 2026', false),
    (date '2026-04-06', 'Ostermontag 2026', false),
    (date '2026-05-14', 'Christi Himmelfahrt 2026', false),
    (date '2026-05-25', 'Pfingstmontag 2026', false),
    (date '2027-03-26', 'Karfreitag 2027', false),
    (date '2027-03-29', 'Ostermontag 2027', false),
    (date '2027-05-06', 'Christi Himmelfahrt 2027', false),
    (date '2027-05-17', 'Pfingstmontag 2027', false)
) as h (holiday_date, name, recurring)
where c.name = 'Germany';
