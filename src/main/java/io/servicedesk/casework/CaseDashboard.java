package io.servicedesk.casework;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.servicedesk.sla.CaseKind;
import io.servicedesk.sla.SlaState;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The figures of the home pages, each counted on the index its queue reads: for a person,
 * their active cases by SLA state, how many of their cases the client answered since a
 * given instant and their team's cases nobody has taken; for a supervisor, the active
 * cases of each team, the breached ones and the complaints waiting for review.
 */
@Service
public class CaseDashboard {

	private final JdbcClient jdbc;

	CaseDashboard(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A person's desk: their active cases by kind and SLA state, how many the client
	 * answered since the instant asked for, and their team's unassigned cases by kind
	 * (kinds and states by their names, as the templates name them).
	 */
	public record Mine(Map<CaseKind, Map<SlaState, Long>> bySla, long answeredSince,
			Map<CaseKind, Long> teamUnassigned) {

		public long of(String kind, String state) {
			return bySla.getOrDefault(CaseKind.valueOf(kind), Map.of()).getOrDefault(SlaState.valueOf(state), 0L);
		}

		public long total(String kind) {
			return bySla.getOrDefault(CaseKind.valueOf(kind), Map.of())
				.values()
				.stream()
				.mapToLong(Long::longValue)
				.sum();
		}

		public long unassigned(String kind) {
			return teamUnassigned.getOrDefault(CaseKind.valueOf(kind), 0L);
		}

	}

	/** One team's active cases. */
	public record TeamBacklog(String team, long inquiries, long complaints, long breached) {
	}

	/** The desk as a supervisor sees it. */
	public record Desk(List<TeamBacklog> teams, long breached, long atRisk, long complaintsToReview) {
	}

	@Transactional(readOnly = true)
	public Mine mine(Viewer viewer, Instant since) {
		Map<CaseKind, Map<SlaState, Long>> bySla = new EnumMap<>(CaseKind.class);
		jdbc.sql("select kind, sla_state, count(*) as n from case_file where active and assignee = :me "
				+ "group by kind, sla_state")
			.param("me", viewer.username())
			.query((rs, row) -> {
				bySla.computeIfAbsent(CaseKind.valueOf(rs.getString("kind")), kind -> new EnumMap<>(SlaState.class))
					.put(SlaState.valueOf(rs.getString("sla_state")), rs.getLong("n"));
				return null;
			})
			.list();
		long answered = jdbc
			.sql("select count(distinct c.id) from case_file c join case_entry e on e.case_id = c.id "
					+ "where c.active and c.assignee = :me and e.kind = 'MESSAGE_IN' and e.occurred_at >= :since")
			.param("me", viewer.username())
			.param("since", Timestamp.from(since))
			.query(Long.class)
			.single();
		Map<CaseKind, Long> unassigned = new EnumMap<>(CaseKind.class);
		if (viewer.teamId() != null) {
			jdbc.sql("select kind, count(*) as n from case_file where active and assignee is null and team_id = :team "
					+ "group by kind")
				.param("team", viewer.teamId())
				.query((rs, row) -> unassigned.put(CaseKind.valueOf(rs.getString("kind")), rs.getLong("n")))
				.list();
		}
		return new Mine(bySla, answered, unassigned);
	}

	@Transactional(readOnly = true)
	public Desk desk() {
		List<TeamBacklog> teams = new ArrayList<>(jdbc
			.sql("select t.name, count(*) filter (where c.kind = 'INQUIRY') as inquiries, "
					+ "count(*) filter (where c.kind = 'COMPLAINT') as complaints, "
					+ "count(*) filter (where c.sla_state = 'BREACHED') as breached "
					+ "from case_file c join team t on t.id = c.team_id where c.active group by t.name order by t.name")
			.query((rs, row) -> new TeamBacklog(rs.getString("name"), rs.getLong("inquiries"), rs.getLong("complaints"),
					rs.getLong("breached")))
			.list());
		return jdbc
			.sql("select count(*) filter (where sla_state = 'BREACHED') as breached, "
					+ "count(*) filter (where sla_state = 'AT_RISK') as at_risk, "
					+ "(select count(*) from case_file r where r.kind = 'COMPLAINT' "
					+ "and r.status = 'RESOLUTION_PROPOSED') as review from case_file where active")
			.query((rs, row) -> new Desk(teams, rs.getLong("breached"), rs.getLong("at_risk"), rs.getLong("review")))
			.single();
	}

}
