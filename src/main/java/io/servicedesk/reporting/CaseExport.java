package io.servicedesk.reporting;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The raw case list behind the reports: every inquiry or complaint created in a range
 * with the filter's dimensions, one row per case with its facts, read through a database
 * cursor (a fixed number of rows in memory however many the range holds).
 */
@Service
public class CaseExport {

	static final int FETCH_SIZE = 1_000;

	public static final List<String> COLUMNS = List.of("reference", "kind", "status", "priority", "channel", "category",
			"team", "agent", "created_at", "first_responded_at", "first_response_business_minutes",
			"first_response_in_time", "resolved_at", "resolution_business_minutes", "resolved_in_time", "reopened",
			"one_touch", "outcome", "root_cause", "remedy_amount", "remedy_currency", "subject");

	private final NamedParameterJdbcTemplate jdbc;

	CaseExport(JdbcTemplate jdbcTemplate) {
		JdbcTemplate streaming = new JdbcTemplate(jdbcTemplate.getDataSource());
		streaming.setFetchSize(FETCH_SIZE);
		this.jdbc = new NamedParameterJdbcTemplate(streaming);
	}

	/** How many cases {@link #forEach} will give. */
	@Transactional(readOnly = true)
	public long count(ReportFilter filter, String kind) {
		Long count = jdbc.queryForObject(
				"select count(*) from report_case_fact f where f.kind = :kind and f.created_day between :from and :to and "
						+ filter.factCondition(),
				parameters(filter, kind), Long.class);
		return count == null ? 0 : count;
	}

	/**
	 * Gives each case to {@code row} in order of creation; the values in the order of
	 * {@link #COLUMNS}.
	 */
	@Transactional(readOnly = true)
	public void forEach(ReportFilter filter, String kind, CaseRow row) {
		jdbc.query(
				"""
						select c.reference, c.kind, c.status, c.priority, c.channel, c.category_code, t.name as team, c.assignee,
						  c.created_at, s.first_responded_at, f.first_response_minutes, f.first_response_met,
						  coalesce(i.resolved_at, k.resolved_at, i.closed_at, k.closed_at) as resolved_at, f.resolution_minutes,
						  f.resolution_met, f.reopened, f.one_touch, f.outcome, f.root_cause, f.remedy_amount,
						  f.remedy_currency, c.subject
						from report_case_fact f
						join case_file c on c.id = f.case_id
						left join team t on t.id = c.team_id
						left join sla_clock s on s.case_kind = c.kind and s.case_ref = c.reference
						left join inquiry i on i.id = c.id
						left join complaint k on k.id = c.id
						where f.kind = :kind and f.created_day between :from and :to and %s
						order by f.created_day, f.case_id"""
					.formatted(filter.factCondition()),
				parameters(filter, kind), (RowCallbackHandler) rs -> row.accept(values(rs)));
	}

	private static Object[] values(ResultSet rs) throws SQLException {
		Object[] values = new Object[COLUMNS.size()];
		for (int i = 0; i < values.length; i++) {
			Object value = rs.getObject(i + 1);
			if (value instanceof java.sql.Timestamp timestamp) {
				value = timestamp.toInstant().toString();
			}
			values[i] = value;
		}
		return values;
	}

	private static MapSqlParameterSource parameters(ReportFilter filter, String kind) {
		return new MapSqlParameterSource().addValue("kind", kind)
			.addValue("from", Date.valueOf(filter.from()))
			.addValue("to", Date.valueOf(filter.to()))
			.addValue("team", filter.team())
			.addValue("agent", filter.agent())
			.addValue("channel", filter.channel())
			.addValue("category", filter.category())
			.addValue("priority", filter.priority());
	}

	/** Receives one case's values. */
	@FunctionalInterface
	public interface CaseRow {

		void accept(Object[] values);

	}

}
