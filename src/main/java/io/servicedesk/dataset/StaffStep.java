package io.servicedesk.dataset;

import java.util.List;

/**
 * Twelve teams and the staff: three administrators, a supervisor leading each team and
 * agents spread over the teams, from the desk's five countries, each speaking their
 * country's language. Usernames are the initial, the surname and the staff number
 * ({@code akowalska042}); all share one password. Also stages {@code ds_actor}, the
 * agents and supervisors the later steps pick as the people who did things.
 */
final class StaffStep implements DatasetStep {

	static final int ADMINS = 3;

	static final List<String> TEAMS = List.of("Front Desk", "Billing", "Logistics", "Complaints Desk", "Accounts",
			"Returns", "Business Clients", "VIP Care", "Orders", "Back Office", "Quality", "Escalations");

	private final String passwordHash;

	StaffStep(String passwordHash) {
		this.passwordHash = passwordHash;
	}

	@Override
	public String name() {
		return "staff";
	}

	@Override
	public long rows(DatasetSize size) {
		return size.staff();
	}

	@Override
	public void run(Load load) {
		Noise noise = load.noise();
		int teams = load.size().teams();
		load.stage("ds_team",
				"select position::int, name from unnest("
						+ Noise.textArray(TEAMS.subList(0, teams).toArray(String[]::new))
						+ ") with ordinality as t (name, position)");
		load.execute(
				"insert into team (name) select name from ds_team order by position on conflict (name) do nothing");
		load.inChunks(load.size().staff(), (from, to) -> load.jdbc()
			.update("""
					insert into staff (username, display_name, email, password_hash, role, team_id, locale, created_at,
					  updated_at)
					select username, first || ' ' || last, username || '@servicedesk.example', ?, role,
					  (select t.id from team t join ds_team d on d.name = t.name where d.position = team_position), language,
					  joined, joined
					from (
					  select k, first, last, language, joined,
					    substr(sd_fold(first), 1, 1) || translate(sd_fold(last), ' ''-', '')
					      || lpad(k::text, greatest(3, length(k::text)), '0') as username,
					    case when k <= %1$d then 'ADMIN' when k <= %1$d + %2$d then 'SUPERVISOR' else 'AGENT' end as role,
					    case when k <= %1$d then null when k <= %1$d + %2$d then k - %1$d
					      else 1 + (k - %1$d - %2$d - 1) %% %2$d end as team_position
					  from (
					    select k, c.language,
					      case when female then %3$s else %4$s end as first,
					      case when female then c.female_last[last_index] else c.male_last[last_index] end as last,
					      %5$s - (400 + %6$s * 700) * interval '1 day' as joined
					    from (
					      select k, %7$s = 0 as female, (1 + %8$s)::int as last_index, c.position
					      from generate_series(?::int, ?::int) k
					      join ds_country c on c.position = k %% 5
					    ) s
					    join ds_country c on c.position = s.position
					  ) named
					) person
					on conflict (username) do nothing"""
				.formatted(ADMINS, teams, noise.pick(1, "k", "c.female_first"), noise.pick(1, "k", "c.male_first"),
						load.asOf(), noise.unit(2, "k"), noise.below(3, "k", 2),
						noise.below(4, "k", "cardinality(c.male_last)")),
					passwordHash, from, to));
		load.execute("""
				update team t set lead_id = s.id
				from ds_team d, staff s
				where d.name = t.name and s.team_id = t.id and s.role = 'SUPERVISOR' and t.lead_id is null""");
		load.stage("ds_actor", """
				select row_number() over (order by id)::int as k, username from staff
				where active and role <> 'ADMIN'""");
	}

	/** How many staff the later steps pick from. */
	static int actors(Load load) {
		Integer count = load.jdbc().queryForObject("select count(*) from ds_actor", Integer.class);
		return count == null ? 0 : count;
	}

}
