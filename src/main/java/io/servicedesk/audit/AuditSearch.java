package io.servicedesk.audit;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Filters of the audit log; every part is optional. Dates are whole days in UTC, both
 * ends included.
 *
 * @param actor who did it (a username, or {@code system})
 * @param action the action code, such as {@code staff.deactivated}
 * @param objectRef the object's reference, such as a username or {@code INQ-000042}
 */
public record AuditSearch(String actor, String action, String objectRef, LocalDate from, LocalDate to, ZoneId zone) {

	public AuditSearch {
		zone = zone == null ? ZoneOffset.UTC : zone;
	}

	/** A search whose days are days in UTC. */
	public AuditSearch(String actor, String action, String objectRef, LocalDate from, LocalDate to) {
		this(actor, action, objectRef, from, to, ZoneOffset.UTC);
	}

	public static AuditSearch everything() {
		return new AuditSearch(null, null, null, null, null);
	}

	/**
	 * The SQL condition (after {@code where}) and its parameters. Every filter narrows a
	 * keyset walk down the primary key, or uses the index by actor, object or action,
	 * each ordered by id.
	 */
	Condition toCondition(Long beforeId) {
		List<String> clauses = new ArrayList<>();
		Map<String, Object> parameters = new TreeMap<>();
		if (present(actor)) {
			clauses.add("actor = :actor");
			parameters.put("actor", actor.strip().toLowerCase(Locale.ROOT));
		}
		if (present(action)) {
			clauses.add("action = :action");
			parameters.put("action", action.strip());
		}
		if (present(objectRef)) {
			clauses.add("object_ref = :objectRef");
			parameters.put("objectRef", objectRef.strip());
		}
		if (from != null) {
			clauses.add("occurred_at >= :from");
			parameters.put("from", java.sql.Timestamp.from(from.atStartOfDay(zone).toInstant()));
		}
		if (to != null) {
			clauses.add("occurred_at < :to");
			parameters.put("to", java.sql.Timestamp.from(to.plusDays(1).atStartOfDay(zone).toInstant()));
		}
		if (beforeId != null) {
			clauses.add("id < :beforeId");
			parameters.put("beforeId", beforeId);
		}
		return new Condition(clauses.isEmpty() ? "true" : String.join(" and ", clauses), parameters);
	}

	private static boolean present(String value) {
		return value != null && !value.isBlank();
	}

	record Condition(String sql, Map<String, Object> parameters) {
	}

}
