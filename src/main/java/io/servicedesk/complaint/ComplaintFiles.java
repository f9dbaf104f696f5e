package io.servicedesk.complaint;

import java.time.Clock;
import java.util.Locale;

import io.servicedesk.casework.CaseAccess;
import io.servicedesk.casework.CaseState;
import io.servicedesk.casework.CaseSteps;
import io.servicedesk.casework.Viewer;
import io.servicedesk.client.ClientDetails;
import io.servicedesk.client.ClientService;
import io.servicedesk.staff.TeamDirectory;

import org.springframework.stereotype.Component;

/**
 * The complaints a staff member may see and change, loaded by reference, and shown as
 * {@link ComplaintDetails} with the steps that viewer may take now.
 */
@Component
class ComplaintFiles {

	private final ComplaintRepository complaints;

	private final CaseAccess access;

	private final CaseSteps steps;

	private final ClientService clients;

	private final TeamDirectory teams;

	private final ComplaintProperties properties;

	private final Clock clock;

	ComplaintFiles(ComplaintRepository complaints, CaseAccess access, CaseSteps steps, ClientService clients,
			TeamDirectory teams, ComplaintProperties properties, Clock clock) {
		this.complaints = complaints;
		this.access = access;
		this.steps = steps;
		this.clients = clients;
		this.teams = teams;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * A complaint the viewer may change, as of the version they saw ({@code null}: any).
	 */
	Complaint editable(String reference, Viewer viewer, Long expectedVersion) {
		Complaint complaint = accessible(reference, viewer);
		complaint.requireVersion(expectedVersion);
		return complaint;
	}

	Complaint accessible(String reference, Viewer viewer) {
		Complaint complaint = load(reference);
		if (!complaint.isVisibleTo(viewer)) {
			access.requireAccess(viewer, complaint);
		}
		return complaint;
	}

	Complaint load(String reference) {
		return complaints.findByReference(normalise(reference))
			.orElseThrow(() -> new ComplaintNotFoundException(reference));
	}

	static String normalise(String reference) {
		return reference == null ? "" : reference.strip().toUpperCase(Locale.ROOT);
	}

	ClientDetails clientOf(Complaint complaint) {
		return clients.get(clients.ref(complaint.getClientId()).number());
	}

	/** The complaint after a step, written first so that it shows its new version. */
	ComplaintDetails saved(Complaint complaint, Viewer viewer) {
		return details(complaint, steps.saved(complaint), viewer);
	}

	ComplaintDetails details(Complaint complaint, Viewer viewer) {
		return details(complaint, steps.state(complaint), viewer);
	}

	ComplaintDetails details(ComplaintRegistration.Registered registered, Viewer viewer) {
		return details(registered.complaint(), steps.state(registered.complaint(), registered.sla()), viewer);
	}

	private ComplaintDetails details(Complaint complaint, CaseState state, Viewer viewer) {
		return ComplaintDetails.of(complaint, state, clientOf(complaint),
				teams.teamName(complaint.getForwardedTeamId()).orElse(null),
				complaint.stepsFor(viewer, properties.reopenWindow(), clock.instant()));
	}

}
