package io.servicedesk.complaint;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.servicedesk.casework.CaseAssignment;
import io.servicedesk.casework.CaseSteps;
import io.servicedesk.casework.Viewer;
import io.servicedesk.shared.RuleViolationException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A supervisor gives the selected complaints to a person and/or a team in one
 * transaction. A complaint changed by someone else since the supervisor saw it is left as
 * it is and reported as stale; the others are moved.
 */
@Component
class ComplaintAssignment {

	private final ComplaintRepository complaints;

	private final CaseAssignment assignment;

	private final CaseSteps steps;

	private final Clock clock;

	ComplaintAssignment(ComplaintRepository complaints, CaseAssignment assignment, CaseSteps steps, Clock clock) {
		this.complaints = complaints;
		this.assignment = assignment;
		this.steps = steps;
		this.clock = clock;
	}

	Complaint assign(Complaint complaint, Viewer viewer, String assignee, String team) {
		steps.assign(complaint, assignment.target(complaint, assignee, team), viewer.username(), clock.instant());
		return complaint;
	}

	@Transactional
	List<Reassignment> reassign(List<Reassignment.Selected> selected, Viewer viewer, String assignee, String team) {
		if (!viewer.supervisor()) {
			throw new AccessDeniedException("Only supervisors reassign complaints in bulk");
		}
		if (selected.isEmpty()) {
			throw new RuleViolationException("complaint.reassign.none-selected");
		}
		Instant now = clock.instant();
		List<Reassignment> results = new ArrayList<>();
		for (Reassignment.Selected one : selected) {
			Optional<Complaint> found = complaints.findByReference(ComplaintFiles.normalise(one.reference()));
			if (found.isEmpty()) {
				results.add(new Reassignment(one.reference(), Reassignment.Result.NOT_FOUND));
				continue;
			}
			Complaint complaint = found.get();
			if (one.version() != null && one.version() != complaint.getVersion()) {
				results.add(new Reassignment(complaint.getReference(), Reassignment.Result.STALE));
				continue;
			}
			boolean changed = steps.assign(complaint, assignment.target(complaint, assignee, team), viewer.username(),
					now);
			results.add(new Reassignment(complaint.getReference(),
					changed ? Reassignment.Result.REASSIGNED : Reassignment.Result.UNCHANGED));
		}
		complaints.flush();
		return results;
	}

}
