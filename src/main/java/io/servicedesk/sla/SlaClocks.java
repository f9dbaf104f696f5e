package io.servicedesk.sla;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.servicedesk.shared.Priority;
import io.servicedesk.shared.RuleViolationException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The SLA module's public API for the case modules: one clock per case, started when the
 * case is created and told about every event that matters to it. No other module does
 * business-time arithmetic.
 */
@Service
public class SlaClocks {

	private final SlaClockRepository clocks;

	private final SlaPolicyRepository policies;

	private final BusinessHoursRepository calendars;

	private final Clock clock;

	SlaClocks(SlaClockRepository clocks, SlaPolicyRepository policies, BusinessHoursRepository calendars, Clock clock) {
		this.clocks = clocks;
		this.policies = policies;
		this.calendars = calendars;
		this.clock = clock;
	}

	/**
	 * Starts the clock of a new case with the targets of the active policy for its kind
	 * and priority, measured from {@code createdAt}. Refused (422) when no policy is
	 * active for that kind and priority.
	 */
	@Transactional
	public SlaView start(CaseKind caseKind, String caseRef, Priority priority, Instant createdAt) {
		if (clocks.existsByCaseKindAndCaseRef(caseKind, caseRef)) {
			throw new RuleViolationException("sla.clock.error.already-started", caseRef);
		}
		SlaPolicy policy = activePolicy(caseKind, priority);
		// PostgreSQL keeps microseconds: the clock starts from what will be stored, so
		// every view agrees
		SlaClock started = clocks.save(new SlaClock(caseKind, caseRef, priority, policy,
				calendar(policy.getCalendarId()), createdAt.truncatedTo(ChronoUnit.MICROS)));
		return started.view(clock.instant());
	}

	/**
	 * The first public reply by staff (internal notes do not count); later calls change
	 * nothing.
	 */
	@Transactional
	public SlaView recordFirstResponse(CaseKind caseKind, String caseRef, Instant at) {
		SlaClock found = find(caseKind, caseRef);
		found.recordFirstResponse(at);
		return found.view(clock.instant());
	}

	/**
	 * The case now waits for the client: the resolution clock stops until
	 * {@link #resume}.
	 */
	@Transactional
	public SlaView pause(CaseKind caseKind, String caseRef, Instant at) {
		SlaClock found = find(caseKind, caseRef);
		found.pause(at);
		return found.view(clock.instant());
	}

	@Transactional
	public SlaView resume(CaseKind caseKind, String caseRef, Instant at) {
		SlaClock found = find(caseKind, caseRef);
		found.resume(at, calendar(found.getCalendarId()));
		return found.view(clock.instant());
	}

	@Transactional
	public SlaView resolve(CaseKind caseKind, String caseRef, Instant at) {
		SlaClock found = find(caseKind, caseRef);
		found.resolve(at, calendar(found.getCalendarId()));
		return found.view(clock.instant());
	}

	@Transactional
	public SlaView reopen(CaseKind caseKind, String caseRef, Instant at) {
		SlaClock found = find(caseKind, caseRef);
		found.reopen(at, calendar(found.getCalendarId()));
		return found.view(clock.instant());
	}

	/**
	 * New targets from the active policy of the new priority, measured from the case's
	 * creation.
	 */
	@Transactional
	public SlaView changePriority(CaseKind caseKind, String caseRef, Priority priority, Instant at) {
		SlaClock found = find(caseKind, caseRef);
		SlaPolicy policy = activePolicy(caseKind, priority);
		found.changePriority(priority, policy, calendar(policy.getCalendarId()), at);
		return found.view(clock.instant());
	}

	@Transactional(readOnly = true)
	public Optional<SlaView> view(CaseKind caseKind, String caseRef) {
		return clocks.findByCaseKindAndCaseRef(caseKind, caseRef).map(found -> found.view(clock.instant()));
	}

	/** The SLA blocks of a page of cases in one query, keyed by case reference. */
	@Transactional(readOnly = true)
	public Map<String, SlaView> views(CaseKind caseKind, Collection<String> caseRefs) {
		Instant now = clock.instant();
		return clocks.findByCaseKindAndCaseRefIn(caseKind, caseRefs)
			.stream()
			.map(found -> found.view(now))
			.collect(Collectors.toMap(SlaView::caseRef, Function.identity()));
	}

	private SlaClock find(CaseKind caseKind, String caseRef) {
		return clocks.findByCaseKindAndCaseRef(caseKind, caseRef)
			.orElseThrow(() -> new SlaClockNotFoundException(caseKind, caseRef));
	}

	private SlaPolicy activePolicy(CaseKind caseKind, Priority priority) {
		return policies.findByCaseKindAndPriorityAndActiveTrue(caseKind, priority)
			.orElseThrow(() -> new RuleViolationException("sla.clock.error.no-active-policy", caseKind.name(),
					priority.name()));
	}

	private BusinessCalendar calendar(long calendarId) {
		return calendars.findById(calendarId).orElseThrow().toCalendar();
	}

}
