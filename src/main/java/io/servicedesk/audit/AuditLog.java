package io.servicedesk.audit;

import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The audit log every module writes to. An entry joins the caller's transaction, so a change and its
 * audit entry are stored together or not at all.
 */
@Service
public class AuditLog {

	private static final int MAX_VALUE_LENGTH = 4000;

	private final AuditEntryRepository entries;

	private final Clock clock;

	AuditLog(AuditEntryRepository entries, Clock clock) {
		this.entries = entries;
		this.clock = clock;
	}

	@Transactional(propagation = Propagation.REQUIRED)
	public void record(AuditRecord record) {
		entries.save(new AuditEntry(clock.instant(), record.actor(), record.action(), record.objectType(),
				record.objectRef(), truncate(record.before()), truncate(record.after()), currentRemoteAddress()));
	}

	@Transactional(readOnly = true)
	public List<AuditEntry> latestFor(String objectRef) {
		return entries.findTop50ByObjectRefOrderByIdDesc(objectRef);
	}

	@Transactional(readOnly = true)
	public List<AuditEntry> latestBy(String actor) {
		return entries.findTop50ByActorOrderByIdDesc(actor);
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
