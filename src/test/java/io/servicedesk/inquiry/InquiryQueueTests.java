package io.servicedesk.inquiry;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import io.servicedesk.casework.CaseChannel;
import io.servicedesk.casework.QueueFilter;
import io.servicedesk.casework.QueuePage;
import io.servicedesk.casework.QueueRow;
import io.servicedesk.casework.QueueSort;
import io.servicedesk.casework.QueueView;
import io.servicedesk.casework.Viewer;
import io.servicedesk.client.ClientData;
import io.servicedesk.client.ClientDetails;
import io.servicedesk.client.ClientKind;
import io.servicedesk.client.ClientService;
import io.servicedesk.client.Email;
import io.servicedesk.client.PostalAddress;
import io.servicedesk.shared.Priority;
import io.servicedesk.sla.SlaState;
import io.servicedesk.staff.StaffService;
import io.servicedesk.staff.SupportedLanguage;
import io.servicedesk.support.ClientMother;
import io.servicedesk.support.IntegrationTest;
import io.servicedesk.support.StaffMother;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The queue views on PostgreSQL: which inquiries each view holds, in which order, page by
 * page, with filters and full-text search.
 */
@IntegrationTest
class InquiryQueueTests {

	@Autowired
	InquiryService inquiries;

	@Autowired
	ClientService clients;

	@Autowired
	StaffService staff;

	@Autowired
	PasswordEncoder encoder;

	@Test
	void mineHoldsTheAgentsOwnInquiriesNearestSlaDueFirstPageByPage() {
		Viewer me = freshAgent();
		ClientDetails client = ClientMother.individual(clients, "Queue Client");
		String low = create(me, client, "Low one", Priority.LOW, true);
		String urgent = create(me, client, "Urgent one", Priority.URGENT, true);
		String high = create(me, client, "High one", Priority.HIGH, true);
		create(me, client, "Not mine", Priority.URGENT, false);

		QueuePage first = inquiries.queue(me, QueueFilter.of(QueueView.MINE), 2, null);
		assertThat(first.items()).extracting(QueueRow::reference).containsExactly(urgent, high);
		QueuePage second = inquiries.queue(me, QueueFilter.of(QueueView.MINE), 2, first.next());
		assertThat(second.items()).extracting(QueueRow::reference).containsExactly(low);
		assertThat(second.next()).isNull();

		QueuePage newest = inquiries.queue(me,
				new QueueFilter(QueueView.MINE, null, null, null, null, null, null, null, QueueSort.CREATED), 25, null);
		assertThat(newest.items()).extracting(QueueRow::reference).containsExactly(high, urgent, low);
		assertThat(inquiries.counts(me).mine()).isEqualTo(3);
	}

	@Test
	void unassignedAndTeamViewsHoldTheTeamsInquiriesOnly() {
		Viewer logistics = freshAgent();
		Viewer frontDesk = inquiries.viewer("agent");
		String reference = create(logistics, ClientMother.individual(clients, "Unassigned Client"), "Nobody yet",
				Priority.NORMAL, false);

		assertThat(references(inquiries.viewer("agent2"), QueueView.UNASSIGNED, reference)).contains(reference);
		assertThat(references(inquiries.viewer("agent2"), QueueView.TEAM, reference)).contains(reference);
		assertThat(references(frontDesk, QueueView.UNASSIGNED, reference)).isEmpty();
		assertThat(references(frontDesk, QueueView.TEAM, reference)).isEmpty();
		assertThat(references(inquiries.viewer("supervisor"), QueueView.ALL, reference)).contains(reference);
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> inquiries.queue(frontDesk, QueueFilter.of(QueueView.ALL), 25, null));
	}

	@Test
	void everyViewIsSortedByTheNearestDueInstantWithRunningClocksFirst() {
		Viewer supervisor = inquiries.viewer("supervisor");
		for (QueueView view : QueueView.values()) {
			List<QueueRow> rows = inquiries.queue(supervisor, QueueFilter.of(view), 100, null).items();
			assertThat(rows).extracting(QueueRow::slaDueAt)
				.isSortedAccordingTo(Comparator.nullsLast(Comparator.<Instant>naturalOrder()));
		}
	}

	@Test
	void filtersCombineAndResolvedInquiriesLeaveTheActiveQueue() {
		Viewer me = freshAgent();
		ClientDetails client = ClientMother.individual(clients, "Filter Client");
		String urgent = create(me, client, "Filter urgent", Priority.URGENT, true);
		String normal = create(me, client, "Filter normal", Priority.NORMAL, true);
		InquiryDetails opened = inquiries.changeStatus(normal, me, InquiryStatus.OPEN, null, null);
		inquiries.changeStatus(normal, me, InquiryStatus.RESOLVED, "Answered on the phone", opened.version());

		QueueFilter urgentOnly = new QueueFilter(QueueView.MINE, null, Priority.URGENT, null, CaseChannel.PHONE,
				SlaState.ON_TRACK, client.id(), null, null);
		assertThat(inquiries.queue(me, urgentOnly, 25, null).items()).extracting(QueueRow::reference)
			.containsExactly(urgent);
		assertThat(inquiries.queue(me, QueueFilter.of(QueueView.MINE), 25, null).items())
			.extracting(QueueRow::reference)
			.containsExactly(urgent);
		QueueFilter resolved = new QueueFilter(QueueView.MINE, "RESOLVED", null, null, null, null, null, null, null);
		assertThat(inquiries.queue(me, resolved, 25, null).items()).extracting(QueueRow::reference)
			.containsExactly(normal);
	}

	@Test
	void fullTextSearchFindsSubjectsAndMessagesInTheClientsLanguageAndReferencesExactly() {
		Viewer me = freshAgent();
		ClientDetails german = clients.register(new ClientData(ClientKind.INDIVIDUAL, "Jürgen Schmidt", null, null,
				new Email("juergen." + ClientMother.unique() + "@example.com"), null, PostalAddress.NONE,
				SupportedLanguage.DE, null, null, Set.of(), false, null), "agent");
		String unique = "zx" + ClientMother.unique();
		String fridge = create(me, german, "Kühlschränke " + unique, Priority.NORMAL, true);
		ClientDetails polish = ClientMother.individual(clients, "Łucja Wiśniewska");
		String order = create(me, polish, "Pytanie " + unique, Priority.NORMAL, true);
		inquiries.addMessage(order, me, "Gdzie jest moje zamówienie? Przesyłka " + unique,
				io.servicedesk.casework.Visibility.PUBLIC, null);

		assertThat(search(me, "Kühlschrank " + unique)).containsExactly(fridge);
		assertThat(search(me, "zamowienie " + unique)).containsExactly(order);
		assertThat(search(me, unique)).containsExactlyInAnyOrder(fridge, order);
		assertThat(search(me, order.toLowerCase())).containsExactly(order);
		assertThat(search(me, "INQ-" + Long.parseLong(order.substring(4)))).containsExactly(order);
		assertThat(search(me, "nothing-like-this-" + unique)).isEmpty();
	}

	private List<String> search(Viewer viewer, String text) {
		return inquiries
			.queue(viewer, new QueueFilter(QueueView.MINE, null, null, null, null, null, null, text, null), 25, null)
			.items()
			.stream()
			.map(QueueRow::reference)
			.toList();
	}

	private List<String> references(Viewer viewer, QueueView view, String reference) {
		return inquiries
			.queue(viewer, new QueueFilter(view, null, null, null, null, null, null, reference, null), 25, null)
			.items()
			.stream()
			.map(QueueRow::reference)
			.toList();
	}

	private Viewer freshAgent() {
		return inquiries.viewer(StaffMother.agent(staff, encoder, "queue").username());
	}

	private String create(Viewer viewer, ClientDetails client, String subject, Priority priority, boolean mine) {
		return inquiries
			.create(new NewInquiry(client.number(), null, CaseChannel.PHONE, subject, "The client asks: " + subject,
					priority, null, null, null, mine), viewer)
			.reference();
	}

}
