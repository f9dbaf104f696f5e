package io.servicedesk.support;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.servicedesk.casework.CaseChannel;
import io.servicedesk.client.ClientDetails;
import io.servicedesk.client.ClientKind;
import io.servicedesk.client.ContactChannel;
import io.servicedesk.client.PostalAddress;
import io.servicedesk.client.Segment;
import io.servicedesk.complaint.ComplaintDetails;
import io.servicedesk.complaint.ComplaintStatus;
import io.servicedesk.complaint.Severity;
import io.servicedesk.inquiry.InquiryDetails;
import io.servicedesk.inquiry.InquiryStatus;
import io.servicedesk.shared.Money;
import io.servicedesk.shared.Priority;
import io.servicedesk.sla.CaseKind;
import io.servicedesk.sla.SlaState;
import io.servicedesk.sla.SlaView;
import io.servicedesk.staff.SupportedLanguage;
import io.servicedesk.timeline.TimelinePage;
import io.servicedesk.workspace.ClientView;

/**
 * Cases and a client as the case pages get them from their modules, for web slices whose
 * services are mocked.
 */
public final class CasePageFixtures {

	public static final Instant CREATED = WebSliceConfiguration.NOW.minus(Duration.ofHours(3));

	public static final Instant CHANGED = WebSliceConfiguration.NOW.minus(Duration.ofMinutes(5));

	private CasePageFixtures() {
	}

	public static ClientDetails client() {
		return new ClientDetails(11L, "C-000011", ClientKind.INDIVIDUAL, "Zofia Testowa", null, null,
				"zofia@example.com", "+48601234567", "+48 601 234 567", PostalAddress.NONE,
				SupportedLanguage.fallback(), ContactChannel.EMAIL, Segment.STANDARD, List.of(), false, null, null,
				false, null, null, false, 1L, CREATED, CREATED, null, null, List.of());
	}

	public static ClientView clientView() {
		return new ClientView(client(), List.of(), List.of(), List.of(), new TimelinePage(List.of(), null));
	}

	public static SlaView sla(CaseKind kind, String reference) {
		return new SlaView(kind, reference, Priority.NORMAL, WebSliceConfiguration.NOW.plus(Duration.ofHours(2)), null,
				WebSliceConfiguration.NOW.plus(Duration.ofDays(2)), null, false, 0, SlaState.ON_TRACK,
				SlaState.ON_TRACK, SlaState.ON_TRACK, WebSliceConfiguration.NOW.plus(Duration.ofHours(2)));
	}

	/**
	 * An open inquiry of the Front Desk, assigned to {@code agent}, last changed by
	 * {@code changedByName}.
	 */
	public static InquiryDetails inquiry(String reference, InquiryStatus status, long version, String changedByName) {
		return new InquiryDetails(101L, reference, status, Priority.NORMAL, null, CaseChannel.EMAIL, "Invoice missing",
				client().ref(), null, null, "Front Desk", "agent", "Anna Agent", version, CREATED, "agent", CHANGED,
				"agent2", changedByName, null, null, null, sla(CaseKind.INQUIRY, reference), null, null);
	}

	/**
	 * A complaint of the Front Desk being investigated by {@code agent}, last changed at
	 * {@link #CHANGED}.
	 */
	public static ComplaintDetails complaint(String reference, ComplaintStatus status, long version,
			ComplaintDetails.Steps steps) {
		return new ComplaintDetails(201L, reference, status, Priority.HIGH, Severity.MAJOR, null, CaseChannel.EMAIL,
				"Parcel arrived broken", client().ref(), "en", null, null, Money.of("49.90", "EUR"), "A replacement",
				"Front Desk", "agent", "Anna Agent", null, null, CREATED.plus(Duration.ofMinutes(30)), null, null, null,
				null, null, null, null, null, null, null, version, CREATED, "agent", CHANGED, "agent2",
				sla(CaseKind.COMPLAINT, reference), steps);
	}

}
