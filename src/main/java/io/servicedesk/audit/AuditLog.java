package io.servicedesk.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The audit log every module writes to. An entry joins the caller's transaction, so a
 * change and its audit entry are stored together or not at all.
 */
@Service
public class AuditLog {

	private static final int MAX_VALUE_LENGTH = 4000;

	private static final int MAX_NAME_LENGTH = 64;

	private static final int MAX_REFERENCE_LENGTH = 100;

	private final AuditEntryRepository entries;

	private static final int EXPORT_BATCH = 1000;

	private final Clock clock;

	private final JdbcClient jdbc;

	AuditLog(AuditEntryRepository entries, Clock clock, JdbcClient jdbc) {
		this.entries = entries;
		this.clock = clock;
		this.jdbc = jdbc;
	}

	@Transactional(propagation = Propagation.REQUIRED)
	public void record(AuditRecord record) {
		entries.save(new AuditEntry(clock.instant(), fit(record.actor(), MAX_NAME_LENGTH), fit(record.action(), 100),
				fit(record.objectType(), 50), fit(record.objectRef(), MAX_REFERENCE_LENGTH), truncate(record.before()),
				truncate(record.after()), fit(currentRemoteAddress(), 64)));
	}

	@Transactional(readOnly = true)
	public List<AuditEntry> latestFor(String objectRef) {
		return entries.findTop50ByObjectRefOrderByIdDesc(objectRef);
	}

	@Transactional(readOnly = true)
	public List<AuditEntry> latestBy(String actor) {
		return entries.findTop50ByActorOrderByIdDesc(actor);
	}

	/**
	 * Up to {@code limit} entries matching the search, newest first, older than
	 * {@code beforeId} when given (keyset paging by id).
	 */
	@Transactional(readOnly = true)
	public List<AuditEntry> search(AuditSearch search, Long beforeId, int limit) {
		AuditSearch.Condition condition = search.toCondition(beforeId);
		return jdbc.sql("select * from audit_entry where " + condition.sql() + " order by id desc limit :limit")
			.params(condition.parameters())
			.param("limit", limit)
			.query(AuditLog::map)
			.list();
	}

	/**
	 * Hands every entry matching the search to {@code sink}, newest first, reading a
	 * batch at a time so an export of the whole log never holds it in memory.
	 */
	public void forEach(AuditSearch search, Consumer<AuditEntry> sink) {
		Long before = null;
		List<AuditEntry> batch;
		do {
			batch = search(search, before, EXPORT_BATCH);
			batch.forEach(sink);
			before = batch.isEmpty() ? null : batch.get(batch.size() - 1).getId();
		}
		while (batch.size() == EXPORT_BATCH);
	}

	/**
	 * The action codes in the log, for the filter; a skip scan over the index by action,
	 * not a table scan.
	 */
	@Transactional(readOnly = true)
	public List<String> actions() {
		return jdbc.sql("""
				with recursive actions(action) as (
				  (select action from audit_entry order by action limit 1)
				  union all
				  select (select e.action from audit_entry e where e.action > a.action order by e.action limit 1)
				  from actions a where a.action is not null
				)
				select action from actions where action is not null
				""").query(String.class).list();
	}

	private static AuditEntry map(ResultSet row, int number) throws SQLException {
		return new AuditEntry(row.getLong("id"), row.getTimestamp("occurred_at").toInstant(), row.getString("actor"),
				row.getString("action"), row.getString("object_type"), row.getString("object_ref"),
				row.getString("before_value"), row.getString("after_value"), row.getString("remote_address"));
	}

	/**
	 * An entry is never lost for a value longer than its column: what someone typed as a
	 * username at the sign-in can be anything. The cut is marked with an ellipsis.
	 */
	static String fit(String value, int length) {
		return value == null || value.length() <= length ? value : value.substring(0, length - 1) + "…";
	}

	private static String truncate(String value) {
		return value == null || value.length() <= MAX_VALUE_LENGTH ? value : value.substring(0, MAX_VALUE_LENGTH);
	}

	private static String currentRemoteAddress() {
		RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
		if (attributes instanceof ServletRequestAttributes servlet) {
			return servlet.getRequest().getRemoteAddr();
		}
		return null;
	}

}
