package io.servicedesk.complaint;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import io.servicedesk.client.ClientDetails;
import io.servicedesk.client.ClientService;
import io.servicedesk.support.ClientMother;
import io.servicedesk.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * {@code /api/v1/complaints}: the whole workflow through the API, and each step's
 * refusals as problem bodies.
 */
@IntegrationTest
class ComplaintApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ClientService clients;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aComplaintGoesFromRegistrationToClosedStepByStep() throws Exception {
		String reference = register("agent", "120.00");
		step("agent", reference, "acknowledge", "{}").andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ACKNOWLEDGED"))
			.andExpect(jsonPath("$.sla.firstRespondedAt").isNotEmpty());
		step("agent", reference, "forward",
				"""
						{"team": "Logistics", "question": "Why was the parcel late?", "answerDueAt": "%s"}"""
					.formatted(Instant.now().plus(2, ChronoUnit.DAYS)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("FORWARDED"))
			.andExpect(jsonPath("$.forwarded.team").value("Logistics"));
		step("aberzins", reference, "findings", "{\"body\": \"The carrier lost a day at the depot.\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("INVESTIGATING"));
		step("agent", reference, "propose-resolution", """
				{"outcome": "PARTIALLY_UPHELD", "remedy": "REFUND", "amount": "60.00", "currency": "EUR",
				 "rootCause": "late-delivery", "message": "We refund half of the delivery price."}""")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("RESOLUTION_PROPOSED"))
			.andExpect(jsonPath("$.resolution.amount").value("60.00"))
			.andExpect(jsonPath("$.resolution.proposedBy").value("agent"));
		step("supervisor", reference, "review", "{\"decision\": \"APPROVE\"}").andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("RESOLVED"))
			.andExpect(jsonPath("$.resolution.reviewedBy").value("supervisor"))
			.andExpect(jsonPath("$.sla.resolvedAt").isNotEmpty());
		step("agent", reference, "close", "{}").andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("CLOSED"));
		step("agent", reference, "reopen", "{\"reason\": \"The refund never arrived.\"}").andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("REOPENED"));

		mvc.perform(get("/api/v1/complaints/" + reference).with(httpBasic("agent", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").isNumber())
			.andExpect(jsonPath("$.timeline[?(@.kind == 'MESSAGE_OUT')].body", hasItem(containsString(reference))))
			.andExpect(jsonPath("$.timeline[?(@.kind == 'MESSAGE_OUT')].body",
					hasItem("We refund half of the delivery price.")))
			.andExpect(jsonPath("$.timeline[?(@.detail == 'finding:Logistics')].body",
					hasItem("The carrier lost a day at the depot.")));
	}

	@Test
	void registrationAnswers201WithTheSlaBlockAndRefusesBadInputWith400() throws Exception {
		ClientDetails client = ClientMother.individual(clients, "Ewa Reklamacja");
		mvc.perform(post("/api/v1/complaints").with(httpBasic("agent", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"clientNumber": "%s", "channel": "EMAIL", "subject": "Broken kettle", "body": "It broke.",
					 "severity": "CRITICAL", "complaintCategory": "damaged-goods", "amountClaimed": "49.90",
					 "currency": "EUR", "desiredOutcome": "Replacement"}""".formatted(client.number())))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", matchesPattern(".*/api/v1/complaints/CMP-\\d{6,}")))
			.andExpect(jsonPath("$.status").value("RECEIVED"))
			.andExpect(jsonPath("$.priority").value("URGENT"))
			.andExpect(jsonPath("$.amountClaimed").value("49.90"))
			.andExpect(jsonPath("$.sla.firstResponseDueAt").isNotEmpty())
			.andExpect(jsonPath("$.sla.resolutionDueAt").isNotEmpty());
		mvc.perform(post("/api/v1/complaints").with(httpBasic("agent", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"subject\": \"\", \"amountClaimed\": \"1.234\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("severity")))
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("clientNumber")))
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("amountClaimed")));
		mvc.perform(post("/api/v1/complaints").with(httpBasic("agent", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"clientNumber": "%s", "channel": "EMAIL", "subject": "s", "body": "b", "severity": "MINOR",
					 "complaintCategory": "no-such-category"}""".formatted(client.number())))
			.andExpect(status().isUnprocessableContent());
	}

	@Test
	void aNewClientIsMatchedByEmailOrPhoneInsteadOfRegisteredTwice() throws Exception {
		ClientDetails known = ClientMother.individual(clients, "Jonas Reklamant");
		mvc.perform(complaint("agent", null, """
				{"client": {"name": "J. Reklamant", "email": "%s"}, "channel": "WEB_FORM", "subject": "Scratched table",
				 "body": "The table came scratched.", "severity": "MAJOR"}""".formatted(known.email().toUpperCase())))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.clientNumber").value(known.number()))
			.andExpect(jsonPath("$.status").value("RECEIVED"));
		mvc.perform(complaint("agent", null, """
				{"client": {"name": "Jonas R.", "phone": "%s"}, "channel": "PHONE", "subject": "Scratched chair",
				 "body": "The chair too.", "severity": "MINOR"}""".formatted(known.phone())))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.clientNumber").value(known.number()));

		String email = "complaint." + ClientMother.unique() + "@example.com";
		String created = mvc
			.perform(complaint("agent", null,
					"""
							{"client": {"name": "Anna Kowalska", "email": "%s", "preferredLanguage": "pl"}, "channel": "EMAIL",
							 "subject": "Zła faktura", "body": "Faktura jest błędna.", "severity": "MINOR"}"""
						.formatted(email)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		ClientDetails registered = clients.get(JsonPath.read(created, "$.clientNumber"));
		assertThat(registered.email()).isEqualTo(email);
		assertThat(registered.name()).isEqualTo("Anna Kowalska");
		assertThat(registered.preferredLanguage().tag()).isEqualTo("pl");
	}

	@Test
	void withoutAClientOrWithANewClientWithoutContactTheAnswerIs400WithTheFields() throws Exception {
		mvc.perform(complaint("agent", null, """
				{"channel": "EMAIL", "subject": "s", "body": "b", "severity": "MINOR"}"""))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("clientNumber")));
		mvc.perform(complaint("agent", null,
				"""
						{"client": {"name": "No Contact"}, "channel": "EMAIL", "subject": "s", "body": "b", "severity": "MINOR"}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("client.email")));
		mvc.perform(complaint("agent", null, """
				{"client": {"name": "", "email": "not-an-address"}, "channel": "EMAIL", "subject": "s", "body": "b",
				 "severity": "MINOR"}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("client.email")))
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("client.name")));
		mvc.perform(complaint("agent", null,
				"""
						{"clientNumber": "C-999999999", "channel": "EMAIL", "subject": "s", "body": "b", "severity": "MINOR"}"""))
			.andExpect(status().isNotFound());
	}

	@Test
	void aNewClientsAccountOrOrderOfSomeoneElseIsRefusedWith422AndNoClientIsLeftBehind() throws Exception {
		String email = "nobody." + ClientMother.unique() + "@example.com";
		mvc.perform(complaint("agent", null, """
				{"client": {"name": "Olga Uus", "email": "%s"}, "channel": "EMAIL", "subject": "s", "body": "b",
				 "severity": "MINOR", "orderNumber": "O-999999999"}""".formatted(email)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		assertThat(clients.likelyDuplicates(new io.servicedesk.client.Email(email), null, null)).isEmpty();
	}

	@Test
	void theSameIdempotencyKeyReturnsTheFirstComplaintAndKeysOfInquiriesAreTheirOwn() throws Exception {
		ClientDetails client = ClientMother.individual(clients, "Karl Idempotent");
		String key = "complaint-" + ClientMother.unique();
		String body = """
				{"clientNumber": "%s", "channel": "WEB_FORM", "subject": "Wrong size", "body": "Too small.",
				 "severity": "MINOR"}""".formatted(client.number());
		String first = mvc.perform(complaint("agent", key, body))
			.andExpect(status().isCreated())
			.andExpect(header().string("Idempotent-Replayed", "false"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String again = mvc.perform(complaint("agent", key, body))
			.andExpect(status().isCreated())
			.andExpect(header().string("Idempotent-Replayed", "true"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat((String) JsonPath.read(again, "$.reference")).isEqualTo(JsonPath.read(first, "$.reference"));
		assertThat(clientComplaints(client)).isEqualTo(1);

		mvc.perform(post("/api/v1/inquiries").with(httpBasic("agent", "demo"))
			.header("Idempotency-Key", key)
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"clientNumber": "%s", "channel": "WEB_FORM", "subject": "Sizes", "body": "Which sizes?"}"""
				.formatted(client.number())))
			.andExpect(status().isCreated())
			.andExpect(header().string("Idempotent-Replayed", "false"))
			.andExpect(jsonPath("$.reference").value(org.hamcrest.Matchers.startsWith("INQ-")));
		mvc.perform(complaint("agent", "x".repeat(201), body)).andExpect(status().isBadRequest());
	}

	private int clientComplaints(ClientDetails client) {
		return jdbc.sql("select count(*) from case_file where kind = 'COMPLAINT' and client_id = :client")
			.param("client", client.id())
			.query(Integer.class)
			.single();
	}

	private org.springframework.test.web.servlet.RequestBuilder complaint(String username, String idempotencyKey,
			String body) {
		var request = post("/api/v1/complaints").with(httpBasic(username, "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body);
		return idempotencyKey == null ? request : request.header("Idempotency-Key", idempotencyKey);
	}

	@Test
	void stepsOutOfOrderAndStaleVersionsAnswer409() throws Exception {
		String reference = register("agent", null);
		step("agent", reference, "propose-resolution", """
				{"outcome": "REJECTED", "remedy": "APOLOGY", "rootCause": "late-delivery", "message": "Sorry."}""")
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString(reference)));
		step("agent", reference, "close", "{}").andExpect(status().isConflict());
		step("agent", reference, "reopen", "{\"reason\": \"No\"}").andExpect(status().isConflict());
		step("supervisor", reference, "review", "{\"decision\": \"APPROVE\"}").andExpect(status().isConflict());
		step("agent", reference, "findings", "{\"body\": \"x\"}").andExpect(status().isConflict());
		step("agent", reference, "acknowledge", "{\"version\": 999}").andExpect(status().isConflict());
		step("agent", reference, "acknowledge", "{}").andExpect(status().isOk());
		step("agent", reference, "acknowledge", "{}").andExpect(status().isConflict());
	}

	@Test
	void theFourEyesAndAmountRulesAnswer422AndAnAgentCannotReview() throws Exception {
		String reference = register("agent", "50.00");
		step("agent", reference, "acknowledge", "{}").andExpect(status().isOk());
		step("agent", reference, "propose-resolution", """
				{"outcome": "UPHELD", "remedy": "REFUND", "amount": "50.01", "currency": "EUR",
				 "rootCause": "late-delivery", "message": "All of it back."}""")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value(containsString("50.01")));
		step("agent", reference, "propose-resolution", """
				{"outcome": "UPHELD", "remedy": "REFUND", "rootCause": "late-delivery", "message": "m"}""")
			.andExpect(status().isUnprocessableContent());
		step("supervisor", reference, "propose-resolution", """
				{"outcome": "UPHELD", "remedy": "COMPENSATION", "amount": "80.00", "currency": "EUR",
				 "rootCause": "late-delivery", "message": "Compensation beyond the claim."}""")
			.andExpect(status().isOk());
		step("agent", reference, "review", "{\"decision\": \"APPROVE\"}").andExpect(status().isForbidden());
		step("supervisor", reference, "review", "{\"decision\": \"APPROVE\"}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value(containsString("did not propose")));
		step("chughes", reference, "review", "{\"decision\": \"SEND_BACK\"}")
			.andExpect(status().isUnprocessableContent());
		step("chughes", reference, "review", "{\"decision\": \"SEND_BACK\", \"comment\": \"Too generous\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("INVESTIGATING"));
	}

	@Test
	void badStepBodiesAnswer400() throws Exception {
		String reference = register("agent", null);
		step("agent", reference, "forward", "{\"team\": \"\"}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("question")))
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("answerDueAt")));
		step("agent", reference, "review", "{\"decision\": \"MAYBE\"}").andExpect(status().isBadRequest());
		step("agent", reference, "reopen", "{}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("reason")));
		step("agent", reference, "propose-resolution", """
				{"outcome": "UPHELD", "remedy": "REFUND", "amount": "5.00", "rootCause": "x", "message": "m"}""")
			.andExpect(status().isBadRequest());
		step("agent", reference, "acknowledge", "{}").andExpect(status().isOk());
		step("agent", reference, "forward", """
				{"team": "No Such Team", "question": "q", "answerDueAt": "%s"}"""
			.formatted(Instant.now().plus(1, ChronoUnit.DAYS))).andExpect(status().isUnprocessableContent());
		step("agent", reference, "forward", """
				{"team": "Logistics", "question": "q", "answerDueAt": "%s"}"""
			.formatted(Instant.now().minus(1, ChronoUnit.DAYS))).andExpect(status().isUnprocessableContent());
	}

	@Test
	void anotherTeamGets403UnlessTheComplaintWasForwardedToItAndUnknownOnesAre404() throws Exception {
		String reference = register("agent", null);
		mvc.perform(get("/api/v1/complaints/" + reference).with(httpBasic("agent2", "demo")))
			.andExpect(status().isForbidden());
		step("agent2", reference, "acknowledge", "{}").andExpect(status().isForbidden());
		step("agent", reference, "acknowledge", "{}").andExpect(status().isOk());
		step("agent", reference, "forward", """
				{"team": "Logistics", "question": "q", "answerDueAt": "%s"}"""
			.formatted(Instant.now().plus(1, ChronoUnit.DAYS))).andExpect(status().isOk());
		mvc.perform(get("/api/v1/complaints/" + reference).with(httpBasic("agent2", "demo")))
			.andExpect(status().isOk());
		mvc.perform(get("/api/v1/complaints/CMP-999999999").with(httpBasic("agent", "demo")))
			.andExpect(status().isNotFound());
		step("agent", "CMP-999999999", "close", "{}").andExpect(status().isNotFound());
	}

	@Test
	void anInquiryIsEscalatedOnceIntoAComplaintThatLinksBackToIt() throws Exception {
		ClientDetails client = ClientMother.individual(clients, "Piotr Eskalacja");
		String inquiry = JsonPath.read(mvc
			.perform(post("/api/v1/inquiries").with(httpBasic("agent", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"clientNumber": "%s", "channel": "PHONE", "subject": "Late parcel",
						 "body": "My parcel is a week late."}""".formatted(client.number())))
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.reference");
		mvc.perform(post("/api/v1/inquiries/" + inquiry + "/escalate").with(httpBasic("agent", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\": \"\"}")).andExpect(status().isBadRequest());
		String created = mvc
			.perform(post("/api/v1/inquiries/" + inquiry + "/escalate").with(httpBasic("agent", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"reason\": \"The client wants a formal complaint.\"}"))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", matchesPattern(".*/api/v1/complaints/CMP-\\d{6,}")))
			.andExpect(jsonPath("$.inquiryReference").value(inquiry))
			.andExpect(jsonPath("$.clientNumber").value(client.number()))
			.andExpect(jsonPath("$.status").value("RECEIVED"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String complaint = JsonPath.read(created, "$.reference");
		mvc.perform(get("/api/v1/complaints/" + complaint).with(httpBasic("agent", "demo")))
			.andExpect(jsonPath("$.inquiryTimeline[0].body").value("My parcel is a week late."));
		mvc.perform(get("/api/v1/inquiries/" + inquiry).with(httpBasic("agent", "demo")))
			.andExpect(jsonPath("$.timeline[*].detail").value(hasItem("escalated:" + complaint)));
		mvc.perform(post("/api/v1/inquiries/" + inquiry + "/escalate").with(httpBasic("agent", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\": \"Again\"}")).andExpect(status().isConflict());
		mvc.perform(post("/api/v1/inquiries/INQ-999999999/escalate").with(httpBasic("agent", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\": \"x\"}")).andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/inquiries/" + inquiry + "/escalate").with(httpBasic("agent2", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\": \"x\"}")).andExpect(status().isForbidden());
	}

	@Test
	void aClosedInquiryIsNotEscalatedAndNoComplaintIsRegistered() throws Exception {
		ClientDetails client = ClientMother.individual(clients, "Zamknięta Sprawa");
		String inquiry = JsonPath.read(mvc
			.perform(post("/api/v1/inquiries").with(httpBasic("agent", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"clientNumber": "%s", "channel": "EMAIL", "subject": "Invoice copy",
						 "body": "Please send the invoice again."}""".formatted(client.number())))
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.reference");
		for (String step : List.of("{\"status\": \"OPEN\"}",
				"{\"status\": \"RESOLVED\", \"resolution\": \"Sent again\"}", "{\"status\": \"CLOSED\"}")) {
			mvc.perform(post("/api/v1/inquiries/" + inquiry + "/status").with(httpBasic("agent", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(step)).andExpect(status().isOk());
		}
		mvc.perform(post("/api/v1/inquiries/" + inquiry + "/escalate").with(httpBasic("agent", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.header("Accept-Language", "en")
			.content("{\"reason\": \"Too late\"}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("is closed and cannot be escalated")));
		assertThat(clientComplaints(client)).isZero();
	}

	@Test
	void messagesAndAssignmentWorkAsOnInquiries() throws Exception {
		String reference = register("agent", null);
		mvc.perform(post("/api/v1/complaints/" + reference + "/messages").with(httpBasic("agent", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"body\": \"Checked the order.\", \"visibility\": \"INTERNAL\"}"))
			.andExpect(status().isCreated());
		step("agent", reference, "assign", "{\"assignee\": \"nobody-here\"}")
			.andExpect(status().isUnprocessableContent());
		step("agent", reference, "assign", "{\"team\": \"Complaints Desk\"}").andExpect(status().isOk())
			.andExpect(jsonPath("$.team").value("Complaints Desk"));
	}

	String register(String username, String amountClaimed) throws Exception {
		ClientDetails client = ClientMother.individual(clients, "Client " + ClientMother.unique());
		String claim = amountClaimed == null ? ""
				: ", \"amountClaimed\": \"%s\", \"currency\": \"EUR\"".formatted(amountClaimed);
		String body = mvc
			.perform(post("/api/v1/complaints").with(httpBasic(username, "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"clientNumber": "%s", "channel": "PHONE", "subject": "Late delivery", "body": "It came late.",
						 "severity": "MAJOR", "complaintCategory": "late-delivery"%s}""".formatted(client.number(),
						claim)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String reference = JsonPath.read(body, "$.reference");
		assertThat(reference).startsWith("CMP-");
		return reference;
	}

	ResultActions step(String username, String reference, String step, String body) throws Exception {
		return mvc.perform(post("/api/v1/complaints/" + reference + "/" + step).with(httpBasic(username, "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

}
