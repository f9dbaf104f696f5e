package io.servicedesk.client;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.servicedesk.account.AccountService;
import io.servicedesk.attachment.Attachments;
import io.servicedesk.attachment.NewAttachment;
import io.servicedesk.attachment.Upload;
import io.servicedesk.casework.CaseChannel;
import io.servicedesk.complaint.ComplaintService;
import io.servicedesk.complaint.NewComplaint;
import io.servicedesk.complaint.Severity;
import io.servicedesk.inquiry.InquiryService;
import io.servicedesk.inquiry.NewInquiry;
import io.servicedesk.order.NewOrder;
import io.servicedesk.order.OrderLineData;
import io.servicedesk.order.OrderService;
import io.servicedesk.shared.DomainException;
import io.servicedesk.shared.IllegalTransitionException;
import io.servicedesk.shared.Money;
import io.servicedesk.shared.Priority;
import io.servicedesk.shared.RefusedAccessException;
import io.servicedesk.shared.StaleVersionException;
import io.servicedesk.staff.SupportedLanguage;
import io.servicedesk.support.ClientMother;
import io.servicedesk.support.IntegrationTest;
import io.servicedesk.timeline.Direction;
import io.servicedesk.timeline.LoggedInteraction;
import io.servicedesk.timeline.TimelineItem;
import io.servicedesk.timeline.TimelineKind;
import io.servicedesk.timeline.TimelineService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Merging duplicate clients on the whole application: everything of the merged client
 * moves to the survivor in one transaction (each module moves its own), the survivor
 * matches the mail of both addresses, the merged client stays marked as merged, both
 * timelines and the audit log say so; refusals change nothing; an unconfirmed sender is
 * linked by the same merge.
 */
@IntegrationTest
class ClientMergeTests {

	private static final byte[] PNG = java.util.HexFormat.of()
		.parseHex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
				+ "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082");

	/** The tables of the modules that hold something of a client. */
	private static final List<String> TABLES = List.of("account", "client_order", "case_file", "timeline_entry",
			"attachment", "outgoing_message", "survey_invitation", "document");

	@Autowired
	ClientService clients;

	@Autowired
	AccountService accounts;

	@Autowired
	OrderService orders;

	@Autowired
	InquiryService inquiries;

	@Autowired
	ComplaintService complaints;

	@Autowired
	TimelineService timeline;

	@Autowired
	Attachments attachments;

	@Autowired
	JdbcClient jdbc;

	@Test
	void everythingOfTheMergedClientMovesToTheSurvivorWhichThenMatchesBothAddresses() {
		ClientDetails survivor = ClientMother.individual(clients, "Anna Twice");
		ClientDetails merged = ClientMother.individual(clients, "Anna Twice");
		String survivorAccount = accounts.open(survivor.number(), "STANDARD", "EUR", "agent").number();
		String mergedAccount = accounts.open(merged.number(), "STANDARD", "EUR", "agent").number();
		accounts.get(mergedAccount)
			.checklist()
			.forEach(entry -> accounts.tick(mergedAccount, entry.item(), true, "agent"));
		accounts.activate(mergedAccount, "agent");
		String order = orders.place(
				new NewOrder(merged.number(), mergedAccount, ContactChannel.PHONE, "EUR", LocalDate.now().plusDays(5),
						BigDecimal.ZERO, List.of(new OrderLineData("K-1", "Kettle", 1, new BigDecimal("20.00")))),
				"agent")
			.number();
		String survivorInquiry = inquiry(survivor, "Card blocked");
		String mergedInquiry = inquiry(merged, "Card still blocked");
		String complaint = complaints
			.register(
					new NewComplaint(merged.number(), CaseChannel.EMAIL, "Late parcel", "It came late.", null,
							Severity.MINOR, "late-delivery", null, null, Money.of("30.00", "EUR"), null, true),
					inquiries.viewer("supervisor"))
			.reference();
		timeline.logInteraction(merged.number(),
				new LoggedInteraction(ContactChannel.PHONE, Direction.INBOUND, "Called about the kettle", 3), "agent");
		attachments.store(NewAttachment.onClient(merged.id(), "Identity card"),
				new Upload("id.png", () -> new ByteArrayInputStream(PNG)), "agent");
		Map<String, Long> mergedBefore = counts(merged.id());
		Map<String, Long> survivorBefore = counts(survivor.id());
		assertThat(mergedBefore).containsEntry("account", 1L)
			.containsEntry("client_order", 1L)
			.containsEntry("case_file", 2L)
			.containsEntry("attachment", 1L);

		ClientDetails kept = clients.merge(merged.number(), survivor.number(), clients.get(merged.number()).version(),
				"supervisor");

		Map<String, Long> mergedAfter = counts(merged.id());
		Map<String, Long> survivorAfter = counts(survivor.id());
		for (String table : TABLES) {
			if (table.equals("timeline_entry")) {
				// the merged client keeps one line: that it was merged; its registration
				// goes,
				// the survivor gets a line of its own for the merge
				assertThat(mergedAfter.get(table)).as(table).isEqualTo(1L);
				assertThat(survivorAfter.get(table)).as(table)
					.isEqualTo(survivorBefore.get(table) + mergedBefore.get(table) - 1 + 1);
			}
			else {
				assertThat(mergedAfter.get(table)).as(table).isZero();
				assertThat(survivorAfter.get(table)).as(table)
					.isEqualTo(survivorBefore.get(table) + mergedBefore.get(table));
			}
		}
		assertThat(accounts.get(mergedAccount).clientId()).isEqualTo(survivor.id());
		assertThat(orders.get(order).clientId()).isEqualTo(survivor.id());
		assertThat(inquiries.get(mergedInquiry, inquiries.viewer("supervisor")).client().number())
			.isEqualTo(survivor.number());
		assertThat(complaints.get(complaint, inquiries.viewer("supervisor")).client().number())
			.isEqualTo(survivor.number());
		assertThat(accounts.forClient(survivor.id())).extracting(a -> a.number())
			.contains(survivorAccount, mergedAccount);
		assertThat(inquiries.get(survivorInquiry, inquiries.viewer("supervisor")).client().number())
			.isEqualTo(survivor.number());

		ClientDetails marked = clients.get(merged.number());
		assertThat(marked.merged()).isTrue();
		assertThat(marked.mergedInto()).isEqualTo(survivor.number());
		assertThat(marked.mergedAt()).isNotNull();
		assertThat(kept.otherEmails()).containsExactly(merged.email());
		assertThat(clients.findByEmail(merged.email())).map(ClientDetails::number).contains(survivor.number());
		assertThat(clients.findByEmail(merged.email().toUpperCase())).map(ClientDetails::number)
			.contains(survivor.number());
		assertThat(clients.findByEmail(survivor.email())).map(ClientDetails::number).contains(survivor.number());
		assertThat(clients.likelyDuplicates(new Email(merged.email()), null, null)).extracting(ClientSummary::number)
			.containsExactly(survivor.number());

		assertThat(merges(survivor.id())).extracting(TimelineItem::subjectRef, TimelineItem::detail)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(merged.number(), "FROM"));
		assertThat(merges(merged.id())).extracting(TimelineItem::subjectRef, TimelineItem::detail)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(survivor.number(), "INTO"));
		assertThat(jdbc.sql("""
				select count(*) from audit_entry
				where action = 'client.merged' and object_ref = :merged and actor = 'supervisor'
				  and before_value = :merged and after_value like :survivor""")
			.param("merged", merged.number())
			.param("survivor", survivor.number() + ", addresses [" + merged.email() + "]")
			.query(Long.class)
			.single()).isEqualTo(1L);
	}

	@Test
	void refusedMergesChangeNothing() {
		ClientDetails first = ClientMother.individual(clients, "Refused First");
		ClientDetails second = ClientMother.individual(clients, "Refused Second");
		ClientDetails third = ClientMother.individual(clients, "Refused Third");
		accounts.open(second.number(), "STANDARD", "EUR", "agent");

		assertRefused(() -> clients.merge(second.number(), second.number(), null, "supervisor"), "client.merge.self");
		assertThatThrownBy(() -> clients.merge(second.number(), first.number(), null, "agent"))
			.isInstanceOf(RefusedAccessException.class);
		assertThatThrownBy(() -> clients.merge(second.number(), first.number(), second.version() - 1, "admin"))
			.isInstanceOf(StaleVersionException.class);
		assertThat(counts(second.id())).containsEntry("account", 1L);
		assertThat(clients.get(second.number()).merged()).isFalse();

		clients.merge(third.number(), first.number(), null, "admin");
		assertRefused(() -> clients.merge(second.number(), third.number(), null, "supervisor"),
				"client.merge.into-merged");
		assertRefused(() -> clients.merge(third.number(), second.number(), null, "supervisor"), "client.merge.already");
		assertThat(counts(second.id())).containsEntry("account", 1L);
		assertThat(clients.get(second.number()).merged()).isFalse();
		assertThat(clients.get(third.number()).mergedInto()).isEqualTo(first.number());
	}

	@Test
	void anUnconfirmedSenderIsLinkedByTheSameMergeAndStaysMarkedAsMerged() {
		ClientDetails existing = ClientMother.speaking(clients, "Sam Sender", SupportedLanguage.EN);
		String address = "sam.other." + ClientMother.unique() + "@example.com";
		ClientDetails sender = clients.registerSender("Sam", new Email(address), SupportedLanguage.EN, "system");
		assertRefused(() -> clients.mergeSender(existing.number(), sender.number(), "agent"), "client.merge.confirmed");

		clients.mergeSender(sender.number(), existing.number(), "agent");

		assertThat(clients.get(sender.number()).mergedInto()).isEqualTo(existing.number());
		assertThat(clients.findByEmail(address)).map(ClientDetails::number).contains(existing.number());
		assertThat(
				jdbc.sql("select count(*) from audit_entry where action = 'client.sender-linked' and object_ref = :n")
					.param("n", sender.number())
					.query(Long.class)
					.single())
			.isEqualTo(1L);
	}

	private String inquiry(ClientDetails client, String subject) {
		return inquiries
			.create(new NewInquiry(client.number(), null, CaseChannel.PHONE, subject, "Words of " + subject,
					Priority.NORMAL, null, null, null, true), inquiries.viewer("agent"))
			.reference();
	}

	private List<TimelineItem> merges(long clientId) {
		return timeline.page(clientId, 100, null)
			.items()
			.stream()
			.filter(item -> item.kind() == TimelineKind.CLIENT_MERGED)
			.toList();
	}

	private Map<String, Long> counts(long clientId) {
		Map<String, Long> counts = new LinkedHashMap<>();
		for (String table : TABLES) {
			counts.put(table,
					jdbc.sql("select count(*) from " + table + " where client_id = :id")
						.param("id", clientId)
						.query(Long.class)
						.single());
		}
		return counts;
	}

	private static void assertRefused(Runnable merge, String key) {
		assertThatThrownBy(merge::run).isInstanceOf(IllegalTransitionException.class)
			.extracting(refused -> ((DomainException) refused).getMessageKey())
			.isEqualTo(key);
	}

}
