package io.servicedesk.dataset;

import static io.servicedesk.dataset.Noise.literal;

import java.util.List;
import java.util.Map;

import io.servicedesk.catalogue.CategoryDraft;
import io.servicedesk.catalogue.StandardCategories;
import io.servicedesk.staff.SupportedLanguage;

/**
 * What the inquiry and complaint steps share, as temporary tables and functions of the
 * run:
 * <ul>
 * <li>business time on the calendars of the SLA policies: {@code ds_open} holds every
 * opening period over the data's time span with the business seconds before it, so
 * {@code pg_temp.bsec(calendar, instant)} gives the business seconds up to an instant and
 * {@code pg_temp.binv(calendar, seconds)} the instant at which they are reached, the
 * arithmetic of {@code BusinessCalendar.dueAt} and {@code businessMinutesBetween}
 * (periods on the local calendar of the zone, holidays, recurring ones from their first
 * date on);</li>
 * <li>{@code ds_policy}, the active SLA policy of each case kind and priority;</li>
 * <li>{@code ds_worker}, the agents and supervisors who work on cases with their team,
 * {@code ds_team_k} the teams by number and {@code ds_lead} the team leads;</li>
 * <li>{@code ds_category}, the active categories by kind and number (the catalogue gets
 * the usual categories first when it has none of a kind);</li>
 * <li>{@code ds_client_case}, what a case needs of its client: language, preferred
 * channel, currency and first order;</li>
 * <li>{@code pg_temp.tsv_cat}, the ordered concatenation of search vectors.</li>
 * </ul>
 */
final class CaseTables {

	private CaseTables() {
	}

	static void create(Load load) {
		businessTime(load);
		load.stage("ds_policy", """
				select case_kind as kind, priority, id as policy_id, calendar_id, first_response_minutes as fr_min,
				  resolution_minutes as res_min, at_risk_percent as pct, escalation_team_id
				from sla_policy where active""");
		load.stage("ds_worker", """
				select row_number() over (order by s.id)::int as k, s.username, s.team_id, s.role
				from staff s where s.active and s.role in ('AGENT', 'SUPERVISOR') and s.team_id is not null""");
		load.stage("ds_team_k", "select row_number() over (order by id)::int as k, id as team_id, name from team");
		load.stage("ds_lead", """
				select t.id as team_id, s.username, row_number() over (order by t.id)::int as k
				from team t join staff s on s.id = t.lead_id where s.active""");
		categories(load);
		load.stage("ds_client_case", """
				select c.id, c.created_at, c.preferred_language as language, c.preferred_channel, k.currency,
				  o.number as first_order, o.created_at as first_order_at
				from client c
				join ds_country k on k.code = c.country
				left join (select distinct on (client_id) client_id, number, created_at from client_order
				  order by client_id, created_at, id) o on o.client_id = c.id""");
		load.execute("alter table ds_client_case add primary key (id)");
		load.execute("""
				create aggregate pg_temp.tsv_cat (tsvector) (sfunc = tsvector_concat, stype = tsvector,
				  initcond = '')""");
	}

	static void requireStaff(Load load) {
		Integer leads = load.jdbc().queryForObject("select count(*) from ds_lead", Integer.class);
		if (leads == null || leads < 2) {
			throw new IllegalStateException("Complaints need at least two team leads to review each other's work");
		}
	}

	private static void businessTime(Load load) {
		String asOf = load.asOf();
		load.execute(
				"""
						create temporary table ds_open on commit drop as
						select calendar_id, opens_at, closes_at,
						  coalesce(sum(seconds) over (partition by calendar_id order by opens_at
						    rows between unbounded preceding and 1 preceding), 0)::bigint as before_s,
						  sum(seconds) over (partition by calendar_id order by opens_at)::bigint as after_s
						from (
						  select p.calendar_id, p.opens_at, p.closes_at,
						    extract(epoch from p.closes_at - p.opens_at)::bigint as seconds
						  from (
						    select c.id as calendar_id,
						      (d.day + make_interval(mins => h.start_minute)) at time zone c.time_zone as opens_at,
						      (d.day + make_interval(mins => h.end_minute)) at time zone c.time_zone as closes_at
						    from business_calendar c
						    cross join lateral (select g::date as day from generate_series(
						      (coalesce((select min(created_at) from client), %1$s) at time zone 'UTC')::date - 3,
						      (%1$s at time zone 'UTC')::date + 600, interval '1 day') g) d
						    join business_calendar_hours h on h.calendar_id = c.id
						      and h.day_of_week = extract(isodow from d.day)
						    where not exists (select 1 from business_calendar_holiday x where x.calendar_id = c.id and (
						      (not x.recurring and x.holiday_date = d.day)
						      or (x.recurring and d.day >= x.holiday_date and (
						        to_char(d.day, 'MM-DD') = to_char(x.holiday_date, 'MM-DD')
						        or (to_char(x.holiday_date, 'MM-DD') = '02-29' and to_char(d.day, 'MM-DD') = '02-28'
						          and extract(day from (date_trunc('year', d.day) + interval '2 months' - interval '1 day')) = 28)))))
						  ) p
						  where p.opens_at < p.closes_at
						) periods"""
					.formatted(asOf));
		load.execute("create index on ds_open (calendar_id, closes_at)");
		load.execute("create index on ds_open (calendar_id, after_s)");
		load.execute("analyze ds_open");
		load.execute("""
				create function pg_temp.bsec(cal bigint, t timestamptz) returns bigint language sql stable as $$
				  select case when t <= o.opens_at then o.before_s
				    else o.before_s + extract(epoch from t - o.opens_at)::bigint end
				  from ds_open o where o.calendar_id = cal and o.closes_at > t order by o.closes_at limit 1 $$""");
		load.execute("""
				create function pg_temp.binv(cal bigint, v bigint) returns timestamptz language sql stable as $$
				  select o.opens_at + (v - o.before_s) * interval '1 second'
				  from ds_open o where o.calendar_id = cal and o.after_s >= v order by o.after_s limit 1 $$""");
	}

	private static void categories(Load load) {
		for (String kind : List.of("INQUIRY", "COMPLAINT")) {
			Integer existing = load.jdbc()
				.queryForObject("select count(*) from category where kind = ? and active", Integer.class, kind);
			if (existing != null && existing > 0) {
				continue;
			}
			for (CategoryDraft category : StandardCategories.ALL) {
				if (!category.kind().name().equals(kind)) {
					continue;
				}
				Map<SupportedLanguage, String> names = category.names();
				load.execute("""
						insert into category (code, kind, default_priority, name_en, name_pl, name_de, name_et, name_lv)
						values (%s, %s, %s, %s, %s, %s, %s, %s) on conflict (code) do nothing""".formatted(
						literal(category.code()), literal(kind),
						category.defaultPriority() == null ? "null" : literal(category.defaultPriority().name()),
						literal(names.get(SupportedLanguage.EN)), literal(names.get(SupportedLanguage.PL)),
						literal(names.get(SupportedLanguage.DE)), literal(names.get(SupportedLanguage.ET)),
						literal(names.get(SupportedLanguage.LV))));
			}
		}
		load.stage("ds_category", """
				select kind, row_number() over (partition by kind order by id)::int as k, code, default_priority
				from category where active""");
	}

}
