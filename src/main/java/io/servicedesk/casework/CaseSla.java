package io.servicedesk.casework;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;

import io.servicedesk.sla.BusinessHoursAdministration;
import io.servicedesk.sla.SlaClocks;
import io.servicedesk.sla.SlaPolicyAdministration;
import io.servicedesk.sla.SlaView;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The SLA clock of a case, through the SLA module's API; every change is copied onto the
 * case row, so the queues sort and colour by it without asking the clock.
 */
@Service
public class CaseSla {

	private final SlaClocks clocks;

	private final SlaPolicyAdministration policies;

	private final BusinessHoursAdministration calendars;

	CaseSla(SlaClocks clocks, SlaPolicyAdministration policies, BusinessHoursAdministration calendars) {
		this.clocks = clocks;
		this.policies = policies;
		this.calendars = calendars;
	}

	/**
	 * The time zone of the business calendar the case's SLA policy counts in (the policy
	 * active for the case's kind and priority); UTC when none is active.
	 */
	@Transactional(readOnly = true)
	public ZoneId calendarZone(CaseFile caseFile) {
		return policies.list()
			.stream()
			.filter(policy -> policy.active() && policy.caseKind() == caseFile.caseKind()
					&& policy.priority() == caseFile.getPriority())
			.findFirst()
			.map(policy -> calendars.get(policy.calendarId()).zone())
			.orElse(ZoneOffset.UTC);
	}

	@Transactional
	public SlaView start(CaseFile caseFile, Instant createdAt) {
		SlaView view = clocks.start(caseFile.caseKind(), caseFile.getReference(), caseFile.getPriority(), createdAt);
		caseFile.slaChanged(view);
		return view;
	}

	@Transactional
	public Optional<SlaView> apply(CaseFile caseFile, ClockChange change, Instant at) {
		var kind = caseFile.caseKind();
		var ref = caseFile.getReference();
		SlaView view = switch (change) {
			case NONE -> null;
			case FIRST_RESPONSE -> clocks.recordFirstResponse(kind, ref, at);
			case PAUSE -> clocks.pause(kind, ref, at);
			case RESUME -> clocks.resume(kind, ref, at);
			case RESOLVE -> clocks.resolve(kind, ref, at);
			case REOPEN -> clocks.reopen(kind, ref, at);
		};
		if (view != null) {
			caseFile.slaChanged(view);
		}
		return Optional.ofNullable(view);
	}

	/** New targets for the case's (new) priority, measured from its creation. */
	@Transactional
	public SlaView priorityChanged(CaseFile caseFile, Instant at) {
		SlaView view = clocks.changePriority(caseFile.caseKind(), caseFile.getReference(), caseFile.getPriority(), at);
		caseFile.slaChanged(view);
		return view;
	}

	@Transactional(readOnly = true)
	public Optional<SlaView> view(CaseFile caseFile) {
		return clocks.view(caseFile.caseKind(), caseFile.getReference());
	}

	/**
	 * The due instant of the target the desk works towards now: the first response while
	 * it is outstanding, otherwise the resolution while its clock runs; {@code null} when
	 * no clock runs (waiting for the client, resolved). The queues sort by it.
	 */
	public static Instant nearestDue(SlaView view) {
		Instant due = null;
		if (view.firstRespondedAt() == null && view.resolvedAt() == null) {
			due = view.firstResponseDueAt();
		}
		if (view.resolvedAt() == null && !view.paused() && (due == null || view.resolutionDueAt().isBefore(due))) {
			due = view.resolutionDueAt();
		}
		return due;
	}

}
