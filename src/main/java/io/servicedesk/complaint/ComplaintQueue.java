package io.servicedesk.complaint;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.servicedesk.casework.CaseQueues;
import io.servicedesk.casework.QueueCondition;
import io.servicedesk.casework.QueueFilter;
import io.servicedesk.casework.QueuePage;
import io.servicedesk.casework.QueueRow;
import io.servicedesk.casework.QueueSort;
import io.servicedesk.casework.QueueView;
import io.servicedesk.casework.Viewer;
import io.servicedesk.sla.CaseKind;
import io.servicedesk.staff.TeamDirectory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The complaint queue: the case queues of {@code casework} (one keyset-paginated query in
 * SLA order) with the complaint views and filters as a further condition on the complaint
 * row; then one query for the complaint columns of the page. Supervisors see every team's
 * complaints; agents their own, their team's and those forwarded to their team.
 */
@Service
public class ComplaintQueue {

	private final CaseQueues queues;

	private final JdbcClient jdbc;

	private final TeamDirectory teams;

	private final Clock clock;

	ComplaintQueue(CaseQueues queues, JdbcClient jdbc, TeamDirectory teams, Clock clock) {
		this.queues = queues;
		this.jdbc = jdbc;
		this.teams = teams;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public ComplaintQueuePage page(Viewer viewer, ComplaintQueueFilter filter, int limit, String after) {
		Query query = query(viewer, filter);
		if (query == null) {
			return new ComplaintQueuePage(List.of(), null);
		}
		QueuePage page = queues.page(CaseKind.COMPLAINT, viewer, query.filter(), query.condition(), limit, after);
		return new ComplaintQueuePage(withComplaintColumns(page.items()), page.next());
	}

	/**
	 * How many complaints the queue shows in all, counted up to one more than
	 * {@code cap}, with the same conditions as its pages.
	 */
	@Transactional(readOnly = true)
	public long count(Viewer viewer, ComplaintQueueFilter filter, int cap) {
		Query query = query(viewer, filter);
		return query == null ? 0 : queues.count(CaseKind.COMPLAINT, viewer, query.filter(), query.condition(), cap);
	}

	/**
	 * The case queue's filter and the complaint's further condition of a view and its
	 * filters, or {@code null} where the chosen status lies outside the view, so nothing
	 * is shown.
	 */
	private Query query(Viewer viewer, ComplaintQueueFilter filter) {
		Instant now = clock.instant();
		List<String> conditions = new ArrayList<>();
		List<String> onComplaint = new ArrayList<>();
		Map<String, Object> params = new HashMap<>();
		ComplaintStatus viewStatus = filter.view().status();
		ComplaintStatus chosen = filter.status();
		if (chosen != null && (viewStatus != null && viewStatus != chosen
				|| (filter.view() == ComplaintView.OPEN || filter.view() == ComplaintView.AT_RISK)
						&& !chosen.isActive())) {
			return null;
		}
		ComplaintStatus shown = chosen != null ? chosen : viewStatus;
		String status = shown != null ? shown.name()
				: filter.view() == ComplaintView.ALL ? QueueFilter.ANY_STATUS : null;
		if (filter.view() == ComplaintView.AT_RISK) {
			conditions.add("c.sla_state in ('AT_RISK', 'BREACHED')");
		}
		if (filter.view() == ComplaintView.FORWARDED_OVERDUE) {
			onComplaint.add("x.answer_due_at < :now");
			params.put("now", Timestamp.from(now));
		}
		if (!viewer.supervisor()) {
			conditions.add(scope());
			params.put("me", viewer.username());
			params.put("myTeam", viewer.teamId() == null ? -1L : viewer.teamId());
		}
		if (filter.team() != null) {
			conditions.add("c.team_id = :filterTeam");
			params.put("filterTeam", teams.findTeamId(filter.team()).orElse(-1L));
		}
		if (filter.assignee() != null) {
			conditions.add("c.assignee = :filterAssignee");
			params.put("filterAssignee", filter.assignee());
		}
		if (filter.olderThanDays() != null) {
			conditions.add("c.created_at < :registeredBefore");
			params.put("registeredBefore", Timestamp.from(now.minus(Duration.ofDays(filter.olderThanDays()))));
		}
		if (filter.severity() != null) {
			onComplaint.add("x.severity = :severity");
			params.put("severity", filter.severity().name());
		}
		if (filter.outcome() != null) {
			onComplaint.add("x.proposed_outcome = :outcome");
			params.put("outcome", filter.outcome().name());
		}
		if (!onComplaint.isEmpty()) {
			conditions.add("exists (select 1 from complaint x where x.id = c.id and "
					+ String.join(" and ", onComplaint) + ")");
		}
		QueueCondition condition = new QueueCondition(conditions.isEmpty() ? null : String.join(" and ", conditions),
				params, !viewer.supervisor());
		return new Query(new QueueFilter(QueueView.ALL, status, null, filter.categoryCode(), null, null, null, null,
				QueueSort.SLA), condition);
	}

	private record Query(QueueFilter filter, QueueCondition condition) {
	}

	/**
	 * The number of complaints in each view the viewer may see, in one statement: each
	 * view is counted on the index its page reads (the status index, the open cases'
	 * queue index, the at-risk index, the index of outstanding department answers), so no
	 * count reads every complaint; closed ones are counted up to
	 * {@link ComplaintCounts#CLOSED_LIMIT} and one more.
	 */
	@Transactional(readOnly = true)
	public ComplaintCounts counts(Viewer viewer) {
		String scope = viewer.supervisor() ? "" : " and " + scope();
		return jdbc
			.sql("select (select count(*) from case_file c where c.kind = 'COMPLAINT' "
					+ "and c.status = 'RESOLUTION_PROPOSED'" + scope + ") as review, "
					+ "(select count(*) from case_file c where c.kind = 'COMPLAINT' and c.active "
					+ "and c.sla_state in ('AT_RISK', 'BREACHED')" + scope + ") as at_risk, "
					+ "(select count(*) from complaint x join case_file c on c.id = x.id "
					+ "where x.answer_due_at < :now and c.kind = 'COMPLAINT' and c.status = 'FORWARDED'" + scope
					+ ") as overdue, " + "(select count(*) from case_file c where c.kind = 'COMPLAINT' and c.active"
					+ scope + ") as open, (select count(*) from case_file c where c.kind = 'COMPLAINT' "
					+ "and c.status = 'RESOLVED'" + scope + ") as resolved, "
					+ "(select count(*) from (select 1 from case_file c where c.kind = 'COMPLAINT' "
					+ "and c.status = 'CLOSED'" + scope + " limit :closedLimit) capped) as closed, "
					+ "(select count(*) from (select 1 from case_file c where c.kind = 'COMPLAINT'" + scope
					+ " limit :closedLimit) capped) as all_complaints")
			.param("now", Timestamp.from(clock.instant()))
			.param("closedLimit", ComplaintCounts.CLOSED_LIMIT + 1)
			.param("me", viewer.username())
			.param("myTeam", viewer.teamId() == null ? -1L : viewer.teamId())
			.query((rs, row) -> new ComplaintCounts(rs.getLong("review"), rs.getLong("at_risk"), rs.getLong("overdue"),
					rs.getLong("open"), rs.getLong("resolved"), rs.getLong("closed"), rs.getLong("all_complaints")))
			.single();
	}

	private static String scope() {
		return "(c.assignee = :me or c.team_id = :myTeam or exists (select 1 from complaint f where f.id = c.id "
				+ "and f.forwarded_team_id = :myTeam))";
	}

	private List<ComplaintRow> withComplaintColumns(List<QueueRow> rows) {
		if (rows.isEmpty()) {
			return List.of();
		}
		record Extra(Severity severity, Outcome outcome, Instant answerDueAt, Long forwardedTeamId) {
		}
		Map<Long, Extra> extras = new HashMap<>();
		jdbc.sql("select id, severity, proposed_outcome, answer_due_at, forwarded_team_id from complaint "
				+ "where id in (:ids)")
			.param("ids", rows.stream().map(QueueRow::id).toList())
			.query(rs -> {
				Timestamp due = rs.getTimestamp("answer_due_at");
				long team = rs.getLong("forwarded_team_id");
				Long teamId = rs.wasNull() ? null : team;
				String outcome = rs.getString("proposed_outcome");
				extras.put(rs.getLong("id"),
						new Extra(Severity.valueOf(rs.getString("severity")),
								outcome == null ? null : Outcome.valueOf(outcome), due == null ? null : due.toInstant(),
								teamId));
			});
		Map<Long, String> teamNames = teams.teamNames(
				extras.values().stream().map(Extra::forwardedTeamId).filter(java.util.Objects::nonNull).toList());
		return rows.stream().map(row -> {
			Extra extra = extras.get(row.id());
			return new ComplaintRow(row, extra.severity(), extra.outcome(), extra.answerDueAt(),
					extra.forwardedTeamId() == null ? null : teamNames.get(extra.forwardedTeamId()));
		}).toList();
	}

}
