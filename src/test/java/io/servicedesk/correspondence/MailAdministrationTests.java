package io.servicedesk.correspondence;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import jakarta.mail.internet.MimeMessage;

import io.servicedesk.account.AccountDetails;
import io.servicedesk.account.AccountService;
import io.servicedesk.audit.AuditEntry;
import io.servicedesk.audit.AuditLog;
import io.servicedesk.audit.AuditSearch;
import io.servicedesk.casework.CaseChannel;
import io.servicedesk.client.ClientDetails;
import io.servicedesk.client.ClientService;
import io.servicedesk.client.ContactChannel;
import io.servicedesk.inquiry.InquiryService;
import io.servicedesk.inquiry.InquiryStatus;
import io.servicedesk.inquiry.NewInquiry;
import io.servicedesk.order.NewOrder;
import io.servicedesk.order.OrderDetails;
import io.servicedesk.order.OrderLineData;
import io.servicedesk.order.OrderService;
import io.servicedesk.shared.RuleViolationException;
import io.servicedesk.shared.Priority;
import io.servicedesk.staff.SupportedLanguage;
import io.servicedesk.support.ClientMother;
import io.servicedesk.support.IntegrationTest;
import io.servicedesk.support.TestMailbox;
import io.servicedesk.survey.Surveys;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The standard notices in the client's language (account, order delay, survey), the texts
 * administrators edit, and the administrators' outgoing mail: listed and filtered, sent
 * again and cancelled, audited, and closed to everyone else.
 */
@IntegrationTest
class MailAdministrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Correspondence correspondence;

	@Autowired
	MailTemplates templates;

	@Autowired
	ClientService clients;

	@Autowired
	AccountService accounts;

	@Autowired
	OrderService orders;

	@Autowired
	InquiryService inquiries;

	@Autowired
	Surveys surveys;

	@Autowired
	AuditLog auditLog;

	@Test
	void anAccountSuspendedIsToldToTheClientInTheirLanguageWithTheReason() throws Exception {
		ClientDetails client = ClientMother.speaking(clients, "Konto Inhaber", SupportedLanguage.DE);
		AccountDetails account = active(client);

		accounts.suspend(account.number(), "Unterlagen fehlen", "agent");
		correspondence.deliverNow();

		List<MimeMessage> received = TestMailbox.to(client.email());
		assertThat(received).extracting(MimeMessage::getSubject)
			.containsExactly("Ihr Konto " + account.number() + " ist eröffnet",
					"Ihr Konto " + account.number() + " ist gesperrt");
		MimeMessage mail = received.get(1);
		assertThat(mail.getHeader("Auto-Submitted", null)).isEqualTo("auto-generated");
		assertThat(text(mail)).contains("Guten Tag Konto Inhaber").contains("Der Grund: Unterlagen fehlen");
	}

	@Test
	void aDelayToldByEmailSendsTheNoticeAndOneToldByPhoneSendsNothing() throws Exception {
		ClientDetails client = ClientMother.speaking(clients, "Delayed Buyer", SupportedLanguage.EN);
		OrderDetails order = orders
			.place(new NewOrder(client.number(), null, ContactChannel.PHONE, "EUR", LocalDate.now().plusDays(2), null,
					List.of(new OrderLineData("SKU-1", "Chair", 1, new java.math.BigDecimal("10.00")))), "agent");

		orders.declareDelay(order.number(), LocalDate.now().plusDays(9), ContactChannel.PHONE, "Told on the phone",
				"agent");
		orders.declareDelay(order.number(), LocalDate.now().plusDays(12), ContactChannel.EMAIL, "The supplier is late",
				"agent");
		correspondence.deliverNow();

		List<MimeMessage> received = TestMailbox.to(client.email());
		assertThat(received).hasSize(1);
		assertThat(received.get(0).getSubject()).isEqualTo("Your order " + order.number() + " is delayed");
		assertThat(text(received.get(0))).contains("The supplier is late");

		ClientDetails silent = ClientMother.speaking(clients, "Silent Buyer", null, ClientMother.uniquePolishMobile(),
				SupportedLanguage.EN);
		OrderDetails other = orders
			.place(new NewOrder(silent.number(), null, ContactChannel.PHONE, "EUR", LocalDate.now().plusDays(2), null,
					List.of(new OrderLineData("SKU-1", "Chair", 1, new java.math.BigDecimal("10.00")))), "agent");
		assertThatThrownBy(() -> orders.declareDelay(other.number(), null, ContactChannel.EMAIL, "Late", "agent"))
			.isInstanceOf(RuleViolationException.class)
			.extracting("messageKey")
			.isEqualTo("order.delay.no-address");
	}

	@Test
	void theSurveyInvitationIsMailedAndCountsAsSentOnceDelivered() throws Exception {
		ClientDetails client = ClientMother.speaking(clients, "Survey Reader", SupportedLanguage.PL);
		String reference = inquiries
			.create(new NewInquiry(client.number(), null, CaseChannel.EMAIL, "Pytanie", "Treść", Priority.NORMAL, null,
					null, null, true), inquiries.viewer("agent"))
			.reference();
		inquiries.changeStatus(reference, inquiries.viewer("agent"), InquiryStatus.OPEN, null, null);
		inquiries.changeStatus(reference, inquiries.viewer("agent"), InquiryStatus.RESOLVED, "Odpowiedziano", null);
		String link = surveys.ofCase("INQUIRY", reference).get(0).link();

		correspondence.deliverNow();

		MimeMessage mail = TestMailbox.to(client.email()).get(0);
		assertThat(mail.getSubject()).isEqualTo("[" + reference + "] Jak oceniają Państwo naszą pomoc?");
		assertThat(text(mail)).contains("http://localhost:8080" + link);
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(surveys.ofCase("INQUIRY", reference).get(0).sentAt()).isNotNull());
	}

	@Test
	void anAdministratorsTextIsUsedForTheNextNoticeAndOnlyTheKindsPlaceholdersAreAccepted() throws Exception {
		assertThatThrownBy(() -> templates.save("ACCOUNT_OPENED", SupportedLanguage.ET, "Konto {{account.number}}",
				"Tere {{order.number}}", null, "admin"))
			.isInstanceOf(RuleViolationException.class)
			.extracting("messageKey")
			.isEqualTo("mail.template.placeholder.unknown");
		templates.save("ACCOUNT_OPENED", SupportedLanguage.ET, "Konto {{account.number}} on valmis",
				"Tere {{client.name}}, konto {{account.number}} ootab teid.", null, "admin");
		try {
			ClientDetails client = ClientMother.speaking(clients, "Mari Maasikas", SupportedLanguage.ET);
			AccountDetails account = active(client);
			correspondence.deliverNow();

			MimeMessage mail = TestMailbox.to(client.email()).get(0);
			assertThat(mail.getSubject()).isEqualTo("Konto " + account.number() + " on valmis");
			assertThat(text(mail)).contains("Tere Mari Maasikas, konto " + account.number() + " ootab teid.");
			assertThat(auditLog.search(new AuditSearch(null, "mail-template.saved", "ACCOUNT_OPENED/et", null, null),
					null, 5))
				.isNotEmpty();
		}
		finally {
			templates.reset("ACCOUNT_OPENED", SupportedLanguage.ET, "admin");
		}
	}

	@Test
	@WithUserDetails("admin")
	void administratorsListRetryAndCancelOutgoingMailAndEveryStepIsAudited() throws Exception {
		ClientDetails client = ClientMother.speaking(clients, "Listed Client", SupportedLanguage.EN);
		String reference = inquiries
			.create(new NewInquiry(client.number(), null, CaseChannel.EMAIL, "Listed", "Words", Priority.NORMAL, null,
					null, null, true), inquiries.viewer("agent"))
			.reference();
		long id = inquiries.reply(reference, inquiries.viewer("agent"), "Listed reply", null, null)
			.sent()
			.outgoingMessageId();

		mvc.perform(get("/admin/outgoing-mail").param("client", client.number()).param("state", "QUEUED"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(client.email()), containsString("[" + reference + "]"))));
		mvc.perform(get("/admin/outgoing-mail").param("client", client.number()).param("state", "SENT"))
			.andExpect(content().string(not(containsString("[" + reference + "]"))));
		mvc.perform(get("/admin/outgoing-mail/{id}", id))
			.andExpect(status().isOk())
			.andExpect(
					content().string(allOf(containsString("Listed reply"), containsString("id=\"outgoing-cancel\""))));

		mvc.perform(post("/admin/outgoing-mail/{id}/cancel", id).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flashSuccess", "outgoing.cancelled"));
		mvc.perform(post("/admin/outgoing-mail/{id}/cancel", id).with(csrf()))
			.andExpect(flash().attribute("flashError", "mail.cancel.refused"));
		mvc.perform(get("/api/v1/outgoing-messages").param("client", client.number()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].delivery.state").value("CANCELLED"))
			.andExpect(jsonPath("$.items[0].delivery.to").value(client.email()));
		mvc.perform(post("/api/v1/outgoing-messages/{id}/retry", id).with(csrf())).andExpect(status().isConflict());

		List<AuditEntry> audited = auditLog
			.search(new AuditSearch(null, "mail.cancelled", Long.toString(id), null, null), null, 5);
		assertThat(audited).singleElement().satisfies(entry -> assertThat(entry.getActor()).isEqualTo("admin"));
	}

	@Test
	@WithUserDetails("supervisor")
	void onlyAdministratorsSeeTheMail() throws Exception {
		mvc.perform(get("/admin/outgoing-mail")).andExpect(status().isForbidden());
		mvc.perform(get("/admin/incoming-mail")).andExpect(status().isForbidden());
		mvc.perform(get("/admin/mail-templates")).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/outgoing-messages")).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/incoming-mail")).andExpect(status().isForbidden());
	}

	@Test
	@WithUserDetails("admin")
	void theTextsPageShowsEveryKindInEveryLanguageAndARefusedTextIsShownAgainAsTyped() throws Exception {
		mvc.perform(get("/admin/mail-templates"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"template-ORDER_DELAYED-lv\""),
					containsString("id=\"template-SIGNATURE-pl\""))));
		mvc.perform(post("/admin/mail-templates/ORDER_DELAYED/de").with(csrf())
			.param("subject", "Verspätet")
			.param("body", "Hallo {{unbekannt}} und so weiter"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content()
				.string(allOf(containsString("Hallo {{unbekannt}} und so weiter"), containsString("id=\"refusal\""))));
		mvc.perform(get("/admin/mail-templates/NOPE/de")).andExpect(status().isNotFound());
		mvc.perform(get("/admin/mail-templates/ORDER_DELAYED/xx")).andExpect(status().isNotFound());
	}

	private AccountDetails active(ClientDetails client) {
		AccountDetails account = accounts.open(client.number(), accounts.types().get(0), "EUR", "agent");
		for (var item : account.checklist()) {
			accounts.tick(account.number(), item.item(), true, "agent");
		}
		return accounts.activate(account.number(), "agent");
	}

	private static String text(MimeMessage mail) throws Exception {
		jakarta.mail.Multipart parts = (jakarta.mail.Multipart) mail.getContent();
		return ((String) parts.getBodyPart(0).getContent()).replace("\r\n", "\n");
	}

}
