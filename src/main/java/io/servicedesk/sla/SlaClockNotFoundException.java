package io.servicedesk.sla;

import io.servicedesk.shared.NotFoundException;

/**
 * A case has no SLA clock.
 */
public class SlaClockNotFoundException extends NotFoundException {

	public SlaClockNotFoundException(CaseKind caseKind, String caseRef) {
		super("SLA clock of " + caseKind, caseRef);
	}

}
