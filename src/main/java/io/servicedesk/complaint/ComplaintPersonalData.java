package io.servicedesk.complaint;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.servicedesk.casework.CaseQueues;
import io.servicedesk.casework.CaseTimeline;
import io.servicedesk.sla.CaseKind;
import io.servicedesk.workspace.PersonalDataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The client's complaints in the personal-data export: subject, status, what the client
 * asked for, the decision sent to them and the whole correspondence.
 */
@Component
class ComplaintPersonalData implements PersonalDataSource {

	private final CaseQueues queues;

	private final CaseTimeline timeline;

	private final JdbcClient jdbc;

	ComplaintPersonalData(CaseQueues queues, CaseTimeline timeline, JdbcClient jdbc) {
		this.queues = queues;
		this.timeline = timeline;
		this.jdbc = jdbc;
	}

	@Override
	public String section() {
		return "complaints";
	}

	@Override
	public List<Map<String, Object>> personalDataOf(long clientId) {
		return queues.allOf(CaseKind.COMPLAINT, clientId).stream().map(headline -> {
			Map<String, Object> complaint = new LinkedHashMap<>();
			complaint.put("reference", headline.reference());
			complaint.put("subject", headline.subject());
			complaint.put("status", headline.status());
			jdbc.sql(
					"""
							select m.desired_outcome, m.amount_claimed, m.claimed_currency, m.resolution_message, m.reopen_reason
							from complaint m join case_file c on c.id = m.id where c.reference = :reference""")
				.param("reference", headline.reference())
				.query((rs, row) -> {
					complaint.put("desiredOutcome", rs.getString(1));
					complaint.put("amountClaimed", rs.getBigDecimal(2) == null ? null
							: rs.getBigDecimal(2).toPlainString() + " " + rs.getString(3));
					complaint.put("resolutionMessage", rs.getString(4));
					complaint.put("reopenReason", rs.getString(5));
					return row;
				})
				.list();
			complaint.put("timeline", timeline.entries(headline.reference()));
			return complaint;
		}).toList();
	}

}
