-- Each staff member's time zone for the times the pages show and the dates they pick; none: the desk's calendar zone.
alter table staff add column time_zone varchar(64);
