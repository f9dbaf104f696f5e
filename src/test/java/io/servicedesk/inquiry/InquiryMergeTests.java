package io.servicedesk.inquiry;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.mail.internet.MimeMessage;

import io.servicedesk.attachment.Attachments;
import io.servicedesk.attachment.AttachmentView;
import io.servicedesk.attachment.Upload;
import io.servicedesk.casework.CaseChannel;
import io.servicedesk.casework.CaseEntryKind;
import io.servicedesk.casework.CaseEntryView;
import io.servicedesk.casework.Visibility;
import io.servicedesk.client.ClientDetails;
import io.servicedesk.client.ClientService;
import io.servicedesk.complaint.ComplaintService;
import io.servicedesk.correspondence.Correspondence;
import io.servicedesk.mailbox.Mailbox;
import io.servicedesk.shared.DomainException;
import io.servicedesk.shared.IllegalTransitionException;
import io.servicedesk.shared.Priority;
import io.servicedesk.shared.RefusedAccessException;
import io.servicedesk.shared.RuleViolationException;
import io.servicedesk.shared.StaleVersionException;
import io.servicedesk.staff.SupportedLanguage;
import io.servicedesk.support.ClientMother;
import io.servicedesk.support.EmbeddedMailServer;
import io.servicedesk.support.IntegrationTest;
import io.servicedesk.support.TestMailbox;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Merging a client's duplicate inquiries: the merged one's messages, files and mail
 * thread move to the survivor in the order they happened, the merged one is closed as
 * merged with its clock stopped, both link to each other and both are audited; the
 * client's later mail to the merged one lands on the survivor; every refusal leaves both
 * as they were.
 */
@IntegrationTest
class InquiryMergeTests {

	private static final byte[] PNG = java.util.HexFormat.of()
		.parseHex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
				+ "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082");

	@Autowired
	InquiryService inquiries;

	@Autowired
	InquiryMerge merges;

	@Autowired
	ClientService clients;

	@Autowired
	ComplaintService complaints;

	@Autowired
	Attachments attachments;

	@Autowired
	Correspondence correspondence;

	@Autowired
	Mailbox mailbox;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theMergedInquirysMessagesMoveToTheSurvivorInTimeOrderAndBothLinkToEachOther() {
		ClientDetails client = ClientMother.individual(clients, "Twice Writer");
		String survivor = inquiry(client, "agent", "Card blocked", "My card is blocked.");
		String merged = inquiry(client, "agent", "Card blocked again", "Still blocked, please help.");
		inquiries.reply(survivor, agent(), "We are looking into it.", null, null);
		inquiries.addNote(merged, agent(), "Same matter as the first mail",
				List.of(new Upload("screenshot.png", () -> new ByteArrayInputStream(PNG))), null);
		inquiries.recordClientAnswer(merged, agent(), "I called the bank too.", CaseChannel.PHONE, null);
		inquiries.reply(survivor, agent(), "The card works again.", null, null);
		long version = inquiries.get(merged, agent()).version();

		InquiryDetails kept = merges.merge(merged, survivor, agent(), version);

		assertThat(kept.reference()).isEqualTo(survivor);
		assertThat(messages(survivor)).containsExactly("My card is blocked.", "Still blocked, please help.",
				"We are looking into it.", "Same matter as the first mail", "I called the bank too.",
				"The card works again.");
		assertThat(inquiries.timeline(kept)).extracting(CaseEntryView::kind)
			.filteredOn(kind -> kind == CaseEntryKind.OPENED)
			.hasSize(1);
		assertThat(inquiries.timeline(kept)).last()
			.satisfies(line -> assertThat(line.detail()).isEqualTo("merged-from:" + merged));

		InquiryDetails closed = inquiries.get(merged, agent());
		assertThat(closed.status()).isEqualTo(InquiryStatus.CLOSED);
		assertThat(closed.mergedInto()).isEqualTo(survivor);
		assertThat(closed.closedAt()).isNotNull();
		assertThat(closed.sla().resolvedAt()).as("its clock stopped").isNotNull();
		assertThat(closed.sla().nextDueAt()).isNull();
		assertThat(messages(merged)).isEmpty();
		assertThat(inquiries.timeline(closed)).extracting(CaseEntryView::detail)
			.contains("merged-into:" + survivor)
			.anyMatch(detail -> detail != null && detail.endsWith("→ CLOSED"));

		assertThat(attachments.ofCase(survivor)).extracting(AttachmentView::filename).containsExactly("screenshot.png");
		assertThat(attachments.ofCase(merged)).isEmpty();
		assertThat(audits("inquiry.merged", merged)).isEqualTo(1);
		assertThat(audits("inquiry.merge-received", survivor)).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from case_file where reference = :ref and active")
			.param("ref", merged)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void theClientsLaterMailToTheMergedInquiryLandsOnTheSurvivor() {
		ClientDetails client = ClientMother.speaking(clients, "Mail Twice", SupportedLanguage.EN);
		String survivor = inquiry(client, "agent", "Parcel", "Where is my parcel?");
		String merged = inquiry(client, "agent", "Parcel again", "Where is it?");
		inquiries.reply(merged, agent(), "Which order number?", null, null);
		correspondence.deliverNow();
		MimeMessage sent = TestMailbox.to(client.email()).get(0);
		merges.merge(merged, survivor, agent(), null);

		TestMailbox.send(client.email(), TestMailbox.replyTo(sent), "Re: " + TestMailbox.subject(sent),
				"Order O-1, thanks.", Map.of("In-Reply-To", TestMailbox.messageId(sent)));
		TestMailbox.send(client.email(), EmbeddedMailServer.DESK, "Still about the parcel " + ClientMother.unique(),
				"And one more thing.", Map.of("References", TestMailbox.messageId(sent)));
		mailbox.readNow();

		assertThat(messages(survivor)).contains("Order O-1, thanks.", "And one more thing.");
		assertThat(inquiries.get(merged, agent()).status()).isEqualTo(InquiryStatus.CLOSED);
		assertThat(jdbc
			.sql("select count(*) from case_entry e join case_file f on f.id = e.case_id "
					+ "where f.reference = :ref and e.kind = 'MESSAGE_IN'")
			.param("ref", merged)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void refusedMergesNameTheReasonAndLoseNothing() {
		ClientDetails client = ClientMother.individual(clients, "Refused Merges");
		ClientDetails other = ClientMother.individual(clients, "Other Client");
		String first = inquiry(client, "agent", "First", "First words");
		String second = inquiry(client, "agent", "Second", "Second words");
		String othersInquiry = inquiry(other, "agent", "Other's", "Other words");
		String otherTeams = inquiry(client, "agent2", "Other team's", "Other team words");

		assertRefused(() -> merges.merge(second, second, agent(), null), IllegalTransitionException.class,
				"inquiry.merge.self");
		assertRefused(() -> merges.merge(second, othersInquiry, agent(), null), RuleViolationException.class,
				"inquiry.merge.other-client");
		assertRefused(() -> merges.merge(second, "INQ-999999999", agent(), null), RuleViolationException.class,
				"inquiry.merge.unknown");
		assertRefused(() -> merges.merge(second, " ", agent(), null), RuleViolationException.class,
				"inquiry.merge.target-required");
		assertThatThrownBy(() -> merges.merge(second, otherTeams, agent(), null))
			.isInstanceOf(RefusedAccessException.class);
		assertThatThrownBy(() -> merges.merge(otherTeams, second, agent(), null))
			.isInstanceOf(RefusedAccessException.class);
		long stale = inquiries.get(second, agent()).version();
		inquiries.addMessage(second, agent(), "A note meanwhile", Visibility.INTERNAL, null);
		assertThatThrownBy(() -> merges.merge(second, first, agent(), stale)).isInstanceOf(StaleVersionException.class);
		assertThat(messages(second)).containsExactly("Second words", "A note meanwhile");
		assertThat(messages(first)).containsExactly("First words");

		String third = inquiry(client, "agent", "Third", "Third words");
		merges.merge(third, first, agent(), null);
		assertRefused(() -> merges.merge(third, second, agent(), null), IllegalTransitionException.class,
				"inquiry.merge.already");
		assertRefused(() -> merges.merge(second, third, agent(), null), IllegalTransitionException.class,
				"inquiry.merge.target-closed");
		assertThat(messages(second)).containsExactly("Second words", "A note meanwhile");
		assertThat(inquiries.get(second, agent()).status()).isNotEqualTo(InquiryStatus.CLOSED);
		// the supervisor may merge another team's inquiry
		merges.merge(otherTeams, second, inquiries.viewer("supervisor"), null);
		assertThat(messages(second)).contains("Other team words");
	}

	private io.servicedesk.casework.Viewer agent() {
		return inquiries.viewer("agent");
	}

	private String inquiry(ClientDetails client, String username, String subject, String words) {
		return inquiries
			.create(new NewInquiry(client.number(), null, CaseChannel.EMAIL, subject, words, Priority.NORMAL, null,
					null, null, true), inquiries.viewer(username))
			.reference();
	}

	private List<String> messages(String reference) {
		return inquiries.timeline(inquiries.get(reference, inquiries.viewer("supervisor")))
			.stream()
			.filter(entry -> entry.kind().isMessage() && entry.body() != null)
			.map(entry -> entry.body().lines().findFirst().orElse(""))
			.toList();
	}

	private long audits(String action, String reference) {
		return jdbc.sql("select count(*) from audit_entry where action = :action and object_ref = :ref")
			.param("action", action)
			.param("ref", reference)
			.query(Long.class)
			.single();
	}

	private static void assertRefused(Supplier<?> merge, Class<? extends DomainException> type, String key) {
		assertThatThrownBy(merge::get).isInstanceOf(type)
			.extracting(refused -> ((DomainException) refused).getMessageKey())
			.isEqualTo(key);
	}

}
