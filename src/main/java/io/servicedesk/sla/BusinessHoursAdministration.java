package io.servicedesk.sla;

import java.util.List;
import java.util.Optional;

import io.servicedesk.audit.AuditLog;
import io.servicedesk.audit.AuditRecord;
import io.servicedesk.shared.RuleViolationException;
import io.servicedesk.shared.StaleVersionException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Administration of business-hours calendars. A changed calendar applies to clocks
 * computed from then on; due instants already computed stay as they are.
 */
@Service
public class BusinessHoursAdministration {

	private final BusinessHoursRepository calendars;

	private final AuditLog auditLog;

	BusinessHoursAdministration(BusinessHoursRepository calendars, AuditLog auditLog) {
		this.calendars = calendars;
		this.auditLog = auditLog;
	}

	@Transactional(readOnly = true)
	public List<BusinessHoursDetails> list() {
		return calendars.findAllByOrderByName().stream().map(BusinessHours::details).toList();
	}

	@Transactional(readOnly = true)
	public BusinessHoursDetails get(long id) {
		return find(id).details();
	}

	@Transactional(readOnly = true)
	public Optional<BusinessHoursDetails> findByName(String name) {
		return name == null ? Optional.empty() : calendars.findByName(name.strip()).map(BusinessHours::details);
	}

	@Transactional
	public BusinessHoursDetails create(BusinessHoursDefinition definition, String actor) {
		if (calendars.existsByNameIgnoreCase(definition.name().strip())) {
			throw new RuleViolationException("sla.calendar.error.name-taken", definition.name().strip());
		}
		BusinessHours created = calendars.saveAndFlush(new BusinessHours(consistent(definition)));
		BusinessHoursDetails details = created.details();
		auditLog.record(AuditRecord.of(actor, "business-hours.created", "business-hours", details.name())
			.change(null, describe(details)));
		return details;
	}

	@Transactional
	public BusinessHoursDetails update(long id, Long expectedVersion, BusinessHoursDefinition definition,
			String actor) {
		BusinessHours calendar = find(id);
		if (expectedVersion != null && expectedVersion != calendar.getVersion()) {
			throw new StaleVersionException(calendar.getName());
		}
		if (calendars.existsByNameIgnoreCaseAndIdNot(definition.name().strip(), id)) {
			throw new RuleViolationException("sla.calendar.error.name-taken", definition.name().strip());
		}
		BusinessHoursDetails before = calendar.details();
		calendar.redefine(consistent(definition));
		calendars.flush();
		BusinessHoursDetails after = calendar.details();
		auditLog.record(AuditRecord.of(actor, "business-hours.changed", "business-hours", after.name())
			.change(describe(before), describe(after)));
		return after;
	}

	private static BusinessHoursDefinition consistent(BusinessHoursDefinition definition) {
		try {
			definition.toCalendar();
			return definition;
		}
		catch (IllegalArgumentException ex) {
			throw new RuleViolationException("sla.calendar.error.inconsistent");
		}
	}

	private BusinessHours find(long id) {
		return calendars.findById(id).orElseThrow(() -> new BusinessHoursNotFoundException(id));
	}

	private static String describe(BusinessHoursDetails details) {
		return details.name() + " " + details.zone() + " " + details.weeklyHours() + " holidays="
				+ details.holidays().size();
	}

}
