package io.servicedesk.document;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import io.servicedesk.account.AccountService;
import io.servicedesk.client.ClientDetails;
import io.servicedesk.client.ClientService;
import io.servicedesk.client.ContactChannel;
import io.servicedesk.order.NewOrder;
import io.servicedesk.order.OrderDetails;
import io.servicedesk.order.OrderLineData;
import io.servicedesk.order.OrderService;
import io.servicedesk.staff.SupportedLanguage;
import io.servicedesk.support.ClientMother;
import io.servicedesk.support.IntegrationTest;
import io.servicedesk.support.TestMailbox;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The documents as a client gets them and staff keep them: the complaint letters made
 * when the acknowledgement and the decision go out, in the client's language, as PDF/A
 * with the fonts embedded, on the case's timeline and linked to the e-mail; made again as
 * new versions with the old ones kept; order, refund and account documents on the
 * client's record; the access rules and refusals of the API and the pages.
 */
@IntegrationTest
class DocumentTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ClientService clients;

	@Autowired
	OrderService orders;

	@Autowired
	AccountService accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	io.servicedesk.correspondence.Correspondence correspondence;

	@Autowired
	UserDetailsService staffDetails;

	@Test
	void theAcknowledgementLetterIsPolishPdfAAndGoesWithTheEmail() throws Exception {
		ClientDetails client = ClientMother.speaking(clients, "Łukasz Żółkiewski", SupportedLanguage.PL);
		String reference = register(client, "Zepsuty czajnik");
		step("agent", reference, "acknowledge", "{}").andExpect(status().isOk());

		MvcResult listed = mvc.perform(get("/api/v1/complaints/" + reference + "/documents").with(basic("agent")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items.length()").value(1))
			.andExpect(jsonPath("$.items[0].kind").value("acknowledgement"))
			.andExpect(jsonPath("$.items[0].version").value(1))
			.andExpect(jsonPath("$.items[0].language").value("pl"))
			.andExpect(jsonPath("$.items[0].outgoingMessageId").isNumber())
			.andReturn();
		long attachmentId = ((Number) JsonPath.read(listed.getResponse().getContentAsString(),
				"$.items[0].attachmentId"))
			.longValue();
		long messageId = ((Number) JsonPath.read(listed.getResponse().getContentAsString(),
				"$.items[0].outgoingMessageId"))
			.longValue();

		// the file is the acknowledgement e-mail's attachment and belongs to the
		// acknowledgement's line
		assertThat(jdbc.sql("select kind from outgoing_message where id = ?")
			.param(messageId)
			.query(String.class)
			.single()).isEqualTo("COMPLAINT_ACKNOWLEDGEMENT");
		assertThat(jdbc
			.sql("select e.kind from attachment a join case_entry e on e.id = a.case_entry_id where a.id = ?"
					+ " and a.outgoing_message_id = e.outgoing_message_id and a.origin = 'DOCUMENT'")
			.param(attachmentId)
			.query(String.class)
			.single()).isEqualTo("MESSAGE_OUT");

		mvc.perform(get("/complaints/" + reference).with(staff("agent")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"documents\"")))
			.andExpect(content().string(containsString("data-create=\"acknowledgement\"")))
			.andExpect(content().string(containsString("/attachments/" + attachmentId)));

		byte[] pdf = download(attachmentId, "agent");
		String text = PdfChecks.text(pdf);
		assertThat(text).contains("Potwierdzenie przyjęcia reklamacji")
			.contains("Łukasz Żółkiewski")
			.contains("Długa 1")
			.contains(reference)
			.contains("Zepsuty czajnik")
			.contains("Pisemną decyzję otrzymają Państwo najpóźniej do")
			.doesNotContain("Dear");
		assertThat(PdfChecks.fonts(pdf)).isNotEmpty().allMatch(font -> font.endsWith("(embedded)"));
		assertThat(PdfChecks.pdfaIdentification(pdf)).isEqualTo("3U");
		assertThat(PdfChecks.pdfaViolations(pdf)).isEmpty();

		// and the e-mail the client receives carries it
		correspondence.deliverNow();
		jakarta.mail.internet.MimeMessage received = TestMailbox.to(client.email()).stream().filter(mail -> {
			try {
				return mail.getSubject().contains(reference);
			}
			catch (jakarta.mail.MessagingException ex) {
				return false;
			}
		}).findFirst().orElseThrow();
		jakarta.mail.Multipart mixed = (jakarta.mail.Multipart) received.getContent();
		jakarta.mail.BodyPart letter = mixed.getBodyPart(mixed.getCount() - 1);
		assertThat(letter.isMimeType("application/pdf")).isTrue();
		assertThat(letter.getFileName()).endsWith(".pdf");
		assertThat(letter.getInputStream().readAllBytes()).isEqualTo(pdf);
	}

	@Test
	void theDecisionLetterIsLatvianAndMadeAgainKeepsTheEarlierVersion() throws Exception {
		ClientDetails client = ClientMother.speaking(clients, "Ķēniņš Ūdris", SupportedLanguage.LV);
		String reference = register(client, "Salauzta tējkanna");
		step("agent", reference, "acknowledge", "{}").andExpect(status().isOk());
		step("agent", reference, "investigate", "{}").andExpect(status().isOk());
		step("agent", reference, "propose-resolution",
				"""
						{"outcome": "PARTIALLY_UPHELD", "remedy": "REFUND", "amount": "60.00", "currency": "EUR",
						 "rootCause": "late-delivery", "message": "Kurjers kavējās divas dienas; atmaksājam pusi piegādes cenas."}""")
			.andExpect(status().isOk());
		step("supervisor", reference, "review", "{\"decision\": \"APPROVE\"}").andExpect(status().isOk());

		MvcResult listed = mvc.perform(get("/api/v1/complaints/" + reference + "/documents").with(basic("agent")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items.length()").value(2))
			.andExpect(jsonPath("$.items[0].kind").value("decision"))
			.andExpect(jsonPath("$.items[0].createdBy").value("supervisor"))
			.andReturn();
		long firstId = ((Number) JsonPath.read(listed.getResponse().getContentAsString(), "$.items[0].id")).longValue();
		long firstFile = ((Number) JsonPath.read(listed.getResponse().getContentAsString(), "$.items[0].attachmentId"))
			.longValue();
		Number messageId = JsonPath.read(listed.getResponse().getContentAsString(), "$.items[0].outgoingMessageId");
		assertThat(jdbc.sql("select kind from outgoing_message where id = ?")
			.param(messageId.longValue())
			.query(String.class)
			.single()).isEqualTo("COMPLAINT_DECISION");

		String text = PdfChecks.text(download(firstFile, "agent"));
		assertThat(text).contains("Lēmums par jūsu sūdzību")
			.contains("Ķēniņš Ūdris")
			.contains("Jūsu sūdzība ir daļēji apmierināta.")
			.contains("Kurjers kavējās divas dienas; atmaksājam pusi piegādes cenas.")
			.contains("60,00")
			.contains("Ja jūs nepiekrītat")
			.contains("30 dienu laikā");

		MvcResult again = mvc
			.perform(post("/api/v1/complaints/" + reference + "/documents/decision").with(basic("agent")))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", containsString("/api/v1/documents/")))
			.andExpect(jsonPath("$.version").value(2))
			.andExpect(jsonPath("$.outgoingMessageId").doesNotExist())
			.andExpect(jsonPath("$.filename", containsString("(2)")))
			.andReturn();
		long secondFile = ((Number) JsonPath.read(again.getResponse().getContentAsString(), "$.attachmentId"))
			.longValue();
		assertThat(secondFile).isNotEqualTo(firstFile);

		mvc.perform(get("/api/v1/complaints/" + reference + "/documents").with(basic("agent")))
			.andExpect(jsonPath("$.items.length()").value(3))
			.andExpect(jsonPath("$.items[0].version").value(2))
			.andExpect(jsonPath("$.items[1].version").value(1));
		assertThat(PdfChecks.text(download(firstFile, "agent"))).contains("Lēmums par jūsu sūdzību");
		mvc.perform(get("/api/v1/documents/" + firstId + "/content").with(basic("agent")))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_PDF))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("Content-Disposition", containsString("attachment")));
	}

	@Test
	void anotherTeamsComplaintDocumentsAreRefusedWith403() throws Exception {
		ClientDetails client = ClientMother.speaking(clients, "Jānis Bērziņš", SupportedLanguage.LV);
		String reference = register(client, "Bojāta prece");
		step("agent", reference, "acknowledge", "{}").andExpect(status().isOk());
		MvcResult listed = mvc.perform(get("/api/v1/complaints/" + reference + "/documents").with(basic("agent")))
			.andReturn();
		long id = ((Number) JsonPath.read(listed.getResponse().getContentAsString(), "$.items[0].id")).longValue();
		long file = ((Number) JsonPath.read(listed.getResponse().getContentAsString(), "$.items[0].attachmentId"))
			.longValue();

		// agent2 works in Logistics, the complaint is Front Desk's
		mvc.perform(get("/api/v1/complaints/" + reference + "/documents").with(basic("agent2")))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(post("/api/v1/complaints/" + reference + "/documents/acknowledgement").with(basic("agent2")))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/documents/" + id).with(basic("agent2"))).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/documents/" + id + "/content").with(basic("agent2")))
			.andExpect(status().isForbidden());
		mvc.perform(get("/attachments/" + file).with(staff("agent2"))).andExpect(status().isForbidden());
		mvc.perform(post("/complaints/" + reference + "/documents/acknowledgement").with(staff("agent2")).with(csrf()))
			.andExpect(status().isForbidden());
	}

	@Test
	void lettersNotYetDueAndUnknownKindsAreRefused() throws Exception {
		ClientDetails client = ClientMother.speaking(clients, "Ewa Nowak", SupportedLanguage.PL);
		String reference = register(client, "Opóźniona dostawa");
		mvc.perform(post("/api/v1/complaints/" + reference + "/documents/acknowledgement").with(basic("agent")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail", containsString(reference)));
		mvc.perform(post("/api/v1/complaints/" + reference + "/documents/decision").with(basic("agent")))
			.andExpect(status().isUnprocessableContent());
		mvc.perform(post("/api/v1/complaints/" + reference + "/documents/statement").with(basic("agent")))
			.andExpect(status().isUnprocessableContent());
		mvc.perform(post("/api/v1/complaints/" + reference + "/documents/no-such-letter").with(basic("agent")))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(get("/api/v1/documents/999999999").with(basic("agent"))).andExpect(status().isNotFound());

		// the page says why and goes back to the list
		mvc.perform(post("/complaints/" + reference + "/documents/decision").with(staff("agent")).with(csrf()))
			.andExpect(redirectedUrl("/complaints/" + reference + "#documents"))
			.andExpect(flash().attribute("flashError", "document.unavailable.not-decided"));
	}

	@Test
	void orderRefundAndStatementDocumentsAreOnTheClientsRecordInTheirLanguage() throws Exception {
		ClientDetails client = ClientMother.speaking(clients, "Jürgen Weiß", SupportedLanguage.DE);
		String account = accounts.open(client.number(), "STANDARD", "EUR", "agent").number();
		// orders are charged to active accounts only
		accounts.get(account).checklist().forEach(entry -> accounts.tick(account, entry.item(), true, "agent"));
		accounts.activate(account, "agent");
		OrderDetails order = orders.place(
				new NewOrder(client.number(), account, ContactChannel.PHONE, "EUR", LocalDate.now().plusDays(5),
						new BigDecimal("10.00"),
						List.of(new OrderLineData("WK-1", "Wasserkocher „Größe L“", 2, new BigDecimal("24.95")))),
				"agent");

		MvcResult confirmation = mvc
			.perform(post("/api/v1/orders/" + order.number() + "/documents/order-confirmation").with(basic("agent")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.kind").value("order-confirmation"))
			.andExpect(jsonPath("$.language").value("de"))
			.andExpect(jsonPath("$.caseRef").doesNotExist())
			.andReturn();
		String text = PdfChecks.text(download(
				((Number) JsonPath.read(confirmation.getResponse().getContentAsString(), "$.attachmentId")).longValue(),
				"agent2"));
		assertThat(text).contains("Auftragsbestätigung")
			.contains("Jürgen Weiß")
			.contains("Wasserkocher „Größe L“")
			.contains("49,90")
			.contains("39,90");

		mvc.perform(post("/api/v1/orders/" + order.number() + "/documents/refund-confirmation").with(basic("agent")))
			.andExpect(status().isUnprocessableContent());
		for (String status : List.of("CONFIRMED", "IN_FULFILLMENT", "SHIPPED", "DELIVERED", "RETURN_REQUESTED")) {
			orders.changeStatus(order.number(), io.servicedesk.order.OrderStatus.valueOf(status), null, "agent");
		}
		orders.markReturned(order.number(), new BigDecimal("49.90"), "damaged", "agent");
		MvcResult refund = mvc
			.perform(post("/api/v1/orders/" + order.number() + "/documents/refund-confirmation").with(basic("agent")))
			.andExpect(status().isCreated())
			.andReturn();
		assertThat(PdfChecks.text(download(
				((Number) JsonPath.read(refund.getResponse().getContentAsString(), "$.attachmentId")).longValue(),
				"agent")))
			.contains("Erstattungsbestätigung")
			.contains("Erstattet")
			.contains("49,90");

		mvc.perform(post("/api/v1/accounts/" + account + "/documents/statement").with(basic("agent"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"from\": \"2026-03-01\", \"to\": \"2026-01-01\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("from")));
		mvc.perform(post("/api/v1/accounts/" + account + "/documents/statement").with(basic("agent"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"to\": \"" + LocalDate.now().plusYears(1) + "\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("from")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("to")));
		LocalDate today = LocalDate.now();
		MvcResult statement = mvc
			.perform(post("/api/v1/accounts/" + account + "/documents/statement").with(basic("agent"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"from\": \"" + today.minusDays(30) + "\", \"to\": \"" + today.minusDays(1) + "\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.periodFrom").value(today.minusDays(30).toString()))
			.andReturn();
		assertThat(PdfChecks.text(download(
				((Number) JsonPath.read(statement.getResponse().getContentAsString(), "$.attachmentId")).longValue(),
				"agent")))
			.contains("Kontoauszug")
			.contains("keine Bestellungen belastet");
		mvc.perform(post("/clients/" + client.number() + "/documents/statement").with(staff("agent"))
			.with(csrf())
			.param("account", account)
			.param("from", today.toString())
			.param("to", today.toString()))
			.andExpect(redirectedUrl("/clients/" + client.number() + "#documents"))
			.andExpect(flash().attribute("flashSuccess", "document.created"));

		mvc.perform(get("/api/v1/clients/" + client.number() + "/documents").with(basic("agent2")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items.length()").value(4))
			.andExpect(jsonPath("$.items[0].kind").value("statement"))
			.andExpect(jsonPath("$.items[0].subject").value(account));
		mvc.perform(get("/clients/" + client.number()).with(staff("agent")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"documents\"")))
			.andExpect(content().string(containsString("Auftragsbestätigung " + order.number() + ".pdf")));
	}

	private String register(ClientDetails client, String subject) throws Exception {
		MvcResult created = mvc
			.perform(post("/api/v1/complaints").with(basic("agent")).contentType(MediaType.APPLICATION_JSON).content("""
					{"clientNumber": "%s", "channel": "EMAIL", "subject": "%s", "body": "Opis.",
					 "severity": "MINOR", "complaintCategory": "damaged-goods", "amountClaimed": "120.00",
					 "currency": "EUR"}""".formatted(client.number(), subject)))
			.andExpect(status().isCreated())
			.andReturn();
		return JsonPath.read(created.getResponse().getContentAsString(), "$.reference");
	}

	private ResultActions step(String username, String reference, String step, String body) throws Exception {
		return mvc.perform(post("/api/v1/complaints/" + reference + "/" + step).with(basic(username))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	private byte[] download(long attachmentId, String username) throws Exception {
		return mvc.perform(get("/api/v1/attachments/" + attachmentId + "/content").with(basic(username)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
	}

	private org.springframework.test.web.servlet.request.RequestPostProcessor staff(String username) {
		return user(staffDetails.loadUserByUsername(username));
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor basic(String username) {
		return httpBasic(username, "demo");
	}

}
