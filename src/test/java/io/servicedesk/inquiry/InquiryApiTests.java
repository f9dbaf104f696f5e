package io.servicedesk.inquiry;

import com.jayway.jsonpath.JsonPath;
import io.servicedesk.catalogue.CategoryCatalogue;
import io.servicedesk.catalogue.CategoryKind;
import io.servicedesk.catalogue.CategoryView;
import io.servicedesk.client.ClientDetails;
import io.servicedesk.client.ClientService;
import io.servicedesk.staff.SupportedLanguage;
import io.servicedesk.support.ClientMother;
import io.servicedesk.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
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
 * {@code /api/v1/inquiries}: every answer, from 201 to each refusal as a problem body.
 */
@IntegrationTest
class InquiryApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ClientService clients;

	@Autowired
	CategoryCatalogue categories;

	@Test
	void anInquiryIsCreatedForAClientNumberWithItsSlaBlockAndLocation() throws Exception {
		ClientDetails client = ClientMother.individual(clients, "Ewa Nowak");
		mvc.perform(post("/api/v1/inquiries").with(httpBasic("agent", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"clientNumber": "%s", "channel": "EMAIL", "subject": "Invoice copy",
					 "body": "Please send me a copy of my last invoice.", "priority": "HIGH"}"""
				.formatted(client.number())))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", matchesPattern(".*/api/v1/inquiries/INQ-\\d{6,}")))
			.andExpect(jsonPath("$.reference").value(matchesPattern("INQ-\\d{6,}")))
			.andExpect(jsonPath("$.status").value("NEW"))
			.andExpect(jsonPath("$.priority").value("HIGH"))
			.andExpect(jsonPath("$.team").value("Front Desk"))
			.andExpect(jsonPath("$.version").isNumber())
			.andExpect(jsonPath("$.sla.firstResponseDueAt").isNotEmpty())
			.andExpect(jsonPath("$.sla.resolutionDueAt").isNotEmpty())
			.andExpect(jsonPath("$.sla.state").value("ON_TRACK"));
	}

	@Test
	void withoutAPriorityTheCategorysDefaultApplies() throws Exception {
		CategoryView category = categories.active(CategoryKind.INQUIRY, SupportedLanguage.EN)
			.stream()
			.filter(candidate -> candidate.defaultPriority() != null)
			.findFirst()
			.orElseThrow();
		mvc.perform(post("/api/v1/inquiries").with(httpBasic("agent", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"clientNumber": "%s", "channel": "PHONE", "subject": "Categorised", "body": "Words",
					 "category": "%s"}""".formatted(ClientMother.individual(clients, "Category Client").number(),
					category.code())))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.category").value(category.code()))
			.andExpect(jsonPath("$.priority").value(category.defaultPriority().name()));
	}

	@Test
	void aNewClientIsMatchedByEmailInsteadOfCreatedTwice() throws Exception {
		ClientDetails known = ClientMother.individual(clients, "Jonas Berg");
		String body = """
				{"client": {"name": "J. Berg", "email": "%s"}, "channel": "WEB_FORM", "subject": "Opening hours",
				 "body": "When are you open?"}""".formatted(known.email().toUpperCase());
		mvc.perform(post("/api/v1/inquiries").with(httpBasic("agent", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)).andExpect(status().isCreated()).andExpect(jsonPath("$.clientNumber").value(known.number()));

		String email = "new." + ClientMother.unique() + "@example.com";
		String created = mvc
			.perform(post("/api/v1/inquiries").with(httpBasic("agent", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"client": {"name": "Mari Tamm", "email": "%s", "preferredLanguage": "et"}, "channel": "CHAT",
						 "subject": "Tellimus", "body": "Kus mu tellimus on?"}""".formatted(email)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String clientNumber = JsonPath.read(created, "$.clientNumber");
		assertThat(clients.get(clientNumber).email()).isEqualTo(email);
	}

	@Test
	void theSameIdempotencyKeyReturnsTheFirstInquiryAndCreatesNothingNew() throws Exception {
		ClientDetails client = ClientMother.individual(clients, "Karl Idem");
		String key = "form-" + ClientMother.unique();
		String body = """
				{"clientNumber": "%s", "channel": "WEB_FORM", "subject": "Callback", "body": "Call me back"}"""
			.formatted(client.number());
		String first = create(body, key).getResponse().getContentAsString();
		MvcResult again = create(body, key);
		assertThat(again.getResponse().getHeader("Idempotent-Replayed")).isEqualTo("true");
		assertThat((String) JsonPath.read(again.getResponse().getContentAsString(), "$.reference"))
			.isEqualTo(JsonPath.read(first, "$.reference"));
		mvc.perform(get("/api/v1/inquiries?view=team&client=" + client.number()).with(httpBasic("agent", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items.length()").value(1));
		assertThat(
				(String) JsonPath.read(create(body, key + "-other").getResponse().getContentAsString(), "$.reference"))
			.isNotEqualTo(JsonPath.read(first, "$.reference"));
	}

	@Test
	void invalidRequestsAnswer400WithTheFields() throws Exception {
		mvc.perform(post("/api/v1/inquiries").with(httpBasic("agent", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"subject\": \"\", \"body\": \"x\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("subject")))
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("channel")))
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("clientNumber")));
		mvc.perform(post("/api/v1/inquiries").with(httpBasic("agent", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(
					"{\"client\": {\"name\": \"No Contact\"}, \"channel\": \"PHONE\", \"subject\": \"s\", \"body\": \"b\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("client.email")));
	}

	@Test
	void withoutCredentialsTheAnswerIs401() throws Exception {
		mvc.perform(get("/api/v1/inquiries")).andExpect(status().isUnauthorized());
	}

	@Test
	void anAgentGets403ForAnotherTeamsInquiryAnd404ForAnUnknownOne() throws Exception {
		String reference = reference(createAs("agent2", ClientMother.individual(clients, "Logistik Kunde")));
		mvc.perform(get("/api/v1/inquiries/" + reference).with(httpBasic("agent", "demo")))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(get("/api/v1/inquiries/" + reference).with(httpBasic("supervisor", "demo")))
			.andExpect(status().isOk());
		mvc.perform(get("/api/v1/inquiries/INQ-999999999").with(httpBasic("agent", "demo")))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/inquiries?view=all").with(httpBasic("agent", "demo")))
			.andExpect(status().isForbidden());
	}

	@Test
	void illegalTransitionsAndStaleVersionsAnswer409AndRulesAnswer422() throws Exception {
		MvcResult created = createAs("agent", ClientMother.individual(clients, "Conflict Case"));
		String reference = reference(created);
		int version = JsonPath.read(created.getResponse().getContentAsString(), "$.version");
		mvc.perform(post("/api/v1/inquiries/" + reference + "/status").with(httpBasic("agent", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"status\": \"CLOSED\"}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(matchesPattern(".*New.*Closed.*")));
		mvc.perform(post("/api/v1/inquiries/" + reference + "/status").with(httpBasic("agent", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"status\": \"OPEN\", \"version\": %d}".formatted(version))).andExpect(status().isOk());
		mvc.perform(post("/api/v1/inquiries/" + reference + "/status").with(httpBasic("agent", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"status\": \"WAITING_ON_CLIENT\", \"version\": %d}".formatted(version)))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(matchesPattern(".*" + reference + ".*")));
		mvc.perform(post("/api/v1/inquiries/" + reference + "/status").with(httpBasic("agent", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"status\": \"RESOLVED\"}")).andExpect(status().isUnprocessableContent());
		mvc.perform(post("/api/v1/inquiries").with(httpBasic("agent", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"clientNumber": "%s", "channel": "PHONE", "subject": "s", "body": "b", "category": "NO-SUCH"}"""
				.formatted(ClientMother.individual(clients, "Rule Case").number())))
			.andExpect(status().isUnprocessableContent());
	}

	@Test
	void repliesNotesAssignmentAndTheClockFollowTheConversation() throws Exception {
		String reference = reference(createAs("agent", ClientMother.individual(clients, "Clock Case")));
		message(reference, "Checking with logistics", "INTERNAL", null)
			.andExpect(jsonPath("$.sla.firstRespondedAt").doesNotExist())
			.andExpect(jsonPath("$.status").value("NEW"));
		message(reference, "We are on it", "PUBLIC", null).andExpect(jsonPath("$.sla.firstRespondedAt").isNotEmpty())
			.andExpect(jsonPath("$.status").value("OPEN"));
		mvc.perform(post("/api/v1/inquiries/" + reference + "/status").with(httpBasic("agent", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"status\": \"WAITING_ON_CLIENT\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.sla.paused").value(true));
		mvc.perform(post("/api/v1/inquiries/" + reference + "/messages").with(httpBasic("agent", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"body": "Called back with the order number", "visibility": "PUBLIC", "direction": "INBOUND",
					 "channel": "PHONE"}"""))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("OPEN"))
			.andExpect(jsonPath("$.sla.paused").value(false));
		mvc.perform(post("/api/v1/inquiries/" + reference + "/assign").with(httpBasic("agent", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"assignee\": \"agent\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.assignee").value("agent"));
		mvc.perform(get("/api/v1/inquiries/" + reference).with(httpBasic("agent", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.timeline[*].kind").value(hasItem("NOTE")))
			.andExpect(jsonPath("$.timeline[?(@.kind == 'NOTE')].visibility").value(hasItem("INTERNAL")))
			.andExpect(jsonPath("$.timeline[*].kind").value(hasItem("CALL")));
		mvc.perform(get("/api/v1/inquiries?view=mine&q=" + reference).with(httpBasic("agent", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].reference").value(reference));
	}

	private org.springframework.test.web.servlet.ResultActions message(String reference, String body, String visibility,
			String direction) throws Exception {
		return mvc
			.perform(post("/api/v1/inquiries/" + reference + "/messages").with(httpBasic("agent", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"body\": \"%s\", \"visibility\": \"%s\"%s}".formatted(body, visibility,
						direction == null ? "" : ", \"direction\": \"" + direction + "\"")))
			.andExpect(status().isCreated());
	}

	private MvcResult create(String body, String key) throws Exception {
		return mvc
			.perform(post("/api/v1/inquiries").with(httpBasic("agent", "demo"))
				.header("Idempotency-Key", key)
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(status().isCreated())
			.andReturn();
	}

	private MvcResult createAs(String username, ClientDetails client) throws Exception {
		return mvc
			.perform(post("/api/v1/inquiries").with(httpBasic(username, "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"clientNumber": "%s", "channel": "PHONE", "subject": "Question", "body": "A question"}"""
					.formatted(client.number())))
			.andExpect(status().isCreated())
			.andReturn();
	}

	private static String reference(MvcResult result) throws Exception {
		return JsonPath.read(result.getResponse().getContentAsString(), "$.reference");
	}

}
